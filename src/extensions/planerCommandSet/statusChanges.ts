/**
 * The status writes of "Markér som påbegyndt / fuldført" as plain functions: one ETag-safe write
 * per selected row, and each row's outcome. Loaded on demand with ./statusCommand.
 */
import type { TaskStatus } from "../../domain/model";
import type { ItemRef, WriteResult } from "../../data/repositories";
import type { SelectedPlanRow } from "./planerCommands";

/** One status write per selected row, with the ETag of the version the user saw. */
export interface StatusChange {
  row: SelectedPlanRow;
  ref: ItemRef;
  changes: { status: TaskStatus };
}

/** Neither the list view nor the list gave the row's version: the item is gone. */
export class MissingVersionError extends Error {
  public constructor(public readonly itemId: number) {
    super(`Item ${itemId} has no version in the list view and was not found in the list`);
    this.name = "MissingVersionError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The outcome of a bulk status write, per row. */
export interface StatusOutcome {
  saved: SelectedPlanRow[];
  failed: { row: SelectedPlanRow; error: Error }[];
}

/**
 * The writes for a selection, each with the ETag of the version the view showed. Where the view
 * gave no version, the ETag just read from the list (`currentEtags`) stands in; a row with
 * neither is refused rather than written with "*", which would overwrite without a word.
 */
export function statusChangesFor(
  rows: readonly SelectedPlanRow[],
  status: TaskStatus,
  currentEtags: ReadonlyMap<number, string> = new Map()
): { changes: StatusChange[]; refused: StatusOutcome["failed"] } {
  const changes: StatusChange[] = [];
  const refused: StatusOutcome["failed"] = [];
  for (const row of rows) {
    const etag = row.version !== undefined ? `"${row.version}"` : currentEtags.get(row.itemId);
    if (etag === undefined) refused.push({ row, error: new MissingVersionError(row.itemId) });
    else changes.push({ row, ref: { itemId: row.itemId, etag }, changes: { status } });
  }
  return { changes, refused };
}

/** Pairs each write with its result (updateStates returns one per change, in order). */
export function statusOutcome(changes: readonly StatusChange[], results: readonly WriteResult[], refused: StatusOutcome["failed"] = []): StatusOutcome {
  const outcome: StatusOutcome = { saved: [], failed: [...refused] };
  changes.forEach((change, index) => {
    const result = results[index];
    if (!result) outcome.failed.push({ row: change.row, error: new Error(`No result for item ${change.row.itemId}`) });
    else if (result.ok) outcome.saved.push(change.row);
    else outcome.failed.push({ row: change.row, error: result.error });
  });
  return outcome;
}
