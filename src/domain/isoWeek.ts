/** ISO weeks (Monday first), computed on day numbers. */
import { fromDayNumber, isoDayOfWeek, toDayNumber, civilFromDays, daysFromCivil, type DayNumber } from "./isoDate";
import type { IsoDate } from "./model";

/** An ISO week: its week-numbering year and number ("uge 12"). */
export interface IsoWeek {
  year: number;
  week: number;
}

/** Day number of the Monday of the ISO week containing the day. */
export function weekStartDay(dayNumber: DayNumber): DayNumber {
  return dayNumber - isoDayOfWeek(dayNumber) + 1;
}

/** The Monday of the ISO week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return fromDayNumber(weekStartDay(toDayNumber(date)));
}

/** ISO week-numbering year and week number of a day number. */
export function isoWeekOfDay(dayNumber: DayNumber): IsoWeek {
  // The ISO year is the calendar year of the week's Thursday.
  const thursday = weekStartDay(dayNumber) + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** ISO week-numbering year and week number of `date`. */
export function isoWeek(date: IsoDate): IsoWeek {
  return isoWeekOfDay(toDayNumber(date));
}

/** The Mondays of every ISO week that overlaps [from, to] (inclusive), in order. */
export function weekStartsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const result: IsoDate[] = [];
  const last = toDayNumber(to);
  for (let monday = weekStartDay(toDayNumber(from)); monday <= last; monday += 7) result.push(fromDayNumber(monday));
  return result;
}
