/**
 * KLIK import into KOMBIT's Planer: each parsed task is added, or, when a row with the same
 * Master-opgave ID exists, that row is updated with the ETag read — never a second row for the
 * same task. New rows go first, in an order that lets a new task point to another new one; a task
 * whose predecessor has no row is reported, not written.
 */
import type { KlikTask } from "../../domain/model";
import { asError } from "../errors";
import type { MasterPlanRepository, MasterPlanWriter, Stored } from "../repositories";

export type ImportOutcome =
  | { taskId: number; code: string; ok: true; action: "added" | "updated"; itemId: number }
  | { taskId: number; code: string; ok: false; error: Error };

/** Two tasks with the same Master-opgave ID in one paste: which one wins would be a guess. */
export class DuplicateInImportError extends Error {
  public constructor(public readonly taskId: number) {
    super(`Master-opgave ID ${taskId} appears more than once in the import`);
    this.name = "DuplicateInImportError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A predecessor that is neither in the master plan nor in the import. */
export class UnknownPredecessorError extends Error {
  public constructor(public readonly taskId: number, public readonly predecessorId: number) {
    super(`Task ${taskId} depends on Master-opgave ID ${predecessorId}, which is not in the plan`);
    this.name = "UnknownPredecessorError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Writes the tasks; one outcome per task, in the order given. */
export async function importKlikTasks(master: MasterPlanRepository, writer: MasterPlanWriter, tasks: readonly KlikTask[]): Promise<ImportOutcome[]> {
  const outcomes = new Map<number, ImportOutcome>();
  const counts = new Map<number, number>();
  tasks.forEach((t) => counts.set(t.id, (counts.get(t.id) ?? 0) + 1));
  const unique = tasks.filter((t) => {
    if ((counts.get(t.id) ?? 0) < 2) return true;
    outcomes.set(t.id, { taskId: t.id, code: t.code, ok: false, error: new DuplicateInImportError(t.id) });
    return false;
  });

  const existing = await master.getTasks();
  const storedById = new Map(existing.map((s) => [s.value.id, s]));
  const itemIds = new Map(existing.map((s) => [s.value.id, s.itemId]));
  const importedIds = new Set(unique.map((t) => t.id));

  // A predecessor must be in the plan already or come with this import.
  const writable = unique.filter((t) => {
    const missing = t.predecessors.find((p) => !itemIds.has(p) && !importedIds.has(p));
    if (missing === undefined) return true;
    outcomes.set(t.id, { taskId: t.id, code: t.code, ok: false, error: new UnknownPredecessorError(t.id, missing) });
    return false;
  });

  // New rows, each once all of its predecessors have a row.
  let pending = writable.filter((t) => !storedById.has(t.id));
  while (pending.length > 0) {
    const ready = pending.filter((t) => t.predecessors.every((p) => itemIds.has(p)));
    if (ready.length === 0) {
      // The rest wait on each other (a cycle) or on a task that failed to be added.
      for (const t of pending) {
        const missing = t.predecessors.find((p) => !itemIds.has(p)) as number;
        outcomes.set(t.id, { taskId: t.id, code: t.code, ok: false, error: new UnknownPredecessorError(t.id, missing) });
      }
      break;
    }
    for (const t of ready) {
      try {
        const added = await writer.addTask(t, itemIds);
        itemIds.set(t.id, added.itemId);
        outcomes.set(t.id, { taskId: t.id, code: t.code, ok: true, action: "added", itemId: added.itemId });
      } catch (e) {
        outcomes.set(t.id, { taskId: t.id, code: t.code, ok: false, error: asError(e) });
      }
    }
    pending = pending.filter((t) => !ready.includes(t));
  }

  for (const t of writable.filter((x) => storedById.has(x.id))) {
    const stored = storedById.get(t.id) as Stored<KlikTask>;
    try {
      const missing = t.predecessors.find((p) => !itemIds.has(p));
      if (missing !== undefined) throw new UnknownPredecessorError(t.id, missing);
      await writer.updateTask(stored, t, itemIds);
      outcomes.set(t.id, { taskId: t.id, code: t.code, ok: true, action: "updated", itemId: stored.itemId });
    } catch (e) {
      outcomes.set(t.id, { taskId: t.id, code: t.code, ok: false, error: asError(e) });
    }
  }
  return tasks.map((t) => outcomes.get(t.id) as ImportOutcome);
}
