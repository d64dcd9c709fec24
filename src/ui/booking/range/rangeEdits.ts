/**
 * What a spreadsheet action does to a selected range of the booking grid, worked out from the rows
 * as shown: the cells Delete clears, the values Ctrl+R / Ctrl+D / Ctrl+Enter fill, where a pasted
 * block lands and what Ctrl+C copies. Only task rows hold bookings; person, demand and total rows are sums.
 * Pure: the grid dispatches the result as one edit, which the save loop sends as one batch.
 */
import type { GridRow, WeekColumn } from "../bookingGridModel";
import { primaryRole } from "../bookingGridModel";
import type { CellAddress } from "../cellKey";
import { rangeSize, type CellRange } from "./rangeSelection";

export interface CellHours {
  cell: CellAddress;
  hours: number;
}

/**
 * The role a task row's hours are booked in: the role its person is listed under (the person row
 * above it). A person with several roles books a task under the role that task names.
 */
function listingRole(rows: readonly GridRow[], row: number): string | undefined {
  for (let r = row - 1; r >= 0; r--) {
    const above = rows[r];
    if (above.kind === "person") return above.role;
    if (above.kind !== "task") return undefined;
  }
  return undefined;
}

/** The booking cell at a row and week column, when the row is a task row. */
export function cellAddressAt(rows: readonly GridRow[], columns: readonly WeekColumn[], row: number, col: number): CellAddress | undefined {
  const r = rows[row];
  const weekStart = columns[col]?.weekStart;
  if (!r || r.kind !== "task" || !weekStart) return undefined;
  const role = listingRole(rows, row) ?? primaryRole(r.member);
  return { personEmail: r.member.person.email, taskId: r.task.id, weekStart, ...(role ? { role } : {}) };
}

function shownHours(rows: readonly GridRow[], row: number, col: number): number {
  return Math.round((rows[row]?.hours[col] ?? 0) * 10) / 10;
}

/** Delete over a range: every task cell that shows hours is set to 0 (empty cells are left alone). */
export function clearedCells(rows: readonly GridRow[], columns: readonly WeekColumn[], range: CellRange): CellHours[] {
  const cells: CellHours[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const cell = cellAddressAt(rows, columns, r, c);
      if (cell && shownHours(rows, r, c) > 0) cells.push({ cell, hours: 0 });
    }
  }
  return cells;
}

/** Ctrl+Enter in a cell of a selected range, as in Excel: the typed hours in every task cell of it. */
export function filledWith(rows: readonly GridRow[], columns: readonly WeekColumn[], range: CellRange, hours: number): CellHours[] {
  const cells: CellHours[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const cell = cellAddressAt(rows, columns, r, c);
      if (cell) cells.push({ cell, hours });
    }
  }
  return cells;
}

/**
 * Ctrl+R over a range, as in Excel: each row's first selected value is copied into the rest of the
 * row's selection. A range one column wide takes the value left of it.
 */
export function filledRight(rows: readonly GridRow[], columns: readonly WeekColumn[], range: CellRange): CellHours[] {
  const source = rangeSize(range).cols === 1 ? range.left - 1 : range.left;
  if (source < 0) return [];
  const cells: CellHours[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    if (!cellAddressAt(rows, columns, r, source)) continue;
    const hours = shownHours(rows, r, source);
    for (let c = source + 1; c <= range.right; c++) {
      const cell = cellAddressAt(rows, columns, r, c);
      if (cell) cells.push({ cell, hours });
    }
  }
  return cells;
}

/**
 * Ctrl+D over a range, as in Excel: each column's first selected task row is copied down into the
 * task rows below it in the selection. A range one row high takes the task row right above it.
 * Person and demand rows are sums, not sources or targets.
 */
export function filledDown(rows: readonly GridRow[], columns: readonly WeekColumn[], range: CellRange): CellHours[] {
  const taskRows: number[] = [];
  const first = rangeSize(range).rows === 1 ? range.top - 1 : range.top;
  for (let r = Math.max(0, first); r <= range.bottom; r++) if (rows[r]?.kind === "task") taskRows.push(r);
  if (taskRows.length < 2 || (first !== range.top && taskRows[0] !== first)) return [];
  const [source, ...targets] = taskRows;
  const cells: CellHours[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const hours = shownHours(rows, source, c);
    for (const r of targets) {
      const cell = cellAddressAt(rows, columns, r, c);
      if (cell) cells.push({ cell, hours });
    }
  }
  return cells;
}

/** The hours of a range as shown, row by row (sums on person and demand rows). */
export function rangeHours(rows: readonly GridRow[], range: CellRange): number[][] {
  const values: number[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const line: number[] = [];
    for (let c = range.left; c <= range.right; c++) line.push(shownHours(rows, r, c));
    values.push(line);
  }
  return values;
}

/**
 * Where a pasted block goes, as in Excel: from the range's top-left cell, the block's own size; a
 * range that is a whole multiple of the block (one copied value over many cells, a week pattern
 * over several people) gets the block repeated over it. Cells on rows that hold no bookings are
 * undefined (the reducer counts them as not pasted).
 */
export function pasteTargets(
  rows: readonly GridRow[],
  columns: readonly WeekColumn[],
  range: CellRange,
  block: readonly (readonly string[])[]
): { targets: (CellAddress | undefined)[][]; block: string[][] } {
  const height = block.length;
  const width = Math.max(...block.map((line) => line.length));
  const size = rangeSize(range);
  const repeat = size.rows % height === 0 && size.cols % width === 0;
  const outRows = repeat ? size.rows : height;
  const outCols = repeat ? size.cols : width;
  const texts: string[][] = [];
  const targets: (CellAddress | undefined)[][] = [];
  for (let r = 0; r < outRows; r++) {
    const line = block[r % height];
    const textLine: string[] = [];
    const targetLine: (CellAddress | undefined)[] = [];
    for (let c = 0; c < outCols; c++) {
      // A short line (Excel leaves no trailing tab for an empty last cell) is empty there.
      if (!repeat && c >= line.length) continue;
      textLine.push(line[c % width] ?? "");
      targetLine.push(cellAddressAt(rows, columns, range.top + r, range.left + c));
    }
    texts.push(textLine);
    targets.push(targetLine);
  }
  return { targets, block: texts };
}
