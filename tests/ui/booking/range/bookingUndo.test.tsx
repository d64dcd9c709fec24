/**
 * @jest-environment node
 */
/** What an edit records for undo, and what undo and redo dispatch. Pure, no DOM. */
import { bookingReducer, changesToSend, initialBookingState, type BookingData, type BookingState } from "../../../../src/ui/booking/bookingReducer";
import { editOf, editRecorded, editRedone, editUndone, emptyHistory } from "../../../../src/ui/booking/range/bookingUndo";

const ANNE = "anne.holm@eksempelkommune.dk";
const W11 = { personEmail: ANNE, taskId: 519, weekStart: "2027-03-15", role: "KY-projektleder" };
const W12 = { ...W11, weekStart: "2027-03-22" };

function loaded(): BookingState {
  const data: BookingData = {
    waves: [],
    rows: [],
    members: [],
    bookings: [{ itemId: 7, etag: '"1"', value: { personEmail: ANNE, taskId: 519, weekStart: "2027-03-15", hours: 12, role: "KY-projektleder" } }],
    canEditBookings: true,
    canEditGroup: true
  };
  return bookingReducer(initialBookingState, { type: "planLoaded", data });
}

test("a typed value records the hours before (saved) and after", () => {
  const edit = editOf(loaded(), { type: "cellEdited", cell: W11, text: "7,5" });
  expect(edit).toEqual([{ cell: W11, before: 12, after: 7.5 }]);
});

test("an invalid value, a rejected paste, the same value again or a non-edit action record nothing", () => {
  const state = loaded();
  expect(editOf(state, { type: "cellEdited", cell: W11, text: "syv" })).toBeUndefined();
  expect(editOf(state, { type: "blockPasted", targets: [[W11, W12]], block: [["1", "x"]] })).toBeUndefined();
  expect(editOf(state, { type: "cellEdited", cell: W11, text: "12" })).toBeUndefined();
  expect(editOf(state, { type: "failedSavesRetried" })).toBeUndefined();
});

test("a range edit is one entry with every changed cell; undo and redo dispatch one bookingsEdited each", () => {
  const state = loaded();
  const edit = editOf(state, { type: "blockPasted", targets: [[W11, W12]], block: [["3", "4"]] });
  expect(edit).toEqual([
    { cell: W11, before: 12, after: 3 },
    { cell: W12, before: 0, after: 4 }
  ]);
  const history = editRecorded(emptyHistory, edit ?? []);
  const undone = editUndone(history);
  expect(undone.action).toEqual({
    type: "bookingsEdited",
    cells: [
      { cell: W11, hours: 12 },
      { cell: W12, hours: 0 }
    ]
  });
  expect(undone.cells).toBe(2);
  const redone = editRedone(undone.history);
  expect(redone.action).toEqual({
    type: "bookingsEdited",
    cells: [
      { cell: W11, hours: 3 },
      { cell: W12, hours: 4 }
    ]
  });
  expect(redone.history.redo).toEqual([]);
  expect(editUndone(emptyHistory).action).toBeUndefined();
  expect(editRedone(redone.history).action).toBeUndefined();
});

test("a new edit after an undo drops what could be redone", () => {
  const first = editRecorded(emptyHistory, [{ cell: W11, before: 12, after: 3 }]);
  const { history } = editUndone(first);
  expect(history.redo).toHaveLength(1);
  expect(editRecorded(history, [{ cell: W12, before: 0, after: 1 }]).redo).toEqual([]);
});

test("undoing a saved edit goes out with the ETag its save returned (a colleague's change since is a conflict)", () => {
  let state = bookingReducer(loaded(), { type: "cellEdited", cell: W11, text: "5" });
  const edit = editOf(loaded(), { type: "cellEdited", cell: W11, text: "5" }) ?? [];
  // The save lands: SharePoint returns ETag "2".
  state = bookingReducer(state, { type: "saveStarted", keys: Object.keys(state.saves) });
  const sent = [{ key: Object.keys(state.saves)[0], ref: { itemId: 7, etag: '"1"' }, booking: { ...W11, hours: 5 }, duplicate: false }];
  state = bookingReducer(state, { type: "saveFinished", sent, results: [{ key: 7, ok: true, etag: '"2"' }] });
  const undo = editUndone(editRecorded(emptyHistory, edit));
  state = bookingReducer(state, undo.action ?? { type: "noticeDismissed" });
  expect(Object.values(state.saves)[0]).toMatchObject({ hours: 12, status: "unsent" });
  expect(changesToSend(state, Object.keys(state.saves))).toEqual([expect.objectContaining({ ref: { itemId: 7, etag: '"2"' }, booking: { ...W11, hours: 12 } })]);
});
