/**
 * The plan session's tests run on the in-memory repositories (a real implementation of the
 * repository interfaces) with the real pending-writes queue in front of the local plan's saves,
 * as the PnPjs repositories put it there: while `network.down` is set, SharePoint does not
 * answer (ThrottledError after the retry budget) and the save is queued. No DOM, no React.
 */
import * as fs from "fs";
import * as path from "path";
import type { PlanData } from "../../../src/domain/model";
import { ThrottledError } from "../../../src/data/errors";
import { createMemoryRepositories, type MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { PendingWriteQueue, type StorageLike } from "../../../src/data/pending/pendingQueue";
import { UPDATE_STATE_OP } from "../../../src/data/pending/queuedStates";
import type { ItemRef, LocalPlanRepository, WriteResult } from "../../../src/data/repositories";
import { PlanSession } from "../../../src/session/planSession";

export const WAVE_5 = "KY - Bølge 5";
export const PL12 = 519;
export const PL10 = 501;

export function samplePlan(): PlanData {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "samples", "ky-boelge-5.json"), "utf8")) as PlanData;
}

export class MemoryStorage implements StorageLike {
  public readonly data = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

export interface Network {
  down: boolean;
}

type StateChanges = Parameters<LocalPlanRepository["updateState"]>[1];

function noAnswer(): ThrottledError {
  return new ThrottledError({ status: 503, attempts: 6, serverMessage: "Tjenesten er ikke tilgængelig" });
}

/**
 * Memory repositories whose local plan saves go through a pending queue kept in `storage`;
 * a second call with the same data and storage is the same user after a page reload.
 */
export function repositoriesWithQueue(
  storage: StorageLike = new MemoryStorage(),
  memory: MemoryRepositories = createMemoryRepositories(samplePlan())
): { repositories: MemoryRepositories & { pending: PendingWriteQueue }; memory: MemoryRepositories; network: Network; queue: PendingWriteQueue } {
  const network: Network = { down: false };
  const queue = new PendingWriteQueue({ storage, key: "session-test" });
  const send = async (ref: ItemRef, changes: StateChanges): Promise<string> => {
    if (network.down) throw noAnswer();
    return memory.local.updateState(ref, changes);
  };
  queue.register(UPDATE_STATE_OP, (args) => {
    const { ref, changes } = args as { ref: ItemRef; changes: StateChanges };
    return send(ref, changes);
  });
  const input = (ref: ItemRef, changes: StateChanges): { op: string; args: unknown; listTitle: string; itemId: number } => ({
    op: UPDATE_STATE_OP,
    args: { ref, changes },
    listTitle: "Planer",
    itemId: ref.itemId
  });
  const local: LocalPlanRepository = {
    ...memory.local,
    updateState: (ref, changes) => queue.sendOrQueue(input(ref, changes), () => send(ref, changes)),
    updateStates: async (parts) => {
      const results: WriteResult[] = [];
      for (const { ref, changes } of parts) {
        try {
          results.push({ key: ref.itemId, ok: true, etag: await queue.sendOrQueue(input(ref, changes), () => send(ref, changes)) });
        } catch (e) {
          results.push({ key: ref.itemId, ok: false, error: e as Error });
        }
      }
      return results;
    }
  };
  return { repositories: { ...memory, local, pending: queue }, memory, network, queue };
}

/** The stored local row of a task. */
export function stored(memory: MemoryRepositories, taskId: number): { itemId: number; etag: string; state: { localStart?: string; localEnd?: string; note: string; status: string } } {
  const found = memory.tables.local.all().find((s) => s.value.task.id === taskId);
  if (!found) throw new Error(`No stored row for task ${taskId}`);
  return { itemId: found.itemId, etag: found.etag, state: found.value.state };
}

/** The session's row of a task (what a view draws). */
export function shown(session: PlanSession, taskId: number): { etag: string; state: { localStart?: string; localEnd?: string; note: string; status: string } } {
  const { state } = session.getSnapshot();
  if (state.phase !== "ready") throw new Error(`The plan is ${state.phase}`);
  const row = state.plan.rows.find((r) => r.task.id === taskId);
  if (!row) throw new Error(`No row for task ${taskId}`);
  return row;
}

export function saveOf(session: PlanSession, taskId: number): string | undefined {
  const { state } = session.getSnapshot();
  return state.phase === "ready" ? state.saves.get(taskId)?.kind : undefined;
}

/** Lets promises settle and timers up to `ms` run (fake timers). */
export async function pass(ms: number = 0): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

/** A started, attached session with its plan loaded. */
export async function startedSession(repositories: ConstructorParameters<typeof PlanSession>[0]): Promise<{ session: PlanSession; detach: () => void }> {
  const session = new PlanSession(repositories);
  const detach = session.attach();
  session.start();
  await pass();
  if (session.getSnapshot().state.phase !== "ready") throw new Error("The plan did not load");
  return { session, detach };
}
