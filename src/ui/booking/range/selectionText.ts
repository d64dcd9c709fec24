/**
 * What the grid says about a selected range, for the live region under it (screen readers hear it,
 * sighted users read it as Excel's status bar): the weeks, the rows, the cells and the task hours
 * in it ("Markeret: uge 11–13, 3 rækker, 9 celler. I alt 34 t på opgaverne.").
 */
import * as strings from "ResourceBookingWebPartStrings";
import * as common from "OirCommonStrings";
import { formatHours, formatText, pluralText } from "../../common/format";
import type { GridRow, WeekColumn } from "../bookingGridModel";
import { rangeSize, type CellRange } from "./rangeSelection";

export function selectionSummary(rows: readonly GridRow[], columns: readonly WeekColumn[], range: CellRange, locale: string): string {
  const first = columns[range.left];
  const last = columns[range.right];
  const weeks = range.left === range.right ? formatText(common.WeekLabel, first.week) : formatText(strings.SelectionWeeks, first.week, last.week);
  const size = rangeSize(range);
  const rowsText = formatText(pluralText(size.rows, strings.SelectionRowsOne, strings.SelectionRows), size.rows);
  // Person, demand and total rows are sums of task rows: only the task rows' hours are added up.
  let taskHours = 0;
  for (let r = range.top; r <= range.bottom; r++) {
    const row = rows[r];
    if (row?.kind !== "task") continue;
    for (let c = range.left; c <= range.right; c++) taskHours += row.hours[c] ?? 0;
  }
  return formatText(strings.SelectionSummary, weeks, rowsText, size.rows * size.cols, formatHours(Math.round(taskHours * 10) / 10, locale));
}

export function copiedText(cells: number): string {
  return formatText(pluralText(cells, strings.RangeCopiedOne, strings.RangeCopied), cells);
}
