/**
 * What the local plan's queued writes hold, for the views that show a pending change: a write
 * SharePoint did not answer is still the user's latest value, so after a reload the row shows
 * it (marked pending) rather than the older value SharePoint has. The op name and the argument
 * shape are the local plan repository's (it queues `{ ref, changes }` under this op).
 */
import type { LocalTaskState } from "../../domain/model";
import type { ItemRef, PendingWrite } from "../repositories";

/** The pending-queue op of a local state save (single or a part of a bulk save). */
export const UPDATE_STATE_OP = "localPlan.updateState";

/** Local fields as a queued save holds them (JSON: a cleared field is absent, not undefined). */
export type QueuedStateChanges = Partial<Omit<LocalTaskState, "taskId">>;

interface UpdateStateArgs {
  ref: ItemRef;
  changes: QueuedStateChanges;
}

function isUpdateStateArgs(args: unknown): args is UpdateStateArgs {
  if (typeof args !== "object" || args === null) return false;
  const { ref, changes } = args as Partial<UpdateStateArgs>;
  return typeof ref?.itemId === "number" && typeof changes === "object" && changes !== null;
}

/** Whether a queued write is still to be sent (not one a retry found in conflict or refused). */
export function isWaiting(write: PendingWrite): boolean {
  return write.status === "waiting" || write.status === "retrying";
}

/**
 * The local fields each list item's waiting saves will write, oldest first merged (a later save
 * of the same field wins), by item id.
 */
export function queuedStateChanges(writes: readonly PendingWrite[]): Map<number, QueuedStateChanges> {
  const byItem = new Map<number, QueuedStateChanges>();
  for (const write of writes) {
    if (write.op !== UPDATE_STATE_OP || !isWaiting(write) || !isUpdateStateArgs(write.args)) continue;
    const { ref, changes } = write.args;
    byItem.set(ref.itemId, { ...byItem.get(ref.itemId), ...changes });
  }
  return byItem;
}
