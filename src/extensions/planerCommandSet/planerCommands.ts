/**
 * What the Planer command set decides on every list view, as plain functions without SPFx: which
 * commands show for the current list, selection and rights, and where "Åbn i ØiR-tidsplan" and
 * "Opdatér fra KOMBIT" lead. This is part of the always-loaded bundle: keep it free of data code
 * (the status writes are in ./statusChanges and load on demand).
 */
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
  /**
   * Whether the list is a municipality's local plan (./localPlanProbe: recognised by its columns,
   * whatever its title); undefined until the list's columns have been read.
   */
  isLocalPlanList: boolean | undefined;
  selectedCount: number;
  /** EditListItems on the list. */
  canEdit: boolean;
}

/** Whether a command applies: only on a local plan list; writes need edit rights; item commands need a selection. */
export function isCommandVisible(command: CommandId, situation: ListViewSituation): boolean {
  if (situation.isLocalPlanList !== true) return false;
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
