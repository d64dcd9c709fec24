/**
 * The booking grid's selection as a spreadsheet keeps it: an anchor where the selection started and
 * the active cell (the one with the focus). Plain moves and clicks collapse it to one cell;
 * Shift+arrows, Shift+click and a mouse drag stretch it from the anchor. Pure: no React, no DOM.
 */

export interface GridPosition {
  row: number;
  /** -1 is the row header; 0… are the week columns. */
  col: number;
}

/** A rectangle of week cells, inclusive on every side. */
export interface CellRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RangeSelection {
  /** Where a stretched selection started; undefined when one cell is selected. */
  anchor?: GridPosition;
  /** The focused cell: the far corner of a stretched selection. */
  active: GridPosition;
  /** A mouse button is down on the grid: entering a cell stretches the selection to it. */
  dragging: boolean;
}

export type SelectionAction =
  /** An arrow key, Home/End or Page key without Shift: one cell is selected. */
  | { type: "moved"; pos: GridPosition }
  /** The focus went to a cell (arrow key, click, Tab into the grid); a stretched selection ends. */
  | { type: "cellFocused"; pos: GridPosition }
  /** Shift+arrow or Shift+click: the selection stretches from its anchor to pos. */
  | { type: "selectionExtended"; pos: GridPosition }
  /** Ctrl+A: every week cell. */
  | { type: "allSelected"; rows: number; cols: number }
  | { type: "dragStarted"; pos: GridPosition }
  | { type: "dragEntered"; pos: GridPosition }
  | { type: "dragEnded" }
  /** Escape, or the rows changed under the selection (filters, expand/collapse). */
  | { type: "selectionCollapsed" };

export const initialSelection: RangeSelection = { active: { row: 0, col: 0 }, dragging: false };

function same(a: GridPosition, b: GridPosition): boolean {
  return a.row === b.row && a.col === b.col;
}

export function selectionReducer(state: RangeSelection, action: SelectionAction): RangeSelection {
  switch (action.type) {
    case "moved":
      return { active: action.pos, dragging: false };
    case "cellFocused":
      // The focus event that follows our own extend or drag lands on the active cell: keep the range.
      if (same(action.pos, state.active)) return state;
      return { active: action.pos, dragging: false };
    case "selectionExtended":
      return { anchor: state.anchor ?? state.active, active: action.pos, dragging: false };
    case "allSelected":
      if (action.rows === 0 || action.cols === 0) return state;
      return { anchor: { row: 0, col: 0 }, active: { row: action.rows - 1, col: action.cols - 1 }, dragging: false };
    case "dragStarted":
      return { anchor: action.pos, active: action.pos, dragging: true };
    case "dragEntered":
      if (!state.dragging || same(action.pos, state.active)) return state;
      return { anchor: state.anchor ?? state.active, active: action.pos, dragging: true };
    case "dragEnded":
      return state.dragging ? { ...state, dragging: false } : state;
    case "selectionCollapsed":
      return state.anchor || state.dragging ? { active: state.active, dragging: false } : state;
  }
}

/**
 * The selected week cells, clamped to the grid (rows and columns may have gone since). A selection
 * started on the row header covers the first week column: the header holds no hours.
 */
export function selectedRange(selection: RangeSelection, rowCount: number, colCount: number): CellRange | undefined {
  if (rowCount === 0 || colCount === 0) return undefined;
  const clampRow = (r: number): number => Math.max(0, Math.min(rowCount - 1, r));
  const clampCol = (c: number): number => Math.max(0, Math.min(colCount - 1, c));
  const a = selection.anchor ?? selection.active;
  const b = selection.active;
  return {
    top: clampRow(Math.min(a.row, b.row)),
    bottom: clampRow(Math.max(a.row, b.row)),
    left: clampCol(Math.min(a.col, b.col)),
    right: clampCol(Math.max(a.col, b.col))
  };
}

export function rangeSize(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

/** More than one cell is selected (what aria-selected and the announcement are about). */
export function isMultiCell(range: CellRange | undefined): range is CellRange {
  return range !== undefined && (range.top !== range.bottom || range.left !== range.right);
}

export function inRange(range: CellRange | undefined, row: number, col: number): boolean {
  return range !== undefined && row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
