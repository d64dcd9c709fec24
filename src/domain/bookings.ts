/**
 * Bookings against capacity and demand: over-allocation per person and week, booked vs.
 * needed per task, and suggested bookings that cover a task for a chosen person.
 */
import { compileCalendar, type CompiledCalendar, type WorkingCalendar } from "./calendar";
import { DEFAULT_HOURS_PER_DAY, mondayDate, taskDemand } from "./demand";
import { toDayNumber, type DayNumber } from "./isoDate";
import { weekStartDay } from "./isoWeek";
import type { Booking, IsoDate, WorkingGroupMember } from "./model";
import type { ScheduledTask } from "./schedule";
import { isKombitOnlyTask, type ExternalRoleTest } from "./roles";

const EVERY_ROLE_COUNTS: ExternalRoleTest = () => false;

/** Options of the booking functions. */
export interface BookingOptions {
  calendar?: WorkingCalendar;
  /** Hours per person-day (default 7.4). */
  hoursPerDay?: number;
  /**
   * Roles that are not the municipality's (MUNICIPALITY_DEMAND): coverage then counts the
   * municipality's share, as demandByRoleWeek does — a task only KOMBIT's roles perform needs no
   * municipal hours. Default: every role counts (the task's full effort).
   */
  isExternalRole?: ExternalRoleTest;
}

/** A person booked over their capacity in a week. */
export interface OverAllocation {
  kind: "overAllocated";
  personEmail: string;
  weekStart: IsoDate;
  bookedHours: number;
  /** Weekly capacity scaled by the week's working days (holidays lower it). */
  capacityHours: number;
  excessHours: number;
  /** False when the person is not (any more) in the working group: capacity 0. */
  inWorkingGroup: boolean;
}

/** Booked vs. needed hours of one task. */
export interface TaskCoverage {
  taskId: number;
  neededHours: number;
  bookedHours: number;
  /** max(0, needed − booked). */
  missingHours: number;
  covered: boolean;
}

/** Suggested bookings for one person on one task. */
export interface BookingSuggestion {
  /** Resulting cells (person, task, week) with their new total hours; only cells that change. */
  bookings: Booking[];
  addedHours: number;
  /** Demand that could not be placed within the person's free capacity in the task's window. */
  uncoveredHours: number;
}

const EPSILON = 1e-6;

function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Capacity of a member in the ISO week starting `weekStart`, scaled by its working days. */
export function weekCapacityHours(member: Pick<WorkingGroupMember, "weeklyCapacityHours">, weekStart: IsoDate, calendar?: WorkingCalendar): number {
  const monday = weekStartDay(toDayNumber(weekStart));
  return capacityIn(compileCalendar(calendar), member.weeklyCapacityHours, monday);
}

function capacityIn(calendar: CompiledCalendar, weekly: number, monday: DayNumber): number {
  return (weekly * calendar.weightBetween(monday, monday + 4)) / 5;
}

/** Booked hours per person (lower-case e-mail) per week (Monday day number). */
function bookedByPersonWeek(bookings: readonly Booking[]): Map<string, Map<DayNumber, number>> {
  const result = new Map<string, Map<DayNumber, number>>();
  for (const b of bookings) {
    const key = emailKey(b.personEmail);
    let weeks = result.get(key);
    if (!weeks) {
      weeks = new Map();
      result.set(key, weeks);
    }
    const monday = weekStartDay(toDayNumber(b.weekStart));
    weeks.set(monday, (weeks.get(monday) ?? 0) + b.hours);
  }
  return result;
}

/** Every person-week booked above capacity, sorted by person then week. */
export function overAllocations(bookings: readonly Booking[], members: readonly WorkingGroupMember[], options: BookingOptions = {}): OverAllocation[] {
  const calendar = compileCalendar(options.calendar);
  const capacity = new Map<string, number>();
  for (const m of members) capacity.set(emailKey(m.person.email), m.weeklyCapacityHours);
  const result: OverAllocation[] = [];
  const booked = bookedByPersonWeek(bookings);
  // The working-day share of a week is the same for everyone: work it out once per week.
  const weekShare = new Map<DayNumber, number>();
  const shareOf = (monday: DayNumber): number => {
    let share = weekShare.get(monday);
    if (share === undefined) {
      share = capacityIn(calendar, 1, monday);
      weekShare.set(monday, share);
    }
    return share;
  };
  for (const person of [...booked.keys()].sort()) {
    const weekly = capacity.get(person);
    const weeks = booked.get(person) as Map<DayNumber, number>;
    for (const monday of [...weeks.keys()].sort((a, b) => a - b)) {
      const hours = weeks.get(monday) as number;
      const cap = weekly === undefined ? 0 : weekly * shareOf(monday);
      if (hours > cap + EPSILON) {
        result.push({
          kind: "overAllocated",
          personEmail: person,
          weekStart: mondayDate(monday),
          bookedHours: hours,
          capacityHours: cap,
          excessHours: hours - cap,
          inWorkingGroup: weekly !== undefined
        });
      }
    }
  }
  return result;
}

/**
 * Booked vs. needed hours per task (needed = effortDays × hours per day; 0 for a task only
 * external roles perform, with options.isExternalRole), in input order.
 */
export function taskCoverage(scheduled: readonly ScheduledTask[], bookings: readonly Booking[], options: BookingOptions = {}): TaskCoverage[] {
  const hoursPerDay = options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const isExternal = options.isExternalRole ?? EVERY_ROLE_COUNTS;
  const bookedByTask = new Map<number, number>();
  for (const b of bookings) bookedByTask.set(b.taskId, (bookedByTask.get(b.taskId) ?? 0) + b.hours);
  return scheduled.map((t) => {
    const neededHours = isKombitOnlyTask(t.task, isExternal) ? 0 : Math.max(0, t.task.effortDays) * hoursPerDay;
    const bookedHours = bookedByTask.get(t.id) ?? 0;
    const missingHours = Math.max(0, neededHours - bookedHours);
    return { taskId: t.id, neededHours, bookedHours, missingHours, covered: missingHours <= EPSILON };
  });
}

/** Hours below this are rounding (bookings are kept with one decimal). */
const HOUR_ROUNDING = 0.05;

/**
 * Hours booked beyond the task's demand (effortDays × hours per day), 0 when within it: PL 12
 * at "64 af 37 t" is over-booked by 27 t, which the grid says in words.
 */
export function overBookedHours(coverage: Pick<TaskCoverage, "bookedHours" | "neededHours">): number {
  const excess = coverage.bookedHours - coverage.neededHours;
  return excess > HOUR_ROUNDING ? excess : 0;
}

/** Options of suggestBookings. */
export interface SuggestOptions extends BookingOptions {
  /** The person's working-group entry: caps each week at their free capacity. */
  member?: WorkingGroupMember;
  /** Role to record on the suggested bookings. */
  role?: string;
}

/**
 * Bookings for `personEmail` that cover what the task still misses, shaped like its weekly
 * demand and (with `member`) kept within the person's free capacity; hours in tenths.
 */
export function suggestBookings(
  t: ScheduledTask,
  personEmail: string,
  existing: readonly Booking[],
  options: SuggestOptions = {}
): BookingSuggestion {
  const calendar = compileCalendar(options.calendar);
  const demand = taskDemand(t, options);
  const person = emailKey(personEmail);
  const onTaskByWeek = new Map<DayNumber, number>();
  const personCell = new Map<DayNumber, number>();
  let bookedOnTask = 0;
  for (const b of existing) {
    if (b.taskId !== t.id) continue;
    const monday = weekStartDay(toDayNumber(b.weekStart));
    bookedOnTask += b.hours;
    onTaskByWeek.set(monday, (onTaskByWeek.get(monday) ?? 0) + b.hours);
    if (emailKey(b.personEmail) === person) personCell.set(monday, (personCell.get(monday) ?? 0) + b.hours);
  }
  const missingTenths = Math.round(Math.max(0, demand.totalHours - bookedOnTask) * 10);
  const mondays = demand.weeks.map((w) => toDayNumber(w.weekStart));
  // What each week still needs shapes the split; free capacity caps it.
  const want = demand.weeks.map((w, i) => Math.max(0, w.hours - (onTaskByWeek.get(mondays[i]) ?? 0)));
  const personBooked = options.member ? bookedByPersonWeek(existing).get(person) : undefined;
  const caps = mondays.map((monday) => {
    if (!options.member) return Number.POSITIVE_INFINITY;
    const free = capacityIn(calendar, options.member.weeklyCapacityHours, monday) - (personBooked?.get(monday) ?? 0);
    return Math.max(0, Math.floor(free * 10 + EPSILON));
  });
  const added = apportion(missingTenths, want, caps);
  const bookings: Booking[] = [];
  let addedTenths = 0;
  mondays.forEach((monday, i) => {
    if (added[i] === 0) return;
    addedTenths += added[i];
    const hours = Math.round(((personCell.get(monday) ?? 0) + added[i] / 10) * 10) / 10;
    bookings.push({ personEmail, taskId: t.id, weekStart: mondayDate(monday), hours, ...(options.role ? { role: options.role } : {}) });
  });
  return { bookings, addedHours: addedTenths / 10, uncoveredHours: (missingTenths - addedTenths) / 10 };
}

/**
 * Splits `total` whole units over slots in proportion to `weights`, never above `caps`
 * (largest-remainder rounding; what a capped slot cannot take goes to the others).
 */
function apportion(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const n = weights.length;
  const result = new Array<number>(n).fill(0);
  let left = total;
  while (left > 0) {
    const open = weights.map((_, i) => i).filter((i) => caps[i] - result[i] > 0);
    if (open.length === 0) break;
    const positive = open.reduce((sum, i) => sum + weights[i], 0);
    // When every slot with room wants nothing more, the rest is shared evenly among them.
    const weightOf = (i: number): number => (positive > 0 ? weights[i] : 1);
    const weightSum = positive > 0 ? positive : open.length;
    const remainders: { fraction: number; i: number }[] = [];
    let given = 0;
    for (const i of open) {
      const ideal = (left * weightOf(i)) / weightSum;
      const share = Math.min(caps[i] - result[i], Math.floor(ideal));
      result[i] += share;
      given += share;
      if (caps[i] - result[i] > 0) remainders.push({ fraction: ideal - Math.floor(ideal), i });
    }
    left -= given;
    remainders.sort((a, b) => b.fraction - a.fraction || a.i - b.i);
    for (const { i } of remainders) {
      if (left === 0) break;
      result[i] += 1;
      left -= 1;
    }
  }
  return result;
}
