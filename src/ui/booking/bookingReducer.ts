/**
 * The booking view's state and its transitions, in the planner's words: a cell is edited,
 * cleared, a block is pasted from Excel, a value is filled right, a suggestion is accepted.
 * Edits are shown at once and queued ("unsent"); useBookingPlan sends the queue in one batch at
 * a time and reports back (saveFinished). Pure: no effects, no React.
 */
import type { Booking, LocalTaskState, Person, Wave, WorkingGroupMember } from "../../domain/model";
import { ConflictError, PendingWriteError } from "../../data/errors";
import type { ConflictTheirs } from "../../data/errors";
import type { LocalPlanRow, Stored, WriteResult, ItemRef } from "../../data/repositories";
import { keyOf, personKey, type CellAddress } from "./cellKey";
import { parseHours, type HoursProblem } from "./hoursText";

/** What was read from SharePoint. */
export interface BookingData {
  waves: Wave[];
  rows: LocalPlanRow[];
  members: Stored<WorkingGroupMember>[];
  bookings: Stored<Booking>[];
  canEditBookings: boolean;
  canEditGroup: boolean;
}

export type SaveStatus = "unsent" | "saving" | "failed" | "pending" | "conflict";

/** A cell whose new hours are not (yet) in SharePoint. */
export interface CellSave {
  cell: CellAddress;
  hours: number;
  status: SaveStatus;
  error?: Error;
}

export interface CellEdit {
  cell: CellAddress;
  text: string;
  problem?: HoursProblem;
}

/** A suggested set of hours for one person on one task, not saved until accepted. */
export interface Suggestion {
  personEmail: string;
  taskId: number;
  cells: { cell: CellAddress; hours: number }[];
  addedHours: number;
  uncoveredHours: number;
}

export interface BookingConflict {
  key: string;
  cell: CellAddress;
  mine: number;
  theirs?: ConflictTheirs<Booking>;
  /** Their item: for an add, the row someone else stored for the cell meanwhile (one booking per cell). */
  itemId?: number;
}

/** Something the user should read about their last action. */
export type BookingNotice =
  | { kind: "pasteRejected"; invalid: number }
  | { kind: "pasteClipped"; dropped: number }
  | { kind: "needTask" }
  | { kind: "suggestionEmpty" }
  /** Hours were saved on people someone else removed from the working group meanwhile: kept, shown under "Tidligere medlemmer". */
  | { kind: "bookedOnRemovedMember"; people: Person[]; cells: CellAddress[]; hours: number };

export interface BookingState {
  phase: "loading" | "failed" | "ready";
  error?: unknown;
  data: BookingData;
  saves: Record<string, CellSave>;
  editing?: CellEdit;
  /** Invalid pasted values, shown in their cells until the cell is edited. */
  cellErrors: Record<string, { problem: HoursProblem; text: string }>;
  suggestion?: Suggestion;
  conflicts: BookingConflict[];
  notice?: BookingNotice;
}

/** One change as sent to BookingRepository.saveBookings, with the cell it belongs to. */
export interface SentChange {
  key: string;
  ref?: ItemRef;
  booking: Booking;
  /** A duplicate item of the same cell being deleted (its hours move to the first item). */
  duplicate: boolean;
}

export type BookingAction =
  | { type: "planRequested" }
  | { type: "planLoaded"; data: BookingData }
  | { type: "planFailed"; error: unknown }
  | { type: "editStarted"; cell: CellAddress; text: string }
  | { type: "draftTyped"; text: string }
  | { type: "editCancelled" }
  | { type: "cellEdited"; cell: CellAddress; text: string }
  | { type: "cellCleared"; cell: CellAddress }
  | { type: "blockPasted"; targets: (CellAddress | undefined)[][]; block: string[][] }
  | { type: "filledRight"; from: CellAddress; targets: CellAddress[] }
  /** Several cells set at once from a selected range (cleared, filled): one batch to save. */
  | { type: "bookingsEdited"; cells: { cell: CellAddress; hours: number }[] }
  | { type: "totalCellEditAttempted" }
  | { type: "bookingSuggested"; suggestion: Suggestion }
  | { type: "suggestionAccepted" }
  | { type: "suggestionDiscarded" }
  | { type: "saveStarted"; keys: string[] }
  | { type: "saveFinished"; sent: SentChange[]; results: WriteResult<number>[] }
  | { type: "conflictResolved"; key: string; keep: "mine" | "theirs" }
  | { type: "failedSavesRetried" }
  | { type: "memberAdded"; member: Stored<WorkingGroupMember> }
  | { type: "memberUpdated"; member: Stored<WorkingGroupMember> }
  | { type: "memberRemoved"; itemId: number }
  | { type: "membersReloaded"; members: Stored<WorkingGroupMember>[] }
  /** The working group as read after saving hours on `booked` cells (to find people removed meanwhile). */
  | { type: "membersChecked"; members: Stored<WorkingGroupMember>[]; booked: Booking[] }
  /** The user discards the hours saved on removed people (bookedOnRemovedMember). */
  | { type: "removedMemberHoursDiscarded" }
  | { type: "noticeDismissed" };

const EMPTY_DATA: BookingData = { waves: [], rows: [], members: [], bookings: [], canEditBookings: false, canEditGroup: false };

export const initialBookingState: BookingState = { phase: "loading", data: EMPTY_DATA, saves: {}, cellErrors: {}, conflicts: [] };

// The saved bookings change only when a save lands or the plan loads, but are looked up on every
// edit and save: index each array once.
const storedIndexes = new WeakMap<readonly Stored<Booking>[], ReadonlyMap<string, readonly Stored<Booking>[]>>();

/** Stored bookings per cell key (a cell may, rarely, have several items). Shared: do not mutate. */
export function storedByKey(bookings: readonly Stored<Booking>[]): ReadonlyMap<string, readonly Stored<Booking>[]> {
  const known = storedIndexes.get(bookings);
  if (known) return known;
  const result = new Map<string, Stored<Booking>[]>();
  for (const s of bookings) {
    const key = keyOf(s.value);
    const items = result.get(key);
    if (items) items.push(s);
    else result.set(key, [s]);
  }
  storedIndexes.set(bookings, result);
  return result;
}

/** Saved hours of a cell plus what is being saved. */
function cellHoursOf(state: BookingState, key: string, stored: ReadonlyMap<string, readonly Stored<Booking>[]>): number {
  const save = state.saves[key];
  if (save) return save.hours;
  return (stored.get(key) ?? []).reduce((sum, s) => sum + s.value.hours, 0);
}

function queue(state: BookingState, cells: { cell: CellAddress; hours: number }[]): BookingState {
  if (cells.length === 0) return state;
  const saves = { ...state.saves };
  const cellErrors = { ...state.cellErrors };
  for (const { cell, hours } of cells) {
    const key = keyOf(cell);
    saves[key] = { cell, hours, status: "unsent" };
    delete cellErrors[key];
  }
  return { ...state, saves, cellErrors };
}

function withoutCellError(state: BookingState, key: string): Record<string, { problem: HoursProblem; text: string }> {
  if (!(key in state.cellErrors)) return state.cellErrors;
  const next = { ...state.cellErrors };
  delete next[key];
  return next;
}

/** The batch to send for the given keys: one change per cell, plus deletes of duplicate items. */
export function changesToSend(state: BookingState, keys: readonly string[]): SentChange[] {
  const stored = storedByKey(state.data.bookings);
  const sent: SentChange[] = [];
  for (const key of keys) {
    const save = state.saves[key];
    if (!save) continue;
    const [first, ...duplicates] = stored.get(key) ?? [];
    const { personEmail, taskId, weekStart, role } = save.cell;
    const booking: Booking = { personEmail, taskId, weekStart, hours: save.hours, ...(role ? { role } : {}) };
    sent.push({ key, ref: first && { itemId: first.itemId, etag: first.etag }, booking, duplicate: false });
    for (const d of duplicates) sent.push({ key, ref: { itemId: d.itemId, etag: d.etag }, booking: { ...d.value, hours: 0 }, duplicate: true });
  }
  return sent;
}

function applyResult(state: BookingState, change: SentChange, result: WriteResult<number>): BookingState {
  const save = state.saves[change.key];
  const stillOurs = save?.status === "saving" && save.hours === change.booking.hours;
  if (result.ok) {
    let bookings = state.data.bookings;
    if (change.ref && (change.duplicate || change.booking.hours === 0)) {
      bookings = bookings.filter((b) => b.itemId !== change.ref?.itemId);
    } else if (change.ref) {
      bookings = bookings.map((b) => (b.itemId === change.ref?.itemId ? { itemId: b.itemId, etag: result.etag, value: change.booking } : b));
    } else if (change.booking.hours > 0) {
      bookings = [...bookings, { itemId: result.key, etag: result.etag, value: change.booking }];
    }
    const saves = { ...state.saves };
    if (stillOurs && !change.duplicate) delete saves[change.key];
    return { ...state, data: { ...state.data, bookings }, saves };
  }
  if (!save || !stillOurs) return state;
  const error = result.error;
  if (error instanceof ConflictError) {
    const conflict: BookingConflict = {
      key: change.key,
      cell: save.cell,
      mine: save.hours,
      theirs: error.theirs as ConflictTheirs<Booking> | undefined,
      itemId: error.itemId
    };
    return {
      ...state,
      saves: { ...state.saves, [change.key]: { ...save, status: "conflict", error } },
      conflicts: [...state.conflicts.filter((c) => c.key !== change.key), conflict]
    };
  }
  const status: SaveStatus = error instanceof PendingWriteError ? "pending" : "failed";
  return { ...state, saves: { ...state.saves, [change.key]: { ...save, status, error } } };
}

function resolveConflict(state: BookingState, key: string, keep: "mine" | "theirs"): BookingState {
  const conflict = state.conflicts.find((c) => c.key === key);
  if (!conflict) return state;
  const conflicts = state.conflicts.filter((c) => c.key !== key);
  const ref = state.data.bookings.find((b) => keyOf(b.value) === key);
  // Their version replaces what we had read; without theirs the item was deleted meanwhile. For an
  // add, theirs is the row someone stored for the cell meanwhile: it becomes the cell's row, so
  // keeping mine updates it (with its ETag) instead of adding a second booking.
  let bookings = state.data.bookings.filter((b) => b !== ref);
  const theirItemId = ref?.itemId ?? conflict.itemId;
  if (conflict.theirs && theirItemId) bookings = [...bookings, { itemId: theirItemId, etag: conflict.theirs.etag, value: conflict.theirs.value }];
  const saves = { ...state.saves };
  if (keep === "theirs") delete saves[key];
  else saves[key] = { cell: conflict.cell, hours: conflict.mine, status: "unsent" };
  return { ...state, conflicts, saves, data: { ...state.data, bookings } };
}

function paste(state: BookingState, targets: (CellAddress | undefined)[][], block: string[][]): BookingState {
  const cells: { cell: CellAddress; hours: number }[] = [];
  const cellErrors = { ...state.cellErrors };
  let invalid = 0;
  let dropped = 0;
  block.forEach((line, r) =>
    line.forEach((text, c) => {
      const cell = targets[r]?.[c];
      if (!cell) {
        dropped++;
        return;
      }
      const parsed = parseHours(text);
      if (parsed.ok) cells.push({ cell, hours: parsed.hours });
      else {
        invalid++;
        cellErrors[keyOf(cell)] = { problem: parsed.problem, text };
      }
    })
  );
  // Nothing invalid is saved: one bad value holds back the whole block, and the bad cells say why.
  if (invalid > 0) return { ...state, cellErrors, notice: { kind: "pasteRejected", invalid } };
  const next = queue(state, cells);
  return dropped > 0 ? { ...next, notice: { kind: "pasteClipped", dropped } } : { ...next, notice: undefined };
}

export function bookingReducer(state: BookingState, action: BookingAction): BookingState {
  const editable = state.data.canEditBookings;
  switch (action.type) {
    case "planRequested":
      return state.phase === "ready" ? state : { ...state, phase: "loading" };
    case "planLoaded": {
      // Writes the pending queue holds are in SharePoint's hands now; a reload shows what landed.
      const saves = Object.fromEntries(Object.entries(state.saves).filter(([, s]) => s.status !== "pending"));
      return { ...state, phase: "ready", data: action.data, saves, error: undefined };
    }
    case "planFailed":
      return { ...state, phase: "failed", error: action.error };
    case "editStarted":
      if (!editable) return state;
      return { ...state, editing: { cell: action.cell, text: action.text }, cellErrors: withoutCellError(state, keyOf(action.cell)) };
    case "draftTyped":
      return state.editing ? { ...state, editing: { ...state.editing, text: action.text, problem: undefined } } : state;
    case "editCancelled":
      return { ...state, editing: undefined };
    case "cellEdited": {
      if (!editable) return state;
      const parsed = parseHours(action.text);
      if (!parsed.ok) return { ...state, editing: { cell: action.cell, text: action.text, problem: parsed.problem } };
      return { ...queue(state, [{ cell: action.cell, hours: parsed.hours }]), editing: undefined, notice: undefined };
    }
    case "cellCleared":
      return editable ? { ...queue(state, [{ cell: action.cell, hours: 0 }]), editing: undefined } : state;
    case "blockPasted":
      return editable ? paste(state, action.targets, action.block) : state;
    case "filledRight": {
      if (!editable) return state;
      const stored = storedByKey(state.data.bookings);
      const hours = cellHoursOf(state, keyOf(action.from), stored);
      return queue(state, action.targets.map((cell) => ({ cell, hours })));
    }
    case "bookingsEdited":
      return editable ? { ...queue(state, action.cells), editing: undefined, notice: undefined } : state;
    case "totalCellEditAttempted":
      return { ...state, notice: { kind: "needTask" } };
    case "bookingSuggested":
      if (!editable) return state;
      if (action.suggestion.cells.length === 0) return { ...state, suggestion: undefined, notice: { kind: "suggestionEmpty" } };
      return { ...state, suggestion: action.suggestion, notice: undefined };
    case "suggestionAccepted":
      return state.suggestion ? { ...queue(state, state.suggestion.cells), suggestion: undefined } : state;
    case "suggestionDiscarded":
      return { ...state, suggestion: undefined };
    case "saveStarted": {
      const saves = { ...state.saves };
      for (const key of action.keys) if (saves[key]) saves[key] = { ...saves[key], status: "saving", error: undefined };
      return { ...state, saves };
    }
    case "saveFinished":
      return action.sent.reduce((s, change, i) => applyResult(s, change, action.results[i]), state);
    case "conflictResolved":
      return resolveConflict(state, action.key, action.keep);
    case "failedSavesRetried": {
      const saves = { ...state.saves };
      for (const [key, save] of Object.entries(saves)) if (save.status === "failed") saves[key] = { ...save, status: "unsent", error: undefined };
      return { ...state, saves };
    }
    case "memberAdded":
      return { ...state, data: { ...state.data, members: [...state.data.members, action.member] } };
    case "memberUpdated":
      return { ...state, data: { ...state.data, members: state.data.members.map((m) => (m.itemId === action.member.itemId ? action.member : m)) } };
    case "memberRemoved":
      return { ...state, data: { ...state.data, members: state.data.members.filter((m) => m.itemId !== action.itemId) } };
    case "membersReloaded":
      return { ...state, data: { ...state.data, members: action.members } };
    case "membersChecked":
      return membersChecked(state, action.members, action.booked);
    case "removedMemberHoursDiscarded": {
      if (state.notice?.kind !== "bookedOnRemovedMember") return state;
      return { ...queue(state, state.notice.cells.map((cell) => ({ cell, hours: 0 }))), notice: undefined };
    }
    case "noticeDismissed":
      return { ...state, notice: undefined };
  }
}

/**
 * The working group read again after hours were saved: a person booked here who was a member
 * when the plan was read and is not now was removed by someone else meanwhile. The hours are
 * saved (never lost): the person shows under "Tidligere medlemmer", and the notice says so and
 * offers to discard them.
 */
function membersChecked(state: BookingState, members: Stored<WorkingGroupMember>[], booked: Booking[]): BookingState {
  const now = new Set(members.map((m) => personKey(m.value.person.email)));
  const removed = new Map<string, Person>();
  for (const m of state.data.members) {
    const key = personKey(m.value.person.email);
    if (!now.has(key)) removed.set(key, m.value.person);
  }
  // Usually nobody left: then the (many) booked cells need no look.
  const cells = removed.size === 0 ? [] : booked.filter((b) => b.hours > 0 && removed.has(personKey(b.personEmail)));
  // Usually nobody changed the group meanwhile: keep the list read before (same items, same
  // ETags), so the grid's member rows and per-member caches stay as they are.
  const unchanged = members.length === state.data.members.length && members.every((m, i) => m.itemId === state.data.members[i].itemId && m.etag === state.data.members[i].etag);
  const next = unchanged ? state : { ...state, data: { ...state.data, members } };
  if (cells.length === 0) return next;
  const people = [...new Set(cells.map((c) => personKey(c.personEmail)))].map((key) => removed.get(key) as Person);
  const hours = Math.round(cells.reduce((sum, c) => sum + c.hours, 0) * 10) / 10;
  const addresses = cells.map(({ personEmail, taskId, weekStart, role }) => ({ personEmail, taskId, weekStart, ...(role ? { role } : {}) }));
  return { ...next, notice: { kind: "bookedOnRemovedMember", people, cells: addresses, hours } };
}

/** Local states of the plan rows (for scheduling). */
export function localStates(data: BookingData): LocalTaskState[] {
  return data.rows.map((r) => r.state);
}
