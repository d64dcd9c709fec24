/**
 * @jest-environment node
 */
/** The range selection reducer: plain moves collapse, Shift and drags stretch from the anchor. Pure, no DOM. */
import { initialSelection, inRange, isMultiCell, selectedRange, selectionReducer, type RangeSelection, type SelectionAction } from "../../../../src/ui/booking/range/rangeSelection";

function run(...actions: SelectionAction[]): RangeSelection {
  return actions.reduce(selectionReducer, initialSelection);
}

test("Shift+arrows stretch the selection from where it started; a plain move collapses it", () => {
  const stretched = run({ type: "moved", pos: { row: 2, col: 3 } }, { type: "selectionExtended", pos: { row: 2, col: 4 } }, { type: "selectionExtended", pos: { row: 4, col: 5 } });
  expect(stretched.anchor).toEqual({ row: 2, col: 3 });
  expect(selectedRange(stretched, 10, 10)).toEqual({ top: 2, bottom: 4, left: 3, right: 5 });
  const collapsed = selectionReducer(stretched, { type: "moved", pos: { row: 5, col: 5 } });
  expect(collapsed.anchor).toBeUndefined();
  expect(selectedRange(collapsed, 10, 10)).toEqual({ top: 5, bottom: 5, left: 5, right: 5 });
});

test("stretching up and left gives the same rectangle, corners in any order", () => {
  const s = run({ type: "moved", pos: { row: 6, col: 6 } }, { type: "selectionExtended", pos: { row: 3, col: 1 } });
  expect(selectedRange(s, 10, 10)).toEqual({ top: 3, bottom: 6, left: 1, right: 6 });
});

test("the focus event after an extend keeps the range; a focus elsewhere collapses it", () => {
  const s = run({ type: "moved", pos: { row: 1, col: 1 } }, { type: "selectionExtended", pos: { row: 2, col: 2 } });
  expect(selectionReducer(s, { type: "cellFocused", pos: { row: 2, col: 2 } })).toBe(s);
  expect(selectionReducer(s, { type: "cellFocused", pos: { row: 0, col: 0 } }).anchor).toBeUndefined();
});

test("a drag stretches only while the button is down", () => {
  const dragging = run({ type: "dragStarted", pos: { row: 1, col: 1 } }, { type: "dragEntered", pos: { row: 3, col: 2 } });
  expect(selectedRange(dragging, 10, 10)).toEqual({ top: 1, bottom: 3, left: 1, right: 2 });
  const ended = selectionReducer(dragging, { type: "dragEnded" });
  expect(ended.dragging).toBe(false);
  expect(selectionReducer(ended, { type: "dragEntered", pos: { row: 7, col: 7 } })).toBe(ended);
});

test("Ctrl+A selects every week cell; Escape collapses to the active cell", () => {
  const all = run({ type: "allSelected", rows: 4, cols: 3 });
  expect(selectedRange(all, 4, 3)).toEqual({ top: 0, bottom: 3, left: 0, right: 2 });
  const collapsed = selectionReducer(all, { type: "selectionCollapsed" });
  expect(isMultiCell(selectedRange(collapsed, 4, 3))).toBe(false);
  expect(collapsed.active).toEqual({ row: 3, col: 2 });
});

test("a range from the row header or beyond the rows that are left is clamped to the week cells", () => {
  const s = run({ type: "moved", pos: { row: 8, col: -1 } }, { type: "selectionExtended", pos: { row: 9, col: 2 } });
  expect(selectedRange(s, 5, 2)).toEqual({ top: 4, bottom: 4, left: 0, right: 1 });
  expect(selectedRange(s, 0, 2)).toBeUndefined();
  expect(inRange({ top: 1, bottom: 2, left: 1, right: 1 }, 2, 1)).toBe(true);
  expect(inRange({ top: 1, bottom: 2, left: 1, right: 1 }, 2, 2)).toBe(false);
});
