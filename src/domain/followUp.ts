/**
 * Follow-up (PL 12's step 8, and every week after it): the tasks that are behind today. A task
 * is overdue when its slutdato has passed and it is not fuldført; it starts late when its
 * startdato has passed and it is not påbegyndt. An overdue task is listed once, as overdue.
 * KLIK tasks and webinars are followed up; milestones are points in time, not work.
 */
import { toDayNumber } from "./isoDate";
import type { IsoDate } from "./model";
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
  const order = (a: FollowUpItem, b: FollowUpItem): number =>
    b.daysLate - a.daysLate || (codeOf.get(a.taskId) ?? "").localeCompare(codeOf.get(b.taskId) ?? "", "da");
  const items = scheduled.map((t) => followUpOf(t, today)).filter((i): i is FollowUpItem => i !== undefined);
  return {
    overdue: items.filter((i) => i.kind === "overdue").sort(order),
    lateStart: items.filter((i) => i.kind === "lateStart").sort(order)
  };
}
