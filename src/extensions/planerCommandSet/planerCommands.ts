/**
 * What the Planer command set decides, as plain functions without SPFx: which commands show for
 * the current list, selection and rights; which status writes a selection turns into; where
 * "Åbn i ØiR-tidsplan" and "Opdatér fra KOMBIT" lead.
 */
import type { TaskStatus } from "../../domain/model";
import type { ItemRef, WriteResult } from "../../data/repositories";
import { TIMELINE_QUERY } from "../../ui/timeline/timelineQuery";

/** Command ids as in PlanerCommandSet.manifest.json (upper case, as SPFx requires). */
export const COMMAND = {
  markStarted: "MARK_STARTED",
  markCompleted: "MARK_COMPLETED",
  openInTimeline: "OPEN_IN_TIMELINE",
  updateFromKombit: "UPDATE_FROM_KOMBIT"
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

/** What the list view shows right now. */
export interface ListViewSituation {
  /** Title of the list the view shows (undefined outside a list). */
  listTitle: string | undefined;
  /** Title of the municipality's plan list the commands belong to. */
  planListTitle: string;
  selectedCount: number;
  /** EditListItems on the list. */
  canEdit: boolean;
}

export function isPlanList(situation: ListViewSituation): boolean {
  return (situation.listTitle ?? "").trim().toLowerCase() === situation.planListTitle.trim().toLowerCase();
}

/** Whether a command applies: only on the plan list; writes need edit rights; item commands need a selection. */
export function isCommandVisible(command: CommandId, situation: ListViewSituation): boolean {
  if (!isPlanList(situation)) return false;
  switch (command) {
    case COMMAND.markStarted:
    case COMMAND.markCompleted:
      return situation.canEdit && situation.selectedCount > 0;
    case COMMAND.openInTimeline:
      return situation.selectedCount > 0;
    case COMMAND.updateFromKombit:
      return situation.canEdit;
  }
}

/** A selected row as the list view shows it. */
export interface SelectedPlanRow {
  itemId: number;
  title: string;
  /** owshiddenversion as the view read it; the item's ETag is its quoted value. */
  version: number | undefined;
}

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

/** The page that holds ØiR-tidsplan: configured, or SitePages/OiR-tidsplan.aspx of the current web. */
export function timelinePageUrl(configured: string | undefined, webAbsoluteUrl: string): string {
  const page = (configured ?? "").trim();
  if (page === "") return `${webAbsoluteUrl.replace(/\/+$/, "")}/SitePages/OiR-tidsplan.aspx`;
  return page.startsWith("/") ? new URL(webAbsoluteUrl).origin + page : page;
}

export function openInTimelineUrl(pageUrl: string, itemIds: readonly number[]): string {
  const url = new URL(pageUrl);
  url.searchParams.set(TIMELINE_QUERY.items, itemIds.join(","));
  return url.toString();
}

export function updateFromKombitUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set(TIMELINE_QUERY.action, TIMELINE_QUERY.updateFromKombit);
  return url.toString();
}
