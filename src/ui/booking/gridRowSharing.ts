/**
 * Structural sharing between two grid models: a row whose content did not change keeps the
 * object of the previous model, so memoized grid rows skip it. A cell edit then re-renders only
 * the edited person's rows, the totals and the rows whose coverage changed. Pure.
 */
import type { TaskCoverage } from "../../domain/bookings";
import type { GridModel, GridRow } from "./bookingGridModel";

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameCoverage(a: TaskCoverage, b: TaskCoverage): boolean {
  return a.taskId === b.taskId && a.neededHours === b.neededHours && a.bookedHours === b.bookedHours && a.missingHours === b.missingHours && a.covered === b.covered;
}

/** Whether two rows with the same key show the same thing. */
function sameRow(a: GridRow, b: GridRow): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case "demand":
      return b.kind === "demand" && a.role === b.role && a.staffed === b.staffed && sameItems(a.hours, b.hours);
    case "person":
      return (
        b.kind === "person" &&
        a.member === b.member &&
        a.role === b.role &&
        a.expanded === b.expanded &&
        a.taskCount === b.taskCount &&
        a.former === b.former &&
        a.total === b.total &&
        sameItems(a.hours, b.hours) &&
        sameItems(a.capacity, b.capacity)
      );
    case "task":
      return (
        b.kind === "task" &&
        a.member === b.member &&
        a.task === b.task &&
        a.critical === b.critical &&
        a.byRole === b.byRole &&
        a.former === b.former &&
        sameItems(a.assignedAs, b.assignedAs) &&
        a.total === b.total &&
        sameItems(a.hours, b.hours) &&
        sameItems(a.inWindow, b.inWindow) &&
        sameCoverage(a.coverage, b.coverage)
      );
    case "former":
    case "total":
      return b.kind === a.kind && a.total === b.total && sameItems(a.hours, b.hours);
  }
}

/** `next` with every unchanged row (and unchanged columns) replaced by the previous model's object. */
export function shareUnchangedRows(previous: GridModel | undefined, next: GridModel): GridModel {
  if (!previous) return next;
  const before = new Map(previous.rows.map((r) => [r.key, r]));
  let reused = 0;
  const rows = next.rows.map((row) => {
    const old = before.get(row.key);
    if (old && sameRow(old, row)) {
      reused++;
      return old;
    }
    return row;
  });
  const columns = sameColumns(previous, next) ? previous.columns : next.columns;
  if (columns === previous.columns && reused === rows.length && rows.length === previous.rows.length && rows.every((r, i) => r === previous.rows[i])) return previous;
  return { columns, rows };
}

function sameColumns(a: GridModel, b: GridModel): boolean {
  if (a.columns.length !== b.columns.length) return false;
  return a.columns.every((c, i) => {
    const d = b.columns[i];
    return c.weekStart === d.weekStart && c.daysOff.length === d.daysOff.length && c.daysOff.every((x, j) => x === d.daysOff[j]);
  });
}
