/**
 * Undo and redo of the grid's booking edits, as Excel's Ctrl+Z / Ctrl+Y: an edit is the cells one
 * action changed (a typed value, a cleared cell, a pasted block, a fill, a range cleared), each
 * with the hours shown before and after. Undoing sets the "before" hours again through the normal
 * save path: a saved edit is undone by a save with the ETag its own save returned, so a colleague's
 * change since then is a conflict, never silently overwritten. Pure: no React.
 */
import { bookingReducer, storedByKey, type BookingAction, type BookingState } from "../bookingReducer";
import type { CellAddress } from "../cellKey";

export interface CellChange {
  cell: CellAddress;
  before: number;
  after: number;
}

/** The cells one user action changed. */
export type BookingEdit = readonly CellChange[];

export interface UndoHistory {
  undo: readonly BookingEdit[];
  redo: readonly BookingEdit[];
}

/** Undo keeps this many edits (Excel keeps 100). */
const UNDO_LIMIT = 100;

export const emptyHistory: UndoHistory = { undo: [], redo: [] };

/** The grid's actions that change hours (a suggestion, a conflict answer or a retry are not edits). */
const EDITS: ReadonlySet<BookingAction["type"]> = new Set(["cellEdited", "cellCleared", "blockPasted", "filledRight", "bookingsEdited"]);

/** The hours a cell shows: what is being saved, else what SharePoint has. */
function shownHours(state: BookingState, key: string): number {
  const save = state.saves[key];
  if (save) return save.hours;
  return (storedByKey(state.data.bookings).get(key) ?? []).reduce((sum, s) => sum + s.value.hours, 0);
}

/**
 * What an action will change, worked out with the reducer itself (so a rejected paste or an
 * invalid value, which change nothing, are no edit). Cells whose hours stay the same are left out.
 */
export function editOf(state: BookingState, action: BookingAction): BookingEdit | undefined {
  if (!EDITS.has(action.type)) return undefined;
  const next = bookingReducer(state, action);
  if (next.saves === state.saves) return undefined;
  const changes: CellChange[] = [];
  for (const [key, save] of Object.entries(next.saves)) {
    if (state.saves[key] === save || save.status !== "unsent") continue;
    const before = shownHours(state, key);
    if (before !== save.hours) changes.push({ cell: save.cell, before, after: save.hours });
  }
  return changes.length > 0 ? changes : undefined;
}

export function editRecorded(history: UndoHistory, edit: BookingEdit): UndoHistory {
  return { undo: [...history.undo, edit].slice(-UNDO_LIMIT), redo: [] };
}

/** The last edit taken back: its cells' "before" hours, to dispatch as one bookingsEdited. */
export function editUndone(history: UndoHistory): { history: UndoHistory; action?: BookingAction; cells: number } {
  const edit = history.undo[history.undo.length - 1];
  if (!edit) return { history, cells: 0 };
  return {
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, edit] },
    action: { type: "bookingsEdited", cells: edit.map((c) => ({ cell: c.cell, hours: c.before })) },
    cells: edit.length
  };
}

/** The last undone edit made again. */
export function editRedone(history: UndoHistory): { history: UndoHistory; action?: BookingAction; cells: number } {
  const edit = history.redo[history.redo.length - 1];
  if (!edit) return { history, cells: 0 };
  return {
    history: { undo: [...history.undo, edit], redo: history.redo.slice(0, -1) },
    action: { type: "bookingsEdited", cells: edit.map((c) => ({ cell: c.cell, hours: c.after })) },
    cells: edit.length
  };
}
