/**
 * The Danish working-day calendar (docs/domain.md §Dates): Monday–Friday minus public holidays, plus a
 * per-municipality setting of extra days off and half days. Holiday tables are built once per
 * year and calendar and looked up by day number, so working-day counts are O(log n).
 */
import { InvalidDateError } from "./errors";
import { civilFromDays, daysFromCivil, daysInMonth, fromDayNumber, isoDayOfWeek, toDayNumber, type DayNumber } from "./isoDate";
import type { IsoDate } from "./model";

/** Stable identifiers of the Danish public holidays; the UI names them from the loc files. */
export type DanishHolidayName =
  | "newYearsDay"
  | "maundyThursday"
  | "goodFriday"
  | "easterSunday"
  | "easterMonday"
  | "greatPrayerDay"
  | "ascensionDay"
  | "whitSunday"
  | "whitMonday"
  | "christmasDay"
  | "boxingDay";

/** A public holiday on a date. */
export interface Holiday {
  date: IsoDate;
  name: DanishHolidayName;
}

/** A municipality's own calendar on top of the public holidays. */
export interface WorkingCalendar {
  /** Extra whole days off on given dates. */
  extraDaysOff?: readonly IsoDate[];
  /** Extra whole days off every year, as "MM-DD" (e.g. "12-24", "12-31", "06-05", "05-01"). */
  recurringDaysOff?: readonly string[];
  /** Half working days on given dates (count as working days, with half the hours). */
  halfDays?: readonly IsoDate[];
  /** Half working days every year, as "MM-DD". */
  recurringHalfDays?: readonly string[];
}

/** The plain Danish calendar: public holidays only. */
export const DANISH_CALENDAR: WorkingCalendar = Object.freeze({});

/** Day number of Easter Sunday (anonymous Gregorian algorithm). */
function easterDay(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

/** Easter Sunday of a year. */
export function easterSunday(year: number): IsoDate {
  return fromDayNumber(easterDay(year));
}

/** The Danish public holidays of a year as day numbers, in date order (Store Bededag only up to 2023). */
function holidayDays(year: number): [DayNumber, DanishHolidayName][] {
  const easter = easterDay(year);
  const days: [DayNumber, DanishHolidayName][] = [
    [daysFromCivil(year, 1, 1), "newYearsDay"],
    [easter - 3, "maundyThursday"],
    [easter - 2, "goodFriday"],
    [easter, "easterSunday"],
    [easter + 1, "easterMonday"]
  ];
  // Store Bededag was abolished as a public holiday from 2024.
  if (year <= 2023) days.push([easter + 26, "greatPrayerDay"]);
  days.push(
    [easter + 39, "ascensionDay"],
    [easter + 49, "whitSunday"],
    [easter + 50, "whitMonday"],
    [daysFromCivil(year, 12, 25), "christmasDay"],
    [daysFromCivil(year, 12, 26), "boxingDay"]
  );
  return days;
}

/** The Danish public holidays of a year, in date order (Store Bededag only up to 2023). */
export function danishPublicHolidays(year: number): Holiday[] {
  return holidayDays(year).map(([day, name]) => ({ date: fromDayNumber(day), name }));
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

function monthDayIn(year: number, monthDay: string): DayNumber | undefined {
  const m = MONTH_DAY.exec(monthDay);
  if (!m) throw new InvalidDateError(monthDay);
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) throw new InvalidDateError(monthDay);
  // "02-29" simply does not occur in common years.
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Weekdays in day numbers [-3, day) counted from the Monday 1969-12-29. */
function weekdaysBefore(day: DayNumber): number {
  const k = day + 3;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}

/** Index of the first element >= value in a sorted array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A calendar compiled to lookup tables: weekdays that are off (weight 0) or half days
 * (weight 0.5), loaded year by year as dates are asked about.
 */
export class CompiledCalendar {
  private readonly source: WorkingCalendar;
  private readonly specialWeights = new Map<DayNumber, number>();
  private offDays: number[] = [];
  private halfDays: number[] = [];
  private firstYear = Number.POSITIVE_INFINITY;
  private lastYear = Number.NEGATIVE_INFINITY;
  /** Loaded days as day numbers [firstDay, endDay): the fast path of ensure(). */
  private firstDay = Number.POSITIVE_INFINITY;
  private endDay = Number.NEGATIVE_INFINITY;

  public constructor(source: WorkingCalendar) {
    this.source = source;
    for (const date of [...(source.extraDaysOff ?? []), ...(source.halfDays ?? [])]) toDayNumber(date);
  }

  /** Makes sure the tables cover every year from the one of `from` to the one of `to`. */
  public ensure(from: DayNumber, to: DayNumber): void {
    if (from >= this.firstDay && to < this.endDay) return;
    const y1 = civilFromDays(from).year;
    const y2 = civilFromDays(to).year;
    if (y1 >= this.firstYear && y2 <= this.lastYear) return;
    const first = Math.min(y1, this.firstYear);
    const last = Math.max(y2, this.lastYear);
    for (let year = first; year <= last; year++) {
      if (year >= this.firstYear && year <= this.lastYear) continue;
      this.loadYear(year);
    }
    this.firstYear = first;
    this.lastYear = last;
    this.firstDay = daysFromCivil(first, 1, 1);
    this.endDay = daysFromCivil(last + 1, 1, 1);
    this.offDays = [];
    this.halfDays = [];
    for (const [day, weight] of this.specialWeights) (weight === 0 ? this.offDays : this.halfDays).push(day);
    this.offDays.sort((a, b) => a - b);
    this.halfDays.sort((a, b) => a - b);
  }

  private loadYear(year: number): void {
    const start = daysFromCivil(year, 1, 1);
    const end = daysFromCivil(year + 1, 1, 1);
    const inYear = (day: DayNumber | undefined): day is DayNumber => day !== undefined && day >= start && day < end;
    const setWeight = (day: DayNumber, weight: number): void => {
      if (isoDayOfWeek(day) > 5) return;
      const existing = this.specialWeights.get(day);
      this.specialWeights.set(day, existing === undefined ? weight : Math.min(existing, weight));
    };
    // Day numbers, not dates: a count that ends on 9999-12-31 looks at the next day, and year
    // 10000 has no `YYYY-MM-DD` date (that was an InvalidDateError "10000-01-01").
    for (const [day] of holidayDays(year)) setWeight(day, 0);
    for (const date of this.source.extraDaysOff ?? []) {
      const day = toDayNumber(date);
      if (inYear(day)) setWeight(day, 0);
    }
    for (const md of this.source.recurringDaysOff ?? []) {
      const day = monthDayIn(year, md);
      if (inYear(day)) setWeight(day, 0);
    }
    for (const date of this.source.halfDays ?? []) {
      const day = toDayNumber(date);
      if (inYear(day)) setWeight(day, 0.5);
    }
    for (const md of this.source.recurringHalfDays ?? []) {
      const day = monthDayIn(year, md);
      if (inYear(day)) setWeight(day, 0.5);
    }
  }

  /** Share of a normal working day that a day offers: 0 (day off), 0.5 (half day) or 1. */
  public weight(day: DayNumber): number {
    if (isoDayOfWeek(day) > 5) return 0;
    this.ensure(day, day);
    return this.specialWeights.get(day) ?? 1;
  }

  /** Number of working days (half days included) before `day`, counted from a fixed origin. */
  public ordinal(day: DayNumber): number {
    this.ensure(day, day);
    return weekdaysBefore(day) - lowerBound(this.offDays, day);
  }

  /** Working days in [from, to], both inclusive (0 when to < from). */
  public countWorkingDays(from: DayNumber, to: DayNumber): number {
    if (to < from) return 0;
    this.ensure(from, to);
    return this.ordinal(to + 1) - this.ordinal(from);
  }

  /** Sum of day weights in [from, to] (half days count 0.5). */
  public weightBetween(from: DayNumber, to: DayNumber): number {
    if (to < from) return 0;
    this.ensure(from, to);
    const halves = lowerBound(this.halfDays, to + 1) - lowerBound(this.halfDays, from);
    return this.countWorkingDays(from, to) - halves * 0.5;
  }
}

const compiledCache = new WeakMap<WorkingCalendar, CompiledCalendar>();

/** The compiled (cached) form of a calendar; the same calendar object reuses its tables. */
export function compileCalendar(calendar: WorkingCalendar = DANISH_CALENDAR): CompiledCalendar {
  let compiled = compiledCache.get(calendar);
  if (!compiled) {
    compiled = new CompiledCalendar(calendar);
    compiledCache.set(calendar, compiled);
  }
  return compiled;
}

/** Whether `date` is a working day (Mon–Fri, not a holiday or extra day off; half days count). */
export function isWorkingDay(date: IsoDate, calendar?: WorkingCalendar): boolean {
  return compileCalendar(calendar).weight(toDayNumber(date)) > 0;
}

/** Share of a full working day `date` offers: 0, 0.5 (half day) or 1. */
export function workingDayFraction(date: IsoDate, calendar?: WorkingCalendar): number {
  return compileCalendar(calendar).weight(toDayNumber(date));
}

/** The date `n` working days after `date` (before it when n < 0); n = 0 returns `date`. */
export function addWorkingDays(date: IsoDate, n: number, calendar?: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  const compiled = compileCalendar(calendar);
  const step = n < 0 ? -1 : 1;
  let day = toDayNumber(date);
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step;
    if (compiled.weight(day) > 0) remaining--;
  }
  return fromDayNumber(day);
}

/** Working days from `from` to `to`, both inclusive (0 when `to` is before `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar?: WorkingCalendar): number {
  return compileCalendar(calendar).countWorkingDays(toDayNumber(from), toDayNumber(to));
}

/** All days off in [from, to] that fall on a weekday: public holidays and the calendar's extras. */
export function daysOffBetween(from: IsoDate, to: IsoDate, calendar?: WorkingCalendar): IsoDate[] {
  const compiled = compileCalendar(calendar);
  const result: IsoDate[] = [];
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    if (isoDayOfWeek(day) <= 5 && compiled.weight(day) === 0) result.push(fromDayNumber(day));
  }
  return result;
}
