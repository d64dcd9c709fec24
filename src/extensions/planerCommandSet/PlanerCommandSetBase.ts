/**
 * Commands on the municipality's Planer list: Markér som påbegyndt / fuldført (ETag-safe bulk
 * status with a result dialog), Åbn i ØiR-tidsplan and Opdatér fra KOMBIT (both open the
 * timeline page, where the plan and the update dialog live). Decisions are in ./planerCommands.
 * Only APIs SPFx 1.4.1 has are used here; how the list view reports its state differs per
 * runtime: PlanerCommandSet (SharePoint Online) and src/sp2019/extensions (SharePoint Server).
 */
import { Dialog } from "@microsoft/sp-dialog";
import {
  BaseListViewCommandSet,
  type IListViewCommandSetExecuteEventParameters,
  type RowAccessor
} from "@microsoft/sp-listview-extensibility";
import { SPPermission } from "@microsoft/sp-page-context";
import * as strings from "PlanerCommandSetStrings";
import type { WriteResult } from "../../data/repositories";
import type { TaskStatus } from "../../domain/model";
import { createPlanRepositories } from "../../webparts/shared/createPlanRepositories";
import { DEFAULT_PLAN_LIST_TITLE, resolvePlanSource } from "../../webparts/shared/planSourceProperties";
import { describeFailure, formatText, resultSummary } from "./commandMessages";
import { StatusResultDialog } from "./StatusResultDialog";
import {
  COMMAND,
  type CommandId,
  isCommandVisible,
  type ListViewSituation,
  openInTimelineUrl,
  type SelectedPlanRow,
  statusChangesFor,
  statusOutcome,
  timelinePageUrl,
  updateFromKombitUrl
} from "./planerCommands";

/** ClientSideComponentProperties (elements.xml, ClientSideInstance.xml, serve.json). */
export interface IPlanerCommandSetProperties {
  /** The municipality's plan list the commands show on (default "Planer"). */
  planListTitle?: string;
  /** Page with the ØiR-tidsplan web part; default SitePages/OiR-tidsplan.aspx of the current site. */
  timelinePageUrl?: string;
  /** KOMBIT's plan site (absolute or /sites/…); default the current site. */
  kombitSiteUrl?: string;
}

const COMMAND_TITLES: Record<CommandId, string> = {
  [COMMAND.markStarted]: strings.CommandMarkStarted,
  [COMMAND.markCompleted]: strings.CommandMarkCompleted,
  [COMMAND.openInTimeline]: strings.CommandOpenInTimeline,
  [COMMAND.updateFromKombit]: strings.CommandUpdateFromKombit
};

function selectedPlanRow(row: RowAccessor): SelectedPlanRow {
  const version = Number(row.getValueByName("owshiddenversion"));
  return {
    itemId: Number(row.getValueByName("ID")),
    title: String(row.getValueByName("Title") ?? ""),
    version: Number.isInteger(version) && version > 0 ? version : undefined
  };
}

/**
 * The instance that shows the commands on this page. A site that installed the app (elements.xml)
 * and a tenant-wide deployment (ClientSideInstance.xml) both register the command set; both
 * instances share this module, and the second keeps its commands hidden instead of doubling them.
 */
let activeInstanceId: number | undefined;
let instanceCount = 0;

/** What the list view shows now, as each runtime reports it. */
export interface ListViewState {
  listTitle: string | undefined;
  selectedCount: number;
}

export abstract class PlanerCommandSetBase extends BaseListViewCommandSet<IPlanerCommandSetProperties> {
  private readonly registrationNumber = ++instanceCount;

  public onInit(): Promise<void> {
    const duplicate = activeInstanceId !== undefined && activeInstanceId !== this.registrationNumber;
    for (const id of Object.values(COMMAND)) {
      const command = this.tryGetCommand(id);
      if (!command) continue;
      command.title = COMMAND_TITLES[id];
      if (duplicate) command.visible = false;
    }
    if (duplicate) return Promise.resolve();
    activeInstanceId = this.registrationNumber;
    this.watchListView();
    this.updateCommandVisibility();
    return Promise.resolve();
  }

  protected onDispose(): void {
    if (activeInstanceId === this.registrationNumber) activeInstanceId = undefined;
    super.onDispose();
  }

  public onExecute(event: IListViewCommandSetExecuteEventParameters): void {
    const rows = event.selectedRows.map(selectedPlanRow);
    switch (event.itemId) {
      case COMMAND.markStarted:
        this.run(this.setStatus(rows, "started"));
        break;
      case COMMAND.markCompleted:
        this.run(this.setStatus(rows, "completed"));
        break;
      case COMMAND.openInTimeline:
        window.location.assign(openInTimelineUrl(this.timelinePage, rows.map((r) => r.itemId)));
        break;
      case COMMAND.updateFromKombit:
        window.location.assign(updateFromKombitUrl(this.timelinePage));
        break;
      default:
        throw new Error(`Unknown command: ${event.itemId}`);
    }
  }

  private get timelinePage(): string {
    return timelinePageUrl(this.properties.timelinePageUrl, this.context.pageContext.web.absoluteUrl);
  }

  /** Starts following the list view: updateCommandVisibility on each change. */
  protected abstract watchListView(): void;

  /** The list view's title and selection now. */
  protected abstract listViewState(): ListViewState;

  /** Tells the host the commands changed (where it does not re-read them by itself). */
  protected abstract commandsChanged(): void;

  private situation(): ListViewSituation {
    const list = this.context.pageContext.list;
    const view = this.listViewState();
    return {
      listTitle: view.listTitle ?? list?.title,
      planListTitle: this.properties.planListTitle || DEFAULT_PLAN_LIST_TITLE,
      selectedCount: view.selectedCount,
      canEdit: list?.permissions.hasPermission(SPPermission.editListItems) ?? false
    };
  }

  protected updateCommandVisibility(): void {
    const situation = this.situation();
    let changed = false;
    for (const id of Object.values(COMMAND)) {
      const command = this.tryGetCommand(id);
      const visible = isCommandVisible(id, situation);
      if (command && command.visible !== visible) {
        command.visible = visible;
        changed = true;
      }
    }
    if (changed) this.commandsChanged();
  }

  private async setStatus(rows: SelectedPlanRow[], status: TaskStatus): Promise<void> {
    const source = resolvePlanSource(
      { kombitSiteUrl: this.properties.kombitSiteUrl ?? "" },
      { webAbsoluteUrl: this.context.pageContext.web.absoluteUrl, webTitle: this.context.pageContext.web.title }
    );
    const repositories = createPlanRepositories(this.context, source, this.manifest.version);
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

  /** Runs a command's work and shows any failure: nothing is swallowed. */
  private run(work: Promise<void>): void {
    work.catch(async (error: unknown) => {
      console.error(error);
      await Dialog.alert(formatText(strings.ErrorCommandFailed, error instanceof Error ? error.message : String(error)));
    }).catch((dialogError: unknown) => console.error(dialogError));
  }
}
