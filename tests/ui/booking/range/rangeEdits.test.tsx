/**
 * @jest-environment node
 */
/** What copy, paste, Delete and fill do to a range of booking rows, and the clipboard text. Pure, no DOM. */
import type { GridRow, WeekColumn } from "../../../../src/ui/booking/bookingGridModel";
import { clipboardTextAsBlock, rangeAsClipboardText } from "../../../../src/ui/booking/range/clipboardText";
import { cellAddressAt, clearedCells, filledDown, filledRight, pasteTargets, rangeHours } from "../../../../src/ui/booking/range/rangeEdits";

const WEEKS = ["2027-03-08", "2027-03-15", "2027-03-22", "2027-03-29"];
const columns: WeekColumn[] = WEEKS.map((weekStart, i) => ({ weekStart, week: 10 + i, year: 2027, daysOff: [] }));
const member = { person: { id: 11, email: "anne.holm@eksempelkommune.dk", displayName: "Anne" }, roles: ["KY-projektleder"], weeklyCapacityHours: 20 };

function personRow(hours: number[]): GridRow {
  return { kind: "person", key: "person", member, role: "KY-projektleder", hours, capacity: hours.map(() => 20), total: 0, expanded: true, taskCount: 2, former: false };
}
function taskRow(id: number, hours: number[]): GridRow {
  return { kind: "task", key: `task|${id}`, member, hours, total: 0, task: { id } , inWindow: hours.map(() => true) } as unknown as GridRow;
}

// Row 0: Anne's sum; rows 1–2: her tasks 519 and 512.
const rows: GridRow[] = [personRow([0, 22, 14.5, 0]), taskRow(519, [0, 12, 7.5, 0]), taskRow(512, [0, 10, 7, 0])];

test("a task cell has an address with the person's role; sum rows have none", () => {
  expect(cellAddressAt(rows, columns, 1, 2)).toEqual({ personEmail: member.person.email, taskId: 519, weekStart: "2027-03-22", role: "KY-projektleder" });
  expect(cellAddressAt(rows, columns, 0, 2)).toBeUndefined();
  expect(cellAddressAt(rows, columns, 1, 9)).toBeUndefined();
});

test("a task row under a person's second role's listing books in that role", () => {
  const second: GridRow = { ...(personRow([0, 0, 0, 0]) as GridRow & { kind: "person" }), key: "person|2", role: "systemansvarlig" };
  const listed = [...rows, second, taskRow(521, [0, 0, 0, 0])];
  expect(cellAddressAt(listed, columns, 4, 0)?.role).toBe("systemansvarlig");
  expect(cellAddressAt(listed, columns, 2, 0)?.role).toBe("KY-projektleder");
});

test("Ctrl+C text: tabs between cells, CRLF after each row, Danish decimal comma, empty for 0", () => {
  const text = rangeAsClipboardText(rangeHours(rows, { top: 0, bottom: 2, left: 1, right: 3 }), true);
  expect(text).toBe("22\t14,5\t\r\n12\t7,5\t\r\n10\t7\t\r\n");
  expect(rangeAsClipboardText([[7.5]], false)).toBe("7.5\r\n");
  // What we copy reads back as the same block.
  expect(clipboardTextAsBlock(text)).toEqual([["22", "14,5", ""], ["12", "7,5", ""], ["10", "7", ""]]);
});

test("Delete over a range sets the task cells that show hours to 0, never the sum rows", () => {
  const cells = clearedCells(rows, columns, { top: 0, bottom: 2, left: 0, right: 2 });
  expect(cells.map((c) => [c.cell.taskId, c.cell.weekStart, c.hours])).toEqual([
    [519, "2027-03-15", 0],
    [519, "2027-03-22", 0],
    [512, "2027-03-15", 0],
    [512, "2027-03-22", 0]
  ]);
});

test("Ctrl+R copies each row's first selected value right; one column wide takes the value left of it", () => {
  const cells = filledRight(rows, columns, { top: 0, bottom: 2, left: 1, right: 3 });
  expect(cells.map((c) => [c.cell.taskId, c.cell.weekStart, c.hours])).toEqual([
    [519, "2027-03-22", 12],
    [519, "2027-03-29", 12],
    [512, "2027-03-22", 10],
    [512, "2027-03-29", 10]
  ]);
  const column = filledRight(rows, columns, { top: 1, bottom: 2, left: 3, right: 3 });
  expect(column.map((c) => [c.cell.taskId, c.hours])).toEqual([
    [519, 7.5],
    [512, 7]
  ]);
  expect(filledRight(rows, columns, { top: 1, bottom: 1, left: 0, right: 0 })).toEqual([]);
});

test("Ctrl+D copies the first task row down over the others; one row high takes the task row above; a sum row is no source", () => {
  const cells = filledDown(rows, columns, { top: 0, bottom: 2, left: 1, right: 2 });
  expect(cells.map((c) => [c.cell.taskId, c.cell.weekStart, c.hours])).toEqual([
    [512, "2027-03-15", 12],
    [512, "2027-03-22", 7.5]
  ]);
  expect(filledDown(rows, columns, { top: 2, bottom: 2, left: 2, right: 2 }).map((c) => [c.cell.taskId, c.hours])).toEqual([[512, 7.5]]);
  expect(filledDown(rows, columns, { top: 1, bottom: 1, left: 2, right: 2 })).toEqual([]);
});

test("a pasted block lands from the range's top-left; a range that is a multiple of it gets it repeated", () => {
  const one = pasteTargets(rows, columns, { top: 1, bottom: 1, left: 1, right: 1 }, [["1", "2"], ["3", "4"]]);
  expect(one.block).toEqual([["1", "2"], ["3", "4"]]);
  expect(one.targets.map((line) => line.map((c) => c && `${c.taskId}@${c.weekStart}`))).toEqual([
    ["519@2027-03-15", "519@2027-03-22"],
    ["512@2027-03-15", "512@2027-03-22"]
  ]);
  const repeated = pasteTargets(rows, columns, { top: 1, bottom: 2, left: 0, right: 3 }, [["5"]]);
  expect(repeated.block).toEqual([["5", "5", "5", "5"], ["5", "5", "5", "5"]]);
  const pattern = pasteTargets(rows, columns, { top: 1, bottom: 2, left: 0, right: 3 }, [["1", "2"]]);
  expect(pattern.block).toEqual([["1", "2", "1", "2"], ["1", "2", "1", "2"]]);
  // Not a multiple: the block's own size; a row without bookings gets no target.
  const onSum = pasteTargets(rows, columns, { top: 0, bottom: 2, left: 0, right: 0 }, [["1"], ["2"]]);
  expect(onSum.block).toEqual([["1"], ["2"]]);
  expect(onSum.targets[0][0]).toBeUndefined();
  expect(onSum.targets[1][0]?.taskId).toBe(519);
});
