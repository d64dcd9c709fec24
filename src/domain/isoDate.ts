/**
 * Exact calendar-date arithmetic on `YYYY-MM-DD` strings via day numbers (days since
 * 1970-01-01). No JavaScript Date at local midnight is involved, so daylight-saving changes
 * and the machine's time zone cannot shift a date.
 */
import { InvalidDateError } from "./errors";
import type { IsoDate } from "./model";

/** Days since 1970-01-01 (day 0 is a Thursday). */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number (Howard Hinnant's civil_from_days). */
export function civilFromDays(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether a string is a real calendar date `YYYY-MM-DD` (rejects 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

// Plans reuse few distinct dates (weeks, Go-Live, offsets): memoising both directions keeps
// 100,000 bookings from re-parsing the same strings. Bounded so it cannot grow without limit.
const CACHE_LIMIT = 50000;
const dayByDate = new Map<string, DayNumber>();
const dateByDay = new Map<DayNumber, IsoDate>();

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** Day number of an ISO date; throws InvalidDateError for anything else. */
export function toDayNumber(date: IsoDate): DayNumber {
  const cached = dayByDate.get(date);
  if (cached !== undefined) return cached;
  if (typeof date !== "string" || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new InvalidDateError(String(date));
  }
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) throw new InvalidDateError(date);
  const result = daysFromCivil(year, month, day);
  if (dayByDate.size >= CACHE_LIMIT) dayByDate.clear();
  dayByDate.set(date, result);
  return result;
}

/** ISO date of a day number. */
export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const cached = dateByDay.get(dayNumber);
  if (cached !== undefined) return cached;
  const { year, month, day } = civilFromDays(dayNumber);
  const result = `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  if (dateByDay.size >= CACHE_LIMIT) dateByDay.clear();
  dateByDay.set(dayNumber, result);
  return result;
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO day of the week of a day number: 1 = Monday … 7 = Sunday. */
export function isoDayOfWeek(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7 + 1;
}

/** The calendar date of an instant in a time zone (default Europe/Copenhagen), e.g. "today". */
export function dateInTimeZone(instant: Date, timeZone: string = "Europe/Copenhagen"): IsoDate {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
