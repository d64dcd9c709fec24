/**
 * The booking grid's range selection and what it does: Shift+arrows / Shift+click / drag select,
 * Ctrl+C copies as Excel reads it, Ctrl+V pastes into the range, Delete clears it, Ctrl+R / Ctrl+D
 * fill it, Ctrl+A selects all, Escape collapses it, Ctrl+Z / Ctrl+Y undo and redo (useBookingUndo). Each bulk change is one booking action, so the
 * save loop sends it as one batch and a failed cell stays pending in its place like a single edit.
 * The grid keeps the focus and the roving tabindex; this hook keeps the selection and its text.
 */
import * as React from "react";
import * as strings from "ResourceBookingWebPartStrings";
import type { BookingAction } from "../bookingReducer";
import type { GridRow, WeekColumn } from "../bookingGridModel";
import { isDanish } from "../../common/format";
import { clipboardTextAsBlock, rangeAsClipboardText } from "./clipboardText";
import { clearedCells, filledDown, filledRight, filledWith, pasteTargets, rangeHours, type CellHours } from "./rangeEdits";
import { parseHours } from "../hoursText";
import { initialSelection, isMultiCell, rangeSize, selectedRange, selectionReducer, type CellRange, type RangeSelection, type SelectionAction } from "./rangeSelection";
import { copiedText, selectionSummary } from "./selectionText";

export interface RangeGridInput {
  rows: readonly GridRow[];
  columns: readonly WeekColumn[];
  locale: string;
  canEdit: boolean;
  /** A cell is being edited: its input owns the keys and the clipboard. */
  editing: boolean;
  dispatch: React.Dispatch<BookingAction>;
  /** Ctrl+Z / Ctrl+Y (useBookingUndo): each returns what to announce. */
  undo?: () => string;
  redo?: () => string;
}

export interface RangeSelectionView {
  selection: RangeSelection;
  select: React.Dispatch<SelectionAction>;
  /** The selected cells when more than one is selected (aria-selected, the blue wash). */
  multi?: CellRange;
  /** The live region's text: what is selected, copied, or why nothing was filled. */
  status: string;
  /** Handles the range's own keys; true when the key was used. */
  onKeyDown: (event: React.KeyboardEvent) => boolean;
  onCopy: (event: React.ClipboardEvent) => void;
  onPaste: (event: React.ClipboardEvent) => void;
  /**
   * Ctrl+Enter while editing: the typed value into every task cell of the selected range. False
   * (nothing done) without a range or with a value the edit's own validation must explain.
   */
  fillWith: (text: string) => boolean;
}

export function useRangeSelection(input: RangeGridInput): RangeSelectionView {
  const { rows, columns, locale, canEdit, editing, dispatch, undo, redo } = input;
  const [selection, select] = React.useReducer(selectionReducer, initialSelection);
  const [message, setMessage] = React.useState<{ text: string; for: RangeSelection } | undefined>();
  const range = selectedRange(selection, rows.length, columns.length);
  const multi = isMultiCell(range) ? range : undefined;

  // Rows come and go (filters, expand/collapse): a range over the old rows would cover others.
  const shape = `${rows.length}x${columns.length}`;
  const lastShape = React.useRef(shape);
  React.useEffect(() => {
    if (lastShape.current === shape) return;
    lastShape.current = shape;
    select({ type: "selectionCollapsed" });
  }, [shape]);

  // A drag ends wherever the button is let go, also outside the grid.
  React.useEffect(() => {
    if (!selection.dragging) return;
    const end = (): void => select({ type: "dragEnded" });
    window.addEventListener("mouseup", end);
    return () => window.removeEventListener("mouseup", end);
  }, [selection.dragging]);

  const edit = (cells: CellHours[]): boolean => {
    if (cells.length === 0) return false;
    dispatch({ type: "bookingsEdited", cells });
    return true;
  };
  const say = (text: string): void => setMessage({ text, for: selection });

  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    if (editing || event.altKey || !range) return false;
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === "Escape" && multi) {
      select({ type: "selectionCollapsed" });
      return true;
    }
    if (ctrl && key === "a") {
      select({ type: "allSelected", rows: rows.length, cols: columns.length });
      return true;
    }
    if (!canEdit) return false;
    if (ctrl && ((key === "z" && event.shiftKey) || key === "y") && redo) {
      say(redo());
      return true;
    }
    if (ctrl && key === "z" && undo) {
      say(undo());
      return true;
    }
    if ((event.key === "Delete" || event.key === "Backspace") && multi) {
      edit(clearedCells(rows, columns, multi));
      return true;
    }
    if (ctrl && key === "r" && multi) {
      if (!edit(filledRight(rows, columns, multi))) say(strings.FillNothing);
      return true;
    }
    if (ctrl && key === "d") {
      if (!edit(filledDown(rows, columns, range))) say(strings.FillNothing);
      return true;
    }
    return false;
  };

  const onCopy = (event: React.ClipboardEvent): void => {
    // On a row header alone there are no hours to copy: the browser's own copy applies.
    if (editing || !range || (selection.active.col < 0 && !selection.anchor)) return;
    event.preventDefault();
    event.clipboardData.setData("text/plain", rangeAsClipboardText(rangeHours(rows, range), isDanish(locale)));
    const size = rangeSize(range);
    say(copiedText(size.rows * size.cols));
  };

  const onPaste = (event: React.ClipboardEvent): void => {
    if (editing || !canEdit || !range || (selection.active.col < 0 && !selection.anchor)) return;
    const block = clipboardTextAsBlock(event.clipboardData.getData("text/plain"));
    if (block.length === 0) return;
    event.preventDefault();
    const { targets, block: texts } = pasteTargets(rows, columns, range, block);
    // Nothing lands on a task row (a person's sum row, a role's demand): say where hours go.
    if (!targets.some((line) => line.some((cell) => cell !== undefined))) dispatch({ type: "totalCellEditAttempted" });
    else dispatch({ type: "blockPasted", targets, block: texts });
  };

  const fillWith = (text: string): boolean => {
    const parsed = parseHours(text);
    if (!multi || !canEdit || !parsed.ok) return false;
    dispatch({ type: "editCancelled" });
    edit(filledWith(rows, columns, multi, parsed.hours));
    return true;
  };

  const summary = multi ? selectionSummary(rows, columns, multi, locale) : "";
  const status = message && message.for === selection ? message.text : summary;
  return { selection, select, multi, status, onKeyDown, onCopy, onPaste, fillWith };
}
