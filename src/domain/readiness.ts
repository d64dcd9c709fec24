/**
 * Readiness: how far the municipality is with what PL 12 asks for (tasks owned, performed,
 * resourced, started, completed; webinars attended).
 */
import { taskCoverage, type BookingOptions } from "./bookings";
import type { Booking, LocalTaskState, WebinarAttendance } from "./model";
import type { ScheduledTask } from "./schedule";
import { isKombitOnlyTask } from "./roles";

/** A count out of a total, with the share (0 when the total is 0). */
export interface Share {
  count: number;
  total: number;
  share: number;
}

/** Readiness figures over the tasks (kind "task") and the webinars of a plan. */
export interface Readiness {
  withResponsible: Share;
  withPerformer: Share;
  /**
   * Tasks whose bookings cover their demand (tasks without effort, and tasks only KOMBIT's own
   * roles perform, which ask no hours of the municipality, count as covered).
   */
  coveredByBookings: Share;
  /** Tasks with bookings that do not yet cover their demand (started on, not done). */
  partlyCoveredByBookings: Share;
  /** Started or completed. */
  started: Share;
  completed: Share;
  webinarsWithAttendees: Share;
}

function share(count: number, total: number): Share {
  return { count, total, share: total === 0 ? 0 : count / total };
}

/** Readiness of a plan from its scheduled rows, local state, bookings and webinar attendance. */
export function readiness(
  scheduled: readonly ScheduledTask[],
  local: readonly LocalTaskState[],
  bookings: readonly Booking[],
  attendance: readonly WebinarAttendance[],
  options: BookingOptions = {}
): Readiness {
  const tasks = scheduled.filter((t) => t.task.kind === "task");
  const webinars = scheduled.filter((t) => t.task.kind === "webinar");
  const stateById = new Map(local.map((s) => [s.taskId, s]));
  const kombitOnly = new Set(tasks.filter((t) => isKombitOnlyTask(t.task)).map((t) => t.id));
  const coverage = taskCoverage(tasks, bookings, options);
  const attended = new Set(attendance.map((a) => a.taskId));
  let responsible = 0;
  let performer = 0;
  let started = 0;
  let completed = 0;
  for (const t of tasks) {
    const state = stateById.get(t.id);
    if (state?.responsible) responsible++;
    if (state?.performer) performer++;
    if (t.status !== "notStarted") started++;
    if (t.status === "completed") completed++;
  }
  return {
    withResponsible: share(responsible, tasks.length),
    withPerformer: share(performer, tasks.length),
    coveredByBookings: share(coverage.filter((c) => c.covered || kombitOnly.has(c.taskId)).length, tasks.length),
    partlyCoveredByBookings: share(coverage.filter((c) => !c.covered && !kombitOnly.has(c.taskId) && c.bookedHours > 0).length, tasks.length),
    started: share(started, tasks.length),
    completed: share(completed, tasks.length),
    webinarsWithAttendees: share(webinars.filter((w) => attended.has(w.id)).length, webinars.length)
  };
}
