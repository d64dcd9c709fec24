/** One row of the booking grid: its row header and its week cells, as ARIA grid cells. */
import * as React from "react";
import { Icon } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import * as common from "OirCommonStrings";
import { formatDate, formatHours, formatText } from "../common/format";
import type { GridRow, WeekColumn } from "./bookingGridModel";
import type { CellEdit, CellSave } from "./bookingReducer";
import { cellKey, personKey } from "./cellKey";
import { ROW_HEIGHT, WEEK_WIDTH, type getBookingGridClassNames } from "./BookingGrid.styles";
import type { HoursProblem } from "./hoursText";
import { roleName, RowHeader } from "./BookingRowHeader";
import { inRange, type CellRange } from "./range/rangeSelection";
import { selectedCellClass } from "./range/rangeStyles";

/** Every icon the grid's rows draw: their fonts are loaded while the plan loads (preloadIconFonts). */
export const BOOKING_GRID_ICONS: readonly string[] = ["ChevronDown", "ChevronRight", "Warning", "Lightbulb", "Calendar"];

export interface GridPosition {
  row: number;
  /** -1 is the row header; 0… are the week columns. */
  col: number;
}

/** What rows call back; stable across renders (BookingGrid), so memoized rows may keep them. */
export interface RowHandlers {
  onCellFocus: (pos: GridPosition) => void;
  /** A press on a week cell starts a drag selection (Shift: stretches it); true when the grid took it. */
  onCellMouseDown: (pos: GridPosition, shift: boolean) => boolean;
  onCellMouseEnter: (pos: GridPosition) => void;
  onCellDoubleClick: (pos: GridPosition) => void;
  onDraft: (text: string) => void;
  onInputKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onInputBlur: () => void;
  onToggle: (email: string) => void;
  onSuggest: (email: string, taskId: number) => void;
}

export interface RowContext extends RowHandlers {
  columns: WeekColumn[];
  locale: string;
  classNames: ReturnType<typeof getBookingGridClassNames>;
  focus: GridPosition;
  /** The selected range when more than one cell is selected. */
  selection?: CellRange;
  canEdit: boolean;
  editing?: CellEdit;
  saves: Record<string, CellSave>;
  cellErrors: Record<string, { problem: HoursProblem; text: string }>;
  suggested: ReadonlySet<string>;
  gridId: string;
  /** The week columns in view (virtualized): [colFirst, colLast). The focused cell is rendered too. */
  colFirst: number;
  colLast: number;
}

function problemText(problem: HoursProblem): string {
  if (problem === "negative") return strings.HoursNegative;
  if (problem === "tooMany") return strings.HoursTooMany;
  return strings.HoursNotANumber;
}

function hoursText(hours: number, locale: string): string {
  return formatText(strings.HoursValue, formatHours(hours, locale));
}

function saveStatusText(save: CellSave | undefined): string | undefined {
  if (!save) return undefined;
  if (save.status === "failed" || save.status === "conflict") return strings.CellFailed;
  if (save.status === "pending") return strings.CellPending;
  return strings.CellSaving;
}

function cellLabel(row: GridRow, column: WeekColumn, hours: number, locale: string): string {
  const date = formatDate(column.weekStart, locale);
  const h = formatHours(hours, locale);
  if (row.kind === "person") return formatText(strings.CellLabelPerson, row.member.person.displayName, column.week, date, h);
  if (row.kind === "task") return formatText(strings.CellLabelTask, row.member.person.displayName, row.task.task.code, column.week, date, h);
  if (row.kind === "demand") return formatText(strings.CellLabelDemand, roleName(row.role), column.week, h);
  if (row.kind === "former") return formatText(strings.CellLabelFormer, column.week, h);
  return formatText(strings.CellLabelTotal, column.week, h);
}

interface WeekCellProps {
  row: GridRow;
  index: number;
  col: number;
  ctx: RowContext;
  /** Style of the cell's place: the width of the columns left out before it. */
  gap?: React.CSSProperties;
}

function WeekCell({ row, index, col, ctx, gap }: WeekCellProps): JSX.Element {
  const { classNames, locale, columns } = ctx;
  const column = columns[col];
  const hours = row.hours[col];
  const focused = ctx.focus.row === index && ctx.focus.col === col;
  const key = row.kind === "task" ? cellKey(row.member.person.email, row.task.id, column.weekStart) : undefined;
  const editing = key !== undefined && ctx.editing !== undefined && cellKey(ctx.editing.cell.personEmail, ctx.editing.cell.taskId, ctx.editing.cell.weekStart) === key;
  const error = key !== undefined ? (editing ? ctx.editing?.problem : ctx.cellErrors[key]?.problem) : undefined;
  const errorId = error ? `${ctx.gridId}-err-${index}-${col}` : undefined;
  const classes = [classNames.cell];
  const extra: string[] = [];
  let flag: JSX.Element | undefined;
  if (row.kind === "demand" || row.kind === "former") classes.push(classNames.demandCell);
  if (row.kind === "person" && !row.former) {
    const capacity = row.capacity[col];
    if (hours > capacity + 1e-6) {
      classes.push(classNames.over);
      const excess = formatHours(Math.round((hours - capacity) * 10) / 10, locale);
      extra.push(formatText(strings.OverAllocatedLabel, excess, formatHours(Math.round(capacity * 10) / 10, locale)));
      flag = (
        <span className={classNames.flag}>
          <Icon iconName="Warning" aria-hidden={true} />
          {formatText(strings.OverAllocatedShort, excess)}
        </span>
      );
    }
  }
  if (row.kind === "task") {
    if (!row.inWindow[col]) {
      classes.push(classNames.outside);
      extra.push(strings.OutsideWindow);
    }
    if (key && ctx.suggested.has(key)) {
      classes.push(classNames.suggested);
      extra.push(strings.SuggestionShort);
      flag = <span className={classNames.status}>({strings.SuggestionShort})</span>;
    }
    const status = key ? saveStatusText(ctx.saves[key]) : undefined;
    if (status) {
      extra.push(status);
      // In parentheses: supplementary to the hours, so the cell's visible text ("5 (venter)") stays
      // part of its name ("…: 5 t, venter") for speech input (WCAG 2.5.3).
      flag = <span className={classNames.status}>({status})</span>;
    }
  }
  if (error) classes.push(classNames.invalid);
  const selected = inRange(ctx.selection, index, col);
  if (selected) classes.push(selectedCellClass);
  const label = [cellLabel(row, column, hours, locale), ...extra].join(", ");

  if (editing && ctx.editing) {
    return (
      <div role="gridcell" aria-colindex={col + 2} className={classes.join(" ")} style={gap} aria-invalid={error ? true : undefined}>
        <input
          className={classNames.input}
          autoFocus={true}
          value={ctx.editing.text}
          aria-label={formatText(strings.EditHoursLabel, row.kind === "task" ? row.member.person.displayName : "", row.kind === "task" ? row.task.task.code : "", column.week)}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => ctx.onDraft(e.target.value)}
          onKeyDown={ctx.onInputKeyDown}
          onBlur={ctx.onInputBlur}
          inputMode="decimal"
        />
        {error && (
          <span id={errorId} className={classNames.status} role="alert">
            {problemText(error)}
          </span>
        )}
      </div>
    );
  }
  return (
    <div
      role="gridcell"
      aria-colindex={col + 2}
      className={classes.join(" ")}
      style={gap}
      data-pos={`${index}:${col}`}
      tabIndex={focused ? 0 : -1}
      aria-label={label}
      aria-readonly={row.kind === "task" && ctx.canEdit ? undefined : true}
      aria-invalid={error ? true : undefined}
      aria-describedby={errorId}
      aria-selected={selected ? true : undefined}
      onMouseDown={(e) => {
        // The grid moves the focus itself; the browser's own would select text across the cells.
        if (e.button === 0 && ctx.onCellMouseDown({ row: index, col }, e.shiftKey)) e.preventDefault();
      }}
      onMouseEnter={() => ctx.onCellMouseEnter({ row: index, col })}
      onFocus={() => ctx.onCellFocus({ row: index, col })}
      onClick={() => ctx.onCellFocus({ row: index, col })}
      onDoubleClick={() => ctx.onCellDoubleClick({ row: index, col })}
    >
      <span aria-hidden={true}>{hours > 0 ? formatHours(Math.round(hours * 10) / 10, locale) : ""}</span>
      {flag && <span aria-hidden={true}>{flag}</span>}
      {error && (
        <span id={errorId} className={classNames.status}>
          {problemText(error)}
        </span>
      )}
    </div>
  );
}

export interface BookingGridRowProps {
  row: GridRow;
  index: number;
  ctx: RowContext;
}

/** The week columns this row renders: those in view, and the focused cell's when it is in this row. */
function renderedColumns(ctx: RowContext, index: number): number[] {
  const cols: number[] = [];
  const focused = focusInRow(ctx, index);
  if (focused !== undefined && focused >= 0 && focused < ctx.colFirst) cols.push(focused);
  for (let c = ctx.colFirst; c < Math.min(ctx.colLast, ctx.columns.length); c++) cols.push(c);
  if (focused !== undefined && focused >= ctx.colLast && focused < ctx.columns.length) cols.push(focused);
  return cols;
}

/** A margin standing in for the `columns` columns left out before a cell. */
function gapOf(columns: number): React.CSSProperties | undefined {
  return columns > 0 ? { marginLeft: columns * WEEK_WIDTH } : undefined;
}

function BookingGridRowView({ row, index, ctx }: BookingGridRowProps): JSX.Element {
  const total = row.kind === "task" ? row.total : row.kind === "demand" ? row.hours.reduce((a, b) => a + b, 0) : row.total;
  const cols = renderedColumns(ctx, index);
  return (
    <div role="row" aria-rowindex={index + 2} className={ctx.classNames.row} style={{ top: index * ROW_HEIGHT }} data-person={row.kind === "person" ? personKey(row.member.person.email) : undefined}>
      <RowHeader row={row} index={index} ctx={ctx} />
      {cols.map((col, i) => (
        <WeekCell key={col} row={row} index={index} col={col} ctx={ctx} gap={gapOf(col - (i === 0 ? 0 : cols[i - 1] + 1))} />
      ))}
      <div
        role="gridcell"
        aria-colindex={ctx.columns.length + 2}
        style={gapOf(ctx.columns.length - (cols.length > 0 ? cols[cols.length - 1] + 1 : 0))}
        className={`${ctx.classNames.cell} ${ctx.classNames.totalCell}`}
        aria-label={`${strings.ColumnTotal}: ${hoursText(Math.round(total * 10) / 10, ctx.locale)}`}>
        <span aria-hidden={true}>{hoursText(Math.round(total * 10) / 10, ctx.locale)}</span>
      </div>
    </div>
  );
}

/** The focused column when the focus is in this row. */
function focusInRow(ctx: RowContext, index: number): number | undefined {
  return ctx.focus.row === index ? ctx.focus.col : undefined;
}

/** The selected columns of this row ("" when none): a row re-renders when its part of the range changes. */
function selectionInRow(ctx: RowContext, index: number): string {
  const range = ctx.selection;
  return range && index >= range.top && index <= range.bottom ? `${range.left}:${range.right}` : "";
}

/** The cell edit when it is in this (task) row. */
function editInRow(ctx: RowContext, row: GridRow): CellEdit | undefined {
  const edit = ctx.editing;
  if (!edit || row.kind !== "task" || edit.cell.taskId !== row.task.id) return undefined;
  return personKey(edit.cell.personEmail) === personKey(row.member.person.email) ? edit : undefined;
}

/** The keys whose value differs between two records (both hold only the few cells being saved or in error). */
function changedKeys<T>(a: Record<string, T>, b: Record<string, T>): string[] {
  if (a === b) return [];
  const changed = Object.keys(b).filter((k) => a[k] !== b[k]);
  for (const k of Object.keys(a)) if (!(k in b)) changed.push(k);
  return changed;
}

/** The keys marked in one set and not the other. */
function changedMarks(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  if (a === b) return [];
  const changed: string[] = [];
  a.forEach((k) => {
    if (!b.has(k)) changed.push(k);
  });
  b.forEach((k) => {
    if (!a.has(k)) changed.push(k);
  });
  return changed;
}

/**
 * Whether the save states, errors and suggestion marks of a task row's cells are the same. Only
 * the few changed keys are looked at (not a key per week for every row on every save step).
 */
function sameCellStates(row: GridRow, a: RowContext, b: RowContext): boolean {
  if (row.kind !== "task") return true;
  if (a.saves === b.saves && a.cellErrors === b.cellErrors && a.suggested === b.suggested) return true;
  const changed = [...changedKeys(a.saves, b.saves), ...changedKeys(a.cellErrors, b.cellErrors), ...changedMarks(a.suggested, b.suggested)];
  if (changed.length === 0) return true;
  const prefix = cellKey(row.member.person.email, row.task.id, "");
  return !changed.some((key) => key.startsWith(prefix));
}

/**
 * A row re-renders only when what it shows changed: its row object (the model shares unchanged
 * ones), its place, the columns in view, the focus or edit within it, or its cells' save states. The handlers in the
 * context are stable, so they are not compared.
 */
function sameRowProps(a: BookingGridRowProps, b: BookingGridRowProps): boolean {
  return (
    a.row === b.row &&
    a.index === b.index &&
    a.ctx.columns === b.ctx.columns &&
    a.ctx.locale === b.ctx.locale &&
    a.ctx.classNames === b.ctx.classNames &&
    a.ctx.canEdit === b.ctx.canEdit &&
    a.ctx.gridId === b.ctx.gridId &&
    a.ctx.colFirst === b.ctx.colFirst &&
    a.ctx.colLast === b.ctx.colLast &&
    focusInRow(a.ctx, a.index) === focusInRow(b.ctx, b.index) &&
    selectionInRow(a.ctx, a.index) === selectionInRow(b.ctx, b.index) &&
    editInRow(a.ctx, a.row) === editInRow(b.ctx, b.row) &&
    sameCellStates(b.row, a.ctx, b.ctx)
  );
}

/** One grid row; memoized, so a cell edit re-renders only the rows it changes. */
export const BookingGridRow = React.memo(BookingGridRowView, sameRowProps);

export function columnHeaderText(column: WeekColumn, locale: string): { week: string; monday: string; holiday?: string } {
  return {
    week: formatText(common.WeekLabel, column.week),
    monday: formatText(strings.WeekStartsOn, formatDate(column.weekStart, locale)),
    holiday: column.daysOff.length > 0 ? formatText(strings.HolidayWeek, column.daysOff.map((d) => formatDate(d, locale)).join(", ")) : undefined
  };
}

