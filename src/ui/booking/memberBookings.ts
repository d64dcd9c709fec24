/**
 * What a person has booked, in brief, for the question "remove them from the working group?":
 * their hours in all, and per task the hours and the weeks (as ranges: 11–12, 14). Pure.
 */
import { addDays } from "../../domain/isoDate";
import { isoWeek } from "../../domain/isoWeek";
import type { Booking, IsoDate } from "../../domain/model";
import { personKey } from "./cellKey";

export interface TaskBookings {
  taskId: number;
  hours: number;
  /** Mondays of the weeks with hours, in order. */
  weeks: IsoDate[];
}

export interface MemberBookings {
  hours: number;
  /** Tasks with hours, the earliest first. */
  tasks: TaskBookings[];
}

/** The person's hours (bookings with hours above 0), per task. */
export function bookingsOfPerson(bookings: readonly Booking[], email: string): MemberBookings {
  const person = personKey(email);
  const byTask = new Map<number, { hours: number; weeks: Set<IsoDate> }>();
  let hours = 0;
  for (const b of bookings) {
    if (b.hours <= 0 || personKey(b.personEmail) !== person) continue;
    let task = byTask.get(b.taskId);
    if (!task) byTask.set(b.taskId, (task = { hours: 0, weeks: new Set() }));
    task.hours += b.hours;
    task.weeks.add(b.weekStart);
    hours += b.hours;
  }
  const tasks = [...byTask].map(([taskId, t]) => ({ taskId, hours: round(t.hours), weeks: [...t.weeks].sort() }));
  tasks.sort((a, b) => (a.weeks[0] < b.weeks[0] ? -1 : a.weeks[0] > b.weeks[0] ? 1 : a.taskId - b.taskId));
  return { hours: round(hours), tasks };
}

function round(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** Week numbers with runs of consecutive weeks joined: ["2027-03-15", "2027-03-22", "2027-04-05"] → "11–12, 14". */
export function weekRanges(weeks: readonly IsoDate[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < weeks.length) {
    let j = i;
    while (j + 1 < weeks.length && weeks[j + 1] === addDays(weeks[j], 7)) j++;
    const first = isoWeek(weeks[i]).week;
    parts.push(j === i ? String(first) : `${first}–${isoWeek(weeks[j]).week}`);
    i = j + 1;
  }
  return parts.join(", ");
}
