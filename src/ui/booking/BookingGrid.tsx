/**
 * The people × weeks booking grid: an ARIA grid with roving tabindex (one cell is in the tab
 * order, arrow keys move), spreadsheet editing (Enter/F2 or a digit edits, Delete clears,
 * Escape cancels, Ctrl+V pastes an Excel block, Ctrl+R fills right), range selection (range/:
 * Shift+arrows, Shift+click, drag; copy, paste, clear and fill over it), virtualized rows and
 * columns: only the cells in view are in the DOM (a year of weeks for a thousand people would be
 * over a hundred thousand), the first render reads no layout and the overscan for smooth
 * scrolling follows after the first paint, as the timeline does.
 */
import * as React from "react";
import { Icon, useTheme } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { BookingAction, BookingState } from "./bookingReducer";
import type { GridModel, TaskRow } from "./bookingGridModel";
import { keyOf, type CellAddress } from "./cellKey";
import { hoursForInput, parseHours } from "./hoursText";
import { BookingGridRow, columnHeaderText, type GridPosition, type RowContext, type RowHandlers } from "./BookingGridRow";
import { isDanish } from "../common/format";
import { getBookingGridClassNames, HEADER_HEIGHT, NAME_WIDTH, ROW_HEIGHT, SCROLLER_MAX_HEIGHT, TOTAL_WIDTH, WEEK_WIDTH } from "./BookingGrid.styles";
import { useColumnWindow, useVirtualWindow, type ColumnWindowOptions, type VirtualWindowOptions } from "../common/useVirtualWindow";
import { useRangeSelection } from "./range/useRangeSelection";
import { cellAddressAt } from "./range/rangeEdits";
import { useBookingUndo } from "./range/useBookingUndo";
import { selectionStatusClass } from "./range/rangeStyles";

export interface BookingGridProps {
  model: GridModel;
  state: BookingState;
  dispatch: React.Dispatch<BookingAction>;
  suggested: ReadonlySet<string>;
  canEdit: boolean;
  locale: string;
  onToggle: (email: string) => void;
  onSuggest: (email: string, taskId: number) => void;
}

const PAGE_ROWS = 10;
/**
 * The rows start below the header row. The first render assumes the scroller's max-height (or
 * the window's height, when smaller) instead of reading layout; the scroller's ResizeObserver
 * corrects it after the browser's layout, before paint, and only re-renders if the rows differ.
 */
const VIRTUAL_WINDOW: VirtualWindowOptions = {
  headerHeight: HEADER_HEIGHT,
  overscan: 6,
  fallbackHeight: SCROLLER_MAX_HEIGHT - HEADER_HEIGHT,
  rowsBelowHeader: true,
  measureBeforePaint: true,
  overscanAfterFirstPaint: true,
  estimateHeight: () => Math.min(SCROLLER_MAX_HEIGHT, typeof window === "undefined" ? SCROLLER_MAX_HEIGHT : window.innerHeight) - HEADER_HEIGHT
};
/** The week columns right of the sticky name column; a few more each side after the first paint. */
const COLUMN_WINDOW: ColumnWindowOptions = { leadingWidth: NAME_WIDTH, overscan: 3 };

export function BookingGrid(props: BookingGridProps): JSX.Element {
  const { model, state, canEdit, locale } = props;
  // Every edit the grid makes is remembered for Ctrl+Z / Ctrl+Y.
  const history = useBookingUndo(state, props.dispatch);
  const { dispatch } = history;
  const { rows, columns } = model;
  const classNames = getBookingGridClassNames(useTheme());
  const scroller = React.useRef<HTMLDivElement>(null);
  const gridRef = React.useRef<HTMLDivElement>(null);
  const range = useRangeSelection({ rows, columns, locale, canEdit, editing: state.editing !== undefined, dispatch, undo: history.undo, redo: history.redo });
  const focus = range.selection.active;
  const { select } = range;
  const wantFocus = React.useRef(false);
  // Set when Enter, Tab or Escape has dealt with the edit, so the blur that follows (the input
  // leaves the DOM) neither saves a cancelled value nor saves the same value twice.
  const editHandled = React.useRef(false);
  const editingKey = state.editing ? keyOf(state.editing.cell) : undefined;
  React.useEffect(() => {
    editHandled.current = false;
  }, [editingKey]);
  const gridId = React.useMemo(() => `oir-bgrid-${Math.random().toString(36).slice(2)}`, []);
  const window_ = useVirtualWindow(scroller, rows.length, ROW_HEIGHT, VIRTUAL_WINDOW);
  const colWindow = useColumnWindow(scroller, columns.length, WEEK_WIDTH, COLUMN_WINDOW);
  const danish = isDanish(locale);

  // Keep the focus inside the grid when rows come and go (filters, expand/collapse).
  const row = Math.min(focus.row, Math.max(0, rows.length - 1));
  const col = Math.min(focus.col, columns.length - 1);
  const current: GridPosition = { row, col };

  const moveTo = React.useCallback(
    (pos: GridPosition, extend = false) => {
      const next = { row: Math.max(0, Math.min(rows.length - 1, pos.row)), col: Math.max(-1, Math.min(columns.length - 1, pos.col)) };
      select(extend ? { type: "selectionExtended", pos: next } : { type: "moved", pos: next });
      wantFocus.current = true;
      const element = scroller.current;
      if (element) {
        // Bring the cell into view (clear of the sticky header and name column) so that its row
        // and column are rendered (virtualized) and it can take the focus.
        const top = HEADER_HEIGHT + next.row * ROW_HEIGHT;
        const viewport = element.clientHeight;
        if (viewport > 0) {
          if (top - HEADER_HEIGHT < element.scrollTop) element.scrollTop = top - HEADER_HEIGHT;
          else if (top + ROW_HEIGHT > element.scrollTop + viewport) element.scrollTop = top + ROW_HEIGHT - viewport;
        }
        const width = element.clientWidth;
        if (width > 0 && next.col >= 0) {
          const left = next.col * WEEK_WIDTH;
          if (left < element.scrollLeft) element.scrollLeft = left;
          else if (NAME_WIDTH + left + WEEK_WIDTH > element.scrollLeft + width) element.scrollLeft = NAME_WIDTH + left + WEEK_WIDTH - width;
        }
      }
    },
    [rows.length, columns.length, select]
  );

  React.useEffect(() => {
    if (!wantFocus.current || state.editing) return;
    const target = gridRef.current?.querySelector<HTMLElement>(`[data-pos="${current.row}:${current.col}"]`);
    if (target) {
      wantFocus.current = false;
      if (document.activeElement !== target) target.focus();
    }
  });

  const taskRowAt = (index: number): TaskRow | undefined => {
    const r = rows[index];
    return r?.kind === "task" ? r : undefined;
  };
  const focusedAddress = (): CellAddress | undefined => cellAddressAt(rows, columns, current.row, current.col);

  const startEdit = (text: string | undefined, at: GridPosition = current): void => {
    const cell = cellAddressAt(rows, columns, at.row, at.col);
    if (!cell) {
      if (rows[at.row]?.kind === "person" && at.col >= 0 && canEdit) dispatch({ type: "totalCellEditAttempted" });
      return;
    }
    const existing = taskRowAt(at.row)?.hours[at.col] ?? 0;
    dispatch({ type: "editStarted", cell, text: text ?? hoursForInput(existing, danish) });
  };

  const fillRight = (): void => {
    const from = focusedAddress();
    const task = taskRowAt(current.row);
    if (!from || !task) return;
    const targets: CellAddress[] = [];
    for (let c = current.col + 1; c < columns.length; c++) {
      if (!task.inWindow[c]) continue;
      const address = cellAddressAt(rows, columns, current.row, c);
      if (address) targets.push(address);
    }
    dispatch({ type: "filledRight", from, targets });
  };

  const onGridKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (state.editing || event.altKey) return;
    if (range.onKeyDown(event)) {
      event.preventDefault();
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, GridPosition> = {
      ArrowUp: { row: current.row - 1, col: current.col },
      ArrowDown: { row: current.row + 1, col: current.col },
      ArrowLeft: { row: current.row, col: current.col - 1 },
      ArrowRight: { row: current.row, col: current.col + 1 },
      Home: ctrl ? { row: 0, col: -1 } : { row: current.row, col: -1 },
      End: ctrl ? { row: rows.length - 1, col: columns.length - 1 } : { row: current.row, col: columns.length - 1 },
      PageUp: { row: current.row - PAGE_ROWS, col: current.col },
      PageDown: { row: current.row + PAGE_ROWS, col: current.col }
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      // Shift stretches the selection from its anchor, as in Excel.
      moveTo(move, event.shiftKey);
      return;
    }
    if (current.col < 0) return;
    if (!canEdit) return;
    if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(undefined);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      const cell = focusedAddress();
      if (cell) dispatch({ type: "cellCleared", cell });
      else if (rows[current.row]?.kind === "person") dispatch({ type: "totalCellEditAttempted" });
    } else if (ctrl && event.key.toLowerCase() === "r") {
      event.preventDefault();
      fillRight();
    } else if (!ctrl && event.key.length === 1 && event.key !== " ") {
      // Any character starts an edit, as in Excel: a typed "-1" or "abc" must reach the
      // validation (and its message), not lose its first character and book "1".
      event.preventDefault();
      startEdit(event.key);
    }
  };

  const commit = (next: GridPosition | undefined): void => {
    const editing = state.editing;
    if (!editing) return;
    const valid = parseHours(editing.text).ok;
    dispatch({ type: "cellEdited", cell: editing.cell, text: editing.text });
    if (valid) moveTo(next ?? current);
  };

  const handlers: RowHandlers = {
    onCellFocus: (pos) => select({ type: "cellFocused", pos }),
    onCellMouseDown: (pos, shift) => {
      // While a cell is edited the press must blur its input (which saves it): no range then.
      if (state.editing) return false;
      select(shift ? { type: "selectionExtended", pos } : { type: "dragStarted", pos });
      wantFocus.current = true;
      return true;
    },
    onCellMouseEnter: (pos) => {
      if (!range.selection.dragging) return;
      select({ type: "dragEntered", pos });
      wantFocus.current = true;
    },
    onCellDoubleClick: (pos) => {
      select({ type: "cellFocused", pos });
      if (canEdit && !state.editing) startEdit(undefined, pos);
    },
    onDraft: (text) => {
      editHandled.current = false;
      dispatch({ type: "draftTyped", text });
    },
    onInputKeyDown: (event) => {
      event.stopPropagation();
      if (event.key === "Enter" || event.key === "Tab" || event.key === "Escape") editHandled.current = true;
      if (event.key === "Enter") {
        event.preventDefault();
        // Ctrl+Enter writes the value into the whole selected range, which stays selected (Excel).
        if ((event.ctrlKey || event.metaKey) && range.fillWith(state.editing?.text ?? "")) wantFocus.current = true;
        else commit({ row: current.row + 1, col: current.col });
      } else if (event.key === "Tab") {
        event.preventDefault();
        commit({ row: current.row, col: current.col + (event.shiftKey ? -1 : 1) });
      } else if (event.key === "Escape") {
        event.preventDefault();
        dispatch({ type: "editCancelled" });
        moveTo(current);
      }
    },
    onInputBlur: () => {
      if (editHandled.current) return;
      if (state.editing && parseHours(state.editing.text).ok) dispatch({ type: "cellEdited", cell: state.editing.cell, text: state.editing.text });
    },
    onToggle: props.onToggle,
    onSuggest: props.onSuggest
  };
  // Rows are memoized: they get handlers that never change and call this render's ones.
  const latestHandlers = React.useRef(handlers);
  latestHandlers.current = handlers;
  const stableHandlers = React.useMemo<RowHandlers>(
    () => ({
      onCellFocus: (pos) => latestHandlers.current.onCellFocus(pos),
      onCellMouseDown: (pos, shift) => latestHandlers.current.onCellMouseDown(pos, shift),
      onCellMouseEnter: (pos) => latestHandlers.current.onCellMouseEnter(pos),
      onCellDoubleClick: (pos) => latestHandlers.current.onCellDoubleClick(pos),
      onDraft: (text) => latestHandlers.current.onDraft(text),
      onInputKeyDown: (event) => latestHandlers.current.onInputKeyDown(event),
      onInputBlur: () => latestHandlers.current.onInputBlur(),
      onToggle: (email) => latestHandlers.current.onToggle(email),
      onSuggest: (email, taskId) => latestHandlers.current.onSuggest(email, taskId)
    }),
    []
  );

  const ctx: RowContext = {
    columns,
    locale,
    classNames,
    focus: current,
    selection: range.multi,
    canEdit,
    editing: state.editing,
    saves: state.saves,
    cellErrors: state.cellErrors,
    suggested: props.suggested,
    gridId,
    colFirst: colWindow.first,
    colLast: colWindow.last,
    ...stableHandlers
  };

  const width = NAME_WIDTH + columns.length * WEEK_WIDTH + TOTAL_WIDTH;
  const rendered: JSX.Element[] = [];
  const first = Math.min(window_.first, rows.length);
  const last = Math.max(first, Math.min(window_.last, rows.length));
  for (let i = first; i < last; i++) rendered.push(<BookingGridRow key={rows[i].key} row={rows[i]} index={i} ctx={ctx} />);
  // The focused row stays in the DOM even when scrolled away, so the tab stop never disappears.
  if (rows[current.row] && (current.row < first || current.row >= last)) {
    rendered.push(<BookingGridRow key={rows[current.row].key} row={rows[current.row]} index={current.row} ctx={ctx} />);
  }

  return (
    <>
      <div ref={scroller} className={classNames.scroller}>
        <div
          ref={gridRef}
          role="grid"
          aria-label={strings.GridLabel}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 2}
          aria-describedby={`${gridId}-help`}
          aria-multiselectable={true}
          className={classNames.grid}
          style={{ width, height: HEADER_HEIGHT + rows.length * ROW_HEIGHT }}
          onKeyDown={onGridKeyDown}
          onCopy={range.onCopy}
          onPaste={range.onPaste}
        >
          <div role="row" aria-rowindex={1} className={classNames.headerRow} style={{ width }}>
            <div role="columnheader" aria-colindex={1} className={classNames.corner}>
              {strings.ColumnPerson}
            </div>
            {columns.slice(colWindow.first, colWindow.last).map((c, i) => {
              const text = columnHeaderText(c, locale);
              const index = colWindow.first + i;
              return (
                <div
                  key={c.weekStart}
                  role="columnheader"
                  aria-colindex={index + 2}
                  className={`${classNames.columnHeader} ${text.holiday ? classNames.holiday : ""}`}
                  style={i === 0 && index > 0 ? { marginLeft: index * WEEK_WIDTH } : undefined}
                  title={text.holiday}
                >
                  <span>{text.week}</span>
                  <span>{text.monday}</span>
                  {text.holiday && (
                    <span className={classNames.flag}>
                      <Icon iconName="Calendar" aria-hidden={true} />
                      {strings.HolidayShort}
                      <span hidden={true}>{text.holiday}</span>
                    </span>
                  )}
                </div>
              );
            })}
            <div
              role="columnheader"
              aria-colindex={columns.length + 2}
              className={`${classNames.columnHeader} ${classNames.totalCell}`}
              style={colWindow.last < columns.length ? { marginLeft: (columns.length - (colWindow.last > colWindow.first ? colWindow.last : 0)) * WEEK_WIDTH } : undefined}
            >
              {strings.ColumnTotal}
            </div>
          </div>
          <div role="rowgroup" style={{ position: "relative", height: rows.length * ROW_HEIGHT }}>
            {rendered}
          </div>
        </div>
      </div>
      <p id={`${gridId}-help`} className={classNames.help}>
        {canEdit ? `${strings.KeyboardHelp} ${strings.KeyboardHelpRange}` : `${strings.KeyboardHelpReadOnly} ${strings.KeyboardHelpRangeReadOnly}`}
      </p>
      <p role="status" className={selectionStatusClass}>
        {range.status}
      </p>
    </>
  );
}
