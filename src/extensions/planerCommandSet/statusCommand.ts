/**
 * "Markér som påbegyndt / fuldført": ETag-safe status writes for the selected rows through the
 * plan repositories (PnPjs), then a result dialog and a reload. Loaded on demand by the command
 * set (PlanerCommandSetBase), so the bundle every list view loads stays small: PnPjs, the
 * repositories and the dialog come only when a user runs one of these commands.
 */
import type { ISPFXContext } from "@pnp/sp";
import * as strings from "PlanerCommandSetStrings";
import type { TaskStatus } from "../../domain/model";
import type { WriteResult } from "../../data/repositories";
import { formatText } from "../../ui/common/format";
import { createPlanRepositories } from "../../webparts/shared/createPlanRepositories";
import { resolvePlanSource } from "../../webparts/shared/planSourceProperties";
import { describeFailure, resultSummary } from "./commandMessages";
import type { SelectedPlanRow } from "./planerCommands";
import { statusChangesFor, statusOutcome } from "./statusChanges";
import { StatusResultDialog } from "./StatusResultDialog";

export interface StatusCommandInput {
  context: ISPFXContext & { pageContext: { web: { absoluteUrl: string; title: string } } };
  /** KOMBIT's plan site from the command set's properties ("" for the current site). */
  kombitSiteUrl: string;
  /** The local plan list the view shows (recognised by its columns; its title may differ). */
  listTitle: string;
  appVersion: string;
  rows: SelectedPlanRow[];
  status: TaskStatus;
}

export async function runStatusCommand(input: StatusCommandInput): Promise<void> {
  const { context, rows, status } = input;
  const web = context.pageContext.web;
  const source = resolvePlanSource({ kombitSiteUrl: input.kombitSiteUrl }, { webAbsoluteUrl: web.absoluteUrl, webTitle: web.title });
  const repositories = createPlanRepositories(context, source, input.appVersion, { localPlan: input.listTitle });
  let results: WriteResult[] = [];
  let planned: ReturnType<typeof statusChangesFor>;
  try {
    // Rows the view gave no version for get the ETag of the list as it is now.
    const currentEtags = rows.some((r) => r.version === undefined)
      ? new Map((await repositories.local.getRows()).map((r): [number, string] => [r.itemId, r.etag]))
      : undefined;
    planned = statusChangesFor(rows, status, currentEtags);
    if (planned.changes.length > 0) {
      results = await repositories.local.updateStates(planned.changes.map(({ ref, changes }) => ({ ref, changes })));
    }
  } finally {
    // Writes still pending stay in the shared queue; the web parts send them again.
    repositories.stopAutoRetry();
  }
  const outcome = statusOutcome(planned.changes, results, planned.refused);

  await new StatusResultDialog({
    summary: resultSummary(outcome.saved.length, outcome.failed.length, rows.length),
    failures: outcome.failed.map(({ row, error }) => formatText(strings.FailureLine, row.title || `#${row.itemId}`, describeFailure(error))),
    note: outcome.saved.length > 0 ? strings.ResultReloadHint : undefined,
    okLabel: strings.ResultOk
  }).show();
  // The list view does not re-read items written over REST; a reload shows the new status.
  if (outcome.saved.length > 0) window.location.reload();
}
