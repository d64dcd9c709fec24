/**
 * Follow-up (PL 12's step 8, and every week after it): the tasks that are behind today. A task
 * is overdue when its slutdato has passed and it is not fuldført; it starts late when its
 * startdato has passed and it is not påbegyndt. An overdue task is listed once, as overdue.
 * KLIK tasks and webinars are followed up; milestones are points in time, not work.
 */
import { taskCoverage, type BookingOptions } from "./bookings";
import { toDayNumber } from "./isoDate";
import type { Booking, IsoDate } from "./model";
import type { ScheduledTask } from "./schedule";

/** Why a task needs follow-up. */
export type FollowUpKind = "overdue" | "lateStart";

export interface FollowUpItem {
  kind: FollowUpKind;
  taskId: number;
  /** The date that has passed: the effective slutdato (overdue) or startdato (late start). */
  date: IsoDate;
  /** Calendar days from that date to today (at least 1). */
  daysLate: number;
}

/** The tasks behind today, each list most late first (then by code). */
export interface FollowUp {
  overdue: FollowUpItem[];
  lateStart: FollowUpItem[];
}

/** Whether a row is followed up at all (tasks and webinars; not milestones). */
export function isFollowedUp(task: Pick<ScheduledTask, "task">): boolean {
  return task.task.kind !== "milestone";
}

/** The follow-up item of one task on `today`, or undefined when it is on time. */
export function followUpOf(task: ScheduledTask, today: IsoDate): FollowUpItem | undefined {
  if (!isFollowedUp(task)) return undefined;
  const todayDay = toDayNumber(today);
  if (task.status !== "completed" && todayDay > task.endDay) {
    return { kind: "overdue", taskId: task.id, date: task.effective.end, daysLate: todayDay - task.endDay };
  }
  if (task.status === "notStarted" && todayDay > task.startDay) {
    return { kind: "lateStart", taskId: task.id, date: task.effective.start, daysLate: todayDay - task.startDay };
  }
  return undefined;
}

/** The plan's overdue and late-starting tasks on `today`. */
export function followUp(scheduled: readonly ScheduledTask[], today: IsoDate): FollowUp {
  const codeOf = new Map(scheduled.map((t) => [t.id, t.task.code]));
  // One collator for the whole sort (localeCompare with a locale builds one per call); same order as localeCompare(…, "da").
  const collator = new Intl.Collator("da");
  const order = (a: FollowUpItem, b: FollowUpItem): number =>
    b.daysLate - a.daysLate || collator.compare(codeOf.get(a.taskId) ?? "", codeOf.get(b.taskId) ?? "");
  const items = scheduled.map((t) => followUpOf(t, today)).filter((i): i is FollowUpItem => i !== undefined);
  return {
    overdue: items.filter((i) => i.kind === "overdue").sort(order),
    lateStart: items.filter((i) => i.kind === "lateStart").sort(order)
  };
}

/** A task booked for more hours than its effort asks (KLIK's effortDays × hours per day). */
export interface OverBooking {
  taskId: number;
  neededHours: number;
  bookedHours: number;
  /** bookedHours − neededHours (> 0). */
  excessHours: number;
}

/** Hours below this are rounding (bookings are kept with one decimal). */
const HOUR_ROUNDING = 0.05;

/**
 * The tasks booked beyond their effort (PL 12 at "64 af 37 t"), most over first: a booking typed
 * twice or in the wrong row shows up here, not only as a full bar.
 */
export function overBookedTasks(scheduled: readonly ScheduledTask[], bookings: readonly Booking[], options: BookingOptions = {}): OverBooking[] {
  return taskCoverage(scheduled.filter(isFollowedUp), bookings, options)
    .filter((c) => c.bookedHours > c.neededHours + HOUR_ROUNDING)
    .map((c) => ({ taskId: c.taskId, neededHours: c.neededHours, bookedHours: c.bookedHours, excessHours: c.bookedHours - c.neededHours }))
    .sort((a, b) => b.excessHours - a.excessHours || a.taskId - b.taskId);
}
