/**
 * Reading a plan for the session and choosing the wave: one read of each list per load, shared
 * by every view of the session, and the user's waiting writes laid over what SharePoint holds
 * (a change SharePoint has not received yet is still the user's latest value).
 */
import type { Wave } from "../domain/model";
import type { PendingWrite, PlanRepositories } from "../data/repositories";
import { queuedStateChanges } from "../data/pending/queuedStates";
import { ListNotFoundError } from "../data/errors";
import type { SessionPlan } from "./planReducer";

/**
 * Reads everything both views show, each list once. A municipality's own list that does not exist
 * yet is not an error here: on a site where the solution was deployed tenant-wide no feature made
 * the lists, and "Opret lokal tidsplan" (shown for an empty plan) is what makes them. The plan is
 * then read as empty, with the missing lists named. KOMBIT's lists missing stays an error.
 */
export async function loadPlan(repositories: PlanRepositories): Promise<SessionPlan> {
  const missingLists: string[] = [];
  const local = <T>(read: () => Promise<T>, empty: T): Promise<T> =>
    read().catch((error: unknown) => {
      if (!(error instanceof ListNotFoundError)) throw error;
      if (!missingLists.includes(error.listTitle)) missingLists.push(error.listTitle);
      return empty;
    });
  const [waves, rows, canEdit, me, members, bookings, attendance] = await Promise.all([
    repositories.master.getWaves(),
    local(() => repositories.local.getRows(), []),
    local(() => repositories.local.canEdit(), false),
    repositories.people.currentUser(),
    local(() => repositories.workingGroup.getMembers(), []),
    local(() => repositories.bookings.getBookings(), []),
    local(() => repositories.attendance.getAttendance(), [])
  ]);
  return {
    waves,
    rows,
    canEdit,
    me,
    workingGroup: members.map((m) => m.value),
    bookings: bookings.map((b) => b.value),
    attendance,
    ...(missingLists.length > 0 ? { missingLists } : {})
  };
}

/** The plan as the user will see it once the queue is sent, and the tasks whose value still waits. */
export function withQueuedChanges(plan: SessionPlan, writes: readonly PendingWrite[]): { plan: SessionPlan; pendingTasks: number[] } {
  const queued = queuedStateChanges(writes);
  if (queued.size === 0) return { plan, pendingTasks: [] };
  const pendingTasks: number[] = [];
  const rows = plan.rows.map((row) => {
    const changes = queued.get(row.itemId);
    if (!changes) return row;
    pendingTasks.push(row.task.id);
    return { ...row, state: { ...row.state, ...changes, taskId: row.task.id } };
  });
  return { plan: { ...plan, rows }, pendingTasks };
}

/** The wave to show: the one asked for if it exists, else the first one the local plan uses, else the first. */
export function pickWave(plan: Pick<SessionPlan, "waves" | "rows">, wanted: string | undefined): Wave | undefined {
  const asked = wanted ? plan.waves.find((w) => w.title === wanted) : undefined;
  if (asked) return asked;
  const used = new Set(plan.rows.flatMap((row) => row.task.waves));
  return plan.waves.find((w) => used.has(w.title)) ?? plan.waves[0];
}
