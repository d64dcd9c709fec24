/**
 * Commands on the municipality's Planer list: Markér som påbegyndt / fuldført (ETag-safe bulk
 * status with a result dialog), Åbn i ØiR-tidsplan and Opdatér fra KOMBIT (both open the
 * timeline page, where the plan and the update dialog live). Decisions are in ./planerCommands.
 *
 * The command set is registered on every generic list, so this bundle loads on every list view
 * of a site: it holds only the visibility and the links (a few KB). Whether the list is a local
 * plan is read from its columns (./localPlanProbe) with SPFx's own HTTP client; the status
 * writes (PnPjs, the repositories, the result dialog) load on demand (./statusCommand).
 * Only APIs SPFx 1.4.1 has are used here; how the list view reports its state differs per
 * runtime: PlanerCommandSet (SharePoint Online) and src/sp2019/extensions (SharePoint Server).
 */
import { Dialog } from "@microsoft/sp-dialog";
import { SPHttpClient } from "@microsoft/sp-http";
import {
  BaseListViewCommandSet,
  type IListViewCommandSetExecuteEventParameters,
  type RowAccessor
} from "@microsoft/sp-listview-extensibility";
import { SPPermission } from "@microsoft/sp-page-context";
import * as strings from "PlanerCommandSetStrings";
import type { TaskStatus } from "../../domain/model";
import { formatText } from "../../ui/common/format";
import { hasLocalPlanColumns, localPlanFieldsUrl } from "./localPlanProbe";
import {
  COMMAND,
  type CommandId,
  isCommandVisible,
  type ListViewSituation,
  openInTimelineUrl,
  type SelectedPlanRow,
  timelinePageUrl,
  updateFromKombitUrl
} from "./planerCommands";

/** ClientSideComponentProperties (elements.xml, ClientSideInstance.xml, serve.json). */
export interface IPlanerCommandSetProperties {
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

/** Whether each list (by id) is a local plan, asked once per page. */
const localPlanAnswers = new Map<string, Promise<boolean>>();

/** What the list view shows now, as each runtime reports it. */
export interface ListViewState {
  listTitle: string | undefined;
  selectedCount: number;
}

export abstract class PlanerCommandSetBase extends BaseListViewCommandSet<IPlanerCommandSetProperties> {
  private readonly registrationNumber = ++instanceCount;
  /** The answer of localPlanProbe for the list the view shows; undefined while it is asked. */
  private isLocalPlanList: boolean | undefined;

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
    // The commands appear once the list's columns say it is a local plan; a failed probe keeps
    // them hidden and is reported in the console (the list itself works as always).
    this.probeLocalPlanList().then(
      (isLocal) => {
        this.isLocalPlanList = isLocal;
        this.updateCommandVisibility();
      },
      (error: unknown) => console.error("ØiR-planlægger: could not read the list's columns; the Planer commands stay hidden", error)
    );
    return Promise.resolve();
  }

  private probeLocalPlanList(): Promise<boolean> {
    const list = this.context.pageContext.list;
    if (!list) return Promise.resolve(false);
    const key = list.id.toString();
    let answer = localPlanAnswers.get(key);
    if (!answer) {
      const url = localPlanFieldsUrl(this.context.pageContext.web.absoluteUrl, key);
      answer = this.context.spHttpClient
        .get(url, SPHttpClient.configurations.v1, { headers: { Accept: "application/json;odata=nometadata" } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.statusText} from ${url}`);
          return hasLocalPlanColumns(await response.json());
        });
      // A failed answer is asked again by the next list view, not remembered.
      answer.catch(() => localPlanAnswers.delete(key));
      localPlanAnswers.set(key, answer);
    }
    return answer;
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
      isLocalPlanList: this.isLocalPlanList,
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
    const { runStatusCommand } = await import(/* webpackChunkName: "oir-status-command" */ "./statusCommand");
    await runStatusCommand({
      context: this.context,
      kombitSiteUrl: this.properties.kombitSiteUrl ?? "",
      listTitle: this.listViewState().listTitle ?? this.context.pageContext.list?.title ?? "",
      appVersion: this.manifest.version,
      rows,
      status
    });
  }

  /** Runs a command's work and shows any failure: nothing is swallowed. */
  private run(work: Promise<void>): void {
    work.catch(async (error: unknown) => {
      console.error(error);
      await Dialog.alert(formatText(strings.ErrorCommandFailed, error instanceof Error ? error.message : String(error)));
    }).catch((dialogError: unknown) => console.error(dialogError));
  }
}
