/**
 * Planer (KOMBIT's master plan, and the master columns of the municipality's copy) ↔ KlikTask.
 */
import type { Integration, KlikTask } from "../../domain/model";
import { INTEGRATIONS } from "../../domain/model";
import {
  commentsFromNote,
  commentsToNote,
  kindFromChoice,
  kindToChoice,
  linesFromNote,
  linesToNote,
  multiValues,
  numberOr,
  SpLookupValue,
  SpMulti,
  versionFromEtag
} from "./fieldValues";

/** A Planer item as read with TASK_SELECT/TASK_EXPAND (minimal-metadata JSON). */
export interface SpTaskItem {
  Id: number;
  "odata.etag"?: string;
  Title?: string | null;
  OirMasterId?: number | null;
  OirCode?: string | null;
  OirProject?: string | null;
  OirPhase?: string | null;
  OirTheme?: string | null;
  OirPriority?: number | null;
  OirIsInfrastructure?: boolean | null;
  OirEffortDays?: number | null;
  OirEndOffsetDays?: number | null;
  OirStartOffsetDays?: number | null;
  OirWaves?: string | null;
  OirKind?: string | null;
  OirIntegrations?: SpMulti<string>;
  OirRecommendedRoles?: string | null;
  OirInvolvedRoles?: string | null;
  OirPredecessors?: SpMulti<SpLookupValue>;
  OirDeclaredCritical?: boolean | null;
  OirGoal?: string | null;
  OirDescription?: string | null;
  OirMethod?: string | null;
  OirResult?: string | null;
  OirPublicationStatus?: string | null;
  OirComments?: string | null;
}

/** Plain (non-lookup) master columns, as selected and written. */
const TASK_FIELDS = [
  "Title",
  "OirMasterId",
  "OirCode",
  "OirProject",
  "OirPhase",
  "OirTheme",
  "OirPriority",
  "OirIsInfrastructure",
  "OirEffortDays",
  "OirEndOffsetDays",
  "OirStartOffsetDays",
  "OirWaves",
  "OirKind",
  "OirIntegrations",
  "OirRecommendedRoles",
  "OirInvolvedRoles",
  "OirDeclaredCritical",
  "OirGoal",
  "OirDescription",
  "OirMethod",
  "OirResult",
  "OirPublicationStatus",
  "OirComments"
] as const;

/** `$select` for a task row: the item id, the master columns and the predecessors' item ids. */
export const TASK_SELECT: readonly string[] = ["Id", ...TASK_FIELDS, "OirPredecessors/Id"];
export const TASK_EXPAND: readonly string[] = ["OirPredecessors"];

function toPriority(value: number | null | undefined): 1 | 2 | 3 {
  const p = numberOr(value, 2);
  return p <= 1 ? 1 : p >= 3 ? 3 : 2;
}

function toIntegrations(value: SpMulti<string>): Integration[] {
  return multiValues(value).filter((v): v is Integration => (INTEGRATIONS as readonly string[]).includes(v));
}

/** Item ids of the lookup targets of a multi-lookup field. */
export function lookupIds(value: SpMulti<SpLookupValue>): number[] {
  return multiValues(value).map((v) => v.Id);
}

/**
 * Item → KlikTask. Predecessors are stored as lookups to other rows of the same list, so their
 * item ids are turned into master ids with `masterIdByItemId` (built from all rows read).
 */
export function taskFromItem(item: SpTaskItem, masterIdByItemId: ReadonlyMap<number, number>): KlikTask {
  const predecessors = lookupIds(item.OirPredecessors).map((itemId) => {
    const masterId = masterIdByItemId.get(itemId);
    if (masterId === undefined) throw new RangeError(`Item ${item.Id} has a predecessor (item ${itemId}) that is not in the list`);
    return masterId;
  });
  return {
    id: numberOr(item.OirMasterId, NaN),
    code: item.OirCode ?? "",
    title: item.Title ?? "",
    project: item.OirProject ?? "",
    phase: item.OirPhase ?? "",
    theme: item.OirTheme ?? "",
    priority: toPriority(item.OirPriority),
    isInfrastructure: item.OirIsInfrastructure === true,
    effortDays: numberOr(item.OirEffortDays, 0),
    endOffsetDays: numberOr(item.OirEndOffsetDays, 0),
    startOffsetDays: numberOr(item.OirStartOffsetDays, 0),
    waves: linesFromNote(item.OirWaves),
    kind: kindFromChoice(item.OirKind),
    integrations: toIntegrations(item.OirIntegrations),
    recommendedRoles: linesFromNote(item.OirRecommendedRoles),
    involvedRoles: linesFromNote(item.OirInvolvedRoles),
    predecessors,
    declaredCritical: item.OirDeclaredCritical === true,
    goal: item.OirGoal ?? "",
    descriptionHtml: item.OirDescription ?? "",
    methodSteps: linesFromNote(item.OirMethod),
    result: item.OirResult ?? "",
    publicationStatus: item.OirPublicationStatus ?? "",
    comments: commentsFromNote(item.OirComments),
    version: versionFromEtag(item["odata.etag"])
  };
}

/** Master ids by item id, for resolving predecessor lookups. Items without a master id are skipped. */
export function masterIdIndex(items: readonly Pick<SpTaskItem, "Id" | "OirMasterId">[]): Map<number, number> {
  const index = new Map<number, number>();
  for (const item of items) {
    if (typeof item.OirMasterId === "number") index.set(item.Id, item.OirMasterId);
  }
  return index;
}

/**
 * KlikTask → the master columns to write. Predecessors are written separately as
 * `OirPredecessorsId` once the target rows' item ids are known (see predecessorsToItem).
 */
export function taskToItem(task: KlikTask): Record<string, unknown> {
  if (!Number.isInteger(task.id)) throw new RangeError(`A task needs an integer master id: ${task.code}`);
  return {
    Title: task.title,
    OirMasterId: task.id,
    OirCode: task.code,
    OirProject: task.project,
    OirPhase: task.phase,
    OirTheme: task.theme,
    OirPriority: task.priority,
    OirIsInfrastructure: task.isInfrastructure,
    OirEffortDays: task.effortDays,
    OirEndOffsetDays: task.endOffsetDays,
    OirStartOffsetDays: task.startOffsetDays,
    OirWaves: linesToNote(task.waves),
    OirKind: kindToChoice(task.kind),
    OirIntegrations: [...task.integrations],
    OirRecommendedRoles: linesToNote(task.recommendedRoles),
    OirInvolvedRoles: linesToNote(task.involvedRoles),
    OirDeclaredCritical: task.declaredCritical,
    OirGoal: task.goal,
    OirDescription: task.descriptionHtml,
    OirMethod: linesToNote(task.methodSteps),
    OirResult: task.result,
    OirPublicationStatus: task.publicationStatus,
    OirComments: commentsToNote(task.comments)
  };
}

/** Master ids → `{ OirPredecessorsId: [itemIds] }`; an unknown master id throws (it would be silently lost). */
export function predecessorsToItem(
  field: "OirPredecessorsId" | "OirLocalPredecessorsId",
  masterIds: readonly number[],
  itemIdByMasterId: ReadonlyMap<number, number>
): Record<string, number[]> {
  const ids = masterIds.map((masterId) => {
    const itemId = itemIdByMasterId.get(masterId);
    if (itemId === undefined) throw new RangeError(`No row for predecessor with master id ${masterId}`);
    return itemId;
  });
  return { [field]: ids };
}
