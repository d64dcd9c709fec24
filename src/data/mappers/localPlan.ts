/**
 * The municipality's Planer (master columns + local columns) ↔ LocalPlanRow / LocalTaskState.
 */
import type { LocalTaskState, Person } from "../../domain/model";
import type { LocalPlanRow } from "../repositories";
import { fromSharePointDate, toSharePointDateOrNull } from "./dateOnly";
import {
  numberOr,
  personFromField,
  personSelect,
  SpLookupValue,
  SpMulti,
  SpPersonValue,
  statusFromChoice,
  statusToChoice
} from "./fieldValues";
import { lookupIds, SpTaskItem, TASK_EXPAND, TASK_SELECT, taskFromItem } from "./masterTask";

export interface SpLocalPlanItem extends SpTaskItem {
  OirMasterItemId?: number | null;
  OirMasterVersion?: number | null;
  OirLocalStart?: string | null;
  OirLocalEnd?: string | null;
  OirResponsible?: SpPersonValue | null;
  OirPerformer?: SpPersonValue | null;
  OirStatus?: string | null;
  OirNote?: string | null;
  OirLocalPredecessors?: SpMulti<SpLookupValue>;
}

export const LOCAL_PLAN_SELECT: readonly string[] = [
  ...TASK_SELECT,
  "OirMasterItemId",
  "OirMasterVersion",
  "OirLocalStart",
  "OirLocalEnd",
  ...personSelect("OirResponsible"),
  ...personSelect("OirPerformer"),
  "OirStatus",
  "OirNote",
  "OirLocalPredecessors/Id"
];
export const LOCAL_PLAN_EXPAND: readonly string[] = [...TASK_EXPAND, "OirResponsible", "OirPerformer", "OirLocalPredecessors"];

/** The local fields a user edits (everything of LocalTaskState but the key). */
export type LocalStateChanges = Partial<Omit<LocalTaskState, "taskId">>;

/**
 * A local date as read. A value that is no date is kept as it stands instead of failing the
 * whole plan: the schedule flags it (dateOutsideWindow, "notADate") and uses KOMBIT's date, and
 * the user sees the value and corrects it. A date outside the plan's window is kept the same way.
 */
function localDateFromItem(value: string | null | undefined): string | undefined {
  try {
    return fromSharePointDate(value);
  } catch (error) {
    if (error instanceof RangeError && typeof value === "string") return value;
    throw error;
  }
}

/** Item → row. `masterIdByItemId` maps this list's item ids to master ids (for both lookup fields). */
export function localRowFromItem(item: SpLocalPlanItem, masterIdByItemId: ReadonlyMap<number, number>): LocalPlanRow {
  const task = taskFromItem(item, masterIdByItemId);
  const localPredecessorIds = lookupIds(item.OirLocalPredecessors);
  const state: LocalTaskState = {
    taskId: task.id,
    status: statusFromChoice(item.OirStatus),
    note: item.OirNote ?? ""
  };
  const localStart = localDateFromItem(item.OirLocalStart);
  const localEnd = localDateFromItem(item.OirLocalEnd);
  const responsible = personFromField(item.OirResponsible);
  const performer = personFromField(item.OirPerformer);
  if (localStart !== undefined) state.localStart = localStart;
  if (localEnd !== undefined) state.localEnd = localEnd;
  if (responsible) state.responsible = responsible;
  if (performer) state.performer = performer;
  if (localPredecessorIds.length > 0) {
    state.localPredecessors = localPredecessorIds.map((id) => {
      const masterId = masterIdByItemId.get(id);
      if (masterId === undefined) throw new RangeError(`Item ${item.Id} has a local predecessor (item ${id}) that is not in the list`);
      return masterId;
    });
  }
  return {
    itemId: item.Id,
    etag: item["odata.etag"] ?? "",
    task,
    state,
    masterItemId: numberOr(item.OirMasterItemId, 0),
    masterVersion: numberOr(item.OirMasterVersion, 0)
  };
}

/** Site user id of a person: its own id, or the one resolved (ensureUser) by e-mail. */
export type PersonIdResolver = (person: Person) => number;

function has<K extends keyof LocalStateChanges>(changes: LocalStateChanges, key: K): boolean {
  return Object.prototype.hasOwnProperty.call(changes, key);
}

/**
 * Changed local fields → item properties. A key present with `undefined` clears the field; an
 * absent key is left alone. Persons are written as ids, local predecessors as item ids.
 */
export function stateChangesToItem(
  changes: LocalStateChanges,
  personId: PersonIdResolver,
  itemIdByMasterId: ReadonlyMap<number, number>
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (has(changes, "localStart")) props.OirLocalStart = toSharePointDateOrNull(changes.localStart);
  if (has(changes, "localEnd")) props.OirLocalEnd = toSharePointDateOrNull(changes.localEnd);
  if (has(changes, "responsible")) props.OirResponsibleId = changes.responsible ? personId(changes.responsible) : null;
  if (has(changes, "performer")) props.OirPerformerId = changes.performer ? personId(changes.performer) : null;
  if (has(changes, "status")) props.OirStatus = statusToChoice(changes.status ?? "notStarted");
  if (has(changes, "note")) props.OirNote = changes.note ?? "";
  if (has(changes, "localPredecessors")) {
    props.OirLocalPredecessorsId = (changes.localPredecessors ?? []).map((masterId) => {
      const itemId = itemIdByMasterId.get(masterId);
      if (itemId === undefined) throw new RangeError(`No local row for predecessor with master id ${masterId}`);
      return itemId;
    });
  }
  return props;
}

/** The local state of a row restricted to the keys of `changes`: what "theirs" is for those fields. */
export function pickState(state: LocalTaskState, changes: LocalStateChanges): LocalStateChanges {
  const picked: LocalStateChanges = {};
  for (const key of Object.keys(changes) as (keyof LocalStateChanges)[]) {
    (picked as Record<string, unknown>)[key] = state[key];
  }
  return picked;
}
