/**
 * DateOnly conversion at the SharePoint boundary (docs/domain.md §Dates). SharePoint stores a DateOnly value
 * as the UTC instant of midnight in the site's time zone (Europe/Copenhagen): 2027-03-28 (winter
 * time, UTC+1) is "2027-03-27T23:00:00Z", 2027-03-29 (summer time, UTC+2) is "2027-03-28T22:00:00Z".
 * The EU rule is computed here rather than through Intl so the result does not depend on the
 * browser's ICU data and stays fast over 20,000 rows.
 */
import type { IsoDate } from "../../domain/model";

const HOUR_MS = 3600000;
const DAY_MS = 24 * HOUR_MS;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC instant (ms) of the last Sunday of a month at 01:00 UTC, when EU clocks change. */
function lastSundayAt0100Utc(year: number, monthIndex: number): number {
  const lastDay = Date.UTC(year, monthIndex + 1, 0);
  const weekday = new Date(lastDay).getUTCDay();
  return lastDay - weekday * DAY_MS + HOUR_MS;
}

/** Copenhagen's offset from UTC in ms at a UTC instant: +2 h in summer time, +1 h otherwise. */
export function copenhagenOffsetMs(instantMs: number): number {
  const year = new Date(instantMs).getUTCFullYear();
  const summerStart = lastSundayAt0100Utc(year, 2);
  const summerEnd = lastSundayAt0100Utc(year, 9);
  return instantMs >= summerStart && instantMs < summerEnd ? 2 * HOUR_MS : HOUR_MS;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Whether a string is a valid calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * The Copenhagen calendar date of a SharePoint DateTime value ("2027-03-27T23:00:00Z" → "2027-03-28").
 * null/empty → undefined. A value that is not a date throws: bad data must not become a wrong date.
 */
export function fromSharePointDate(value: string | null | undefined): IsoDate | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) throw new RangeError(`Not a SharePoint date: ${value}`);
  const local = new Date(instant + copenhagenOffsetMs(instant));
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}`;
}

/** The UTC instant SharePoint stores for midnight of a Copenhagen date ("2027-03-29" → "2027-03-28T22:00:00Z"). */
export function toSharePointDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const m = ISO_DATE.exec(date) as RegExpExecArray;
  const midnightUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Midnight never falls in the 01:00 UTC switch hour, so the offset an hour before midnight is the one at midnight.
  const offset = copenhagenOffsetMs(midnightUtc - 2 * HOUR_MS);
  return new Date(midnightUtc - offset).toISOString().replace(".000Z", "Z");
}

/** Same as toSharePointDate for an optional value; undefined becomes null (clears the field). */
export function toSharePointDateOrNull(date: IsoDate | undefined): string | null {
  return date === undefined ? null : toSharePointDate(date);
}
