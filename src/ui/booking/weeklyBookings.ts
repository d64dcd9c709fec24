/** Bookings summed per person and ISO week: the grid the booking view draws. */
import { isoWeek, weekStart } from "../../domain/isoWeek";
import type { Booking, IsoDate } from "../../domain/model";

/** One ISO week column. */
export interface WeekColumn {
  /** The Monday of the week. */
  weekStart: IsoDate;
  week: number;
  year: number;
}

/** Hours one person has in one week, and on which tasks. */
export interface WeekCell {
  hours: number;
  taskIds: number[];
}

export interface WeeklyBookings {
  weeks: WeekColumn[];
  /** person e-mail (lower case) → week start → cell */
  cells: Map<string, Map<IsoDate, WeekCell>>;
  /** Total hours per week start. */
  totals: Map<IsoDate, number>;
}

/** Groups bookings by person and week, weeks in date order. */
export function groupBookingsByWeek(bookings: readonly Booking[]): WeeklyBookings {
  const cells = new Map<string, Map<IsoDate, WeekCell>>();
  const totals = new Map<IsoDate, number>();
  for (const booking of bookings) {
    const monday = weekStart(booking.weekStart);
    const person = booking.personEmail.toLowerCase();
    let row = cells.get(person);
    if (!row) cells.set(person, (row = new Map()));
    const cell = row.get(monday) ?? { hours: 0, taskIds: [] };
    cell.hours += booking.hours;
    if (!cell.taskIds.includes(booking.taskId)) cell.taskIds.push(booking.taskId);
    row.set(monday, cell);
    totals.set(monday, (totals.get(monday) ?? 0) + booking.hours);
  }
  const weeks = [...totals.keys()].sort().map((monday) => ({ weekStart: monday, ...isoWeek(monday) }));
  return { weeks, cells, totals };
}
