/** KOMBIT's Planer written in memory (KLIK import in the demo and component tests), same rules as PnPjs. */
import type { KlikTask } from "../../domain/model";
import { AccessDeniedError } from "../errors";
import { versionFromEtag } from "../mappers/fieldValues";
import type { MasterPlanWriter } from "../repositories";
import { MemoryTable } from "./memoryTable";

function assertPredecessors(task: KlikTask, itemIdByMasterId: ReadonlyMap<number, number>): void {
  for (const p of task.predecessors) {
    if (!itemIdByMasterId.has(p)) throw new RangeError(`No row for predecessor with master id ${p}`);
  }
}

/**
 * The master table is read-only for the plan's users (MemoryTable refuses writes), so the writer
 * checks the rights itself and writes as the plan's maintainer (ETags checked by the table).
 */
export function createMemoryMasterPlanWriter(tasks: MemoryTable<KlikTask>, options: { canEdit?: () => boolean } = {}): MasterPlanWriter {
  const canEdit = options.canEdit ?? ((): boolean => true);
  const assertCanEdit = (): void => {
    if (!canEdit()) throw new AccessDeniedError({ status: 403, serverMessage: "Access denied. You do not have permission to perform this action or access this resource." });
  };
  return {
    addTask: async (task, itemIdByMasterId) => {
      assertCanEdit();
      assertPredecessors(task, itemIdByMasterId);
      const stored = tasks.seed({ ...task, version: 1 });
      return stored;
    },
    updateTask: async (ref, task, itemIdByMasterId) => {
      assertCanEdit();
      assertPredecessors(task, itemIdByMasterId);
      // The ETag is checked to be current before `next` runs, so the new version is one past it.
      return tasks.updateAsMaintainer(ref, () => ({ ...task, version: (versionFromEtag(ref.etag) ?? 0) + 1 }), task);
    },
    canEdit: async () => canEdit()
  };
}
