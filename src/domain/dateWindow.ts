/**
 * The window a plan date must lie in. A typo such as 01.01.1900 or 31.12.9999 is a real calendar
 * date, but no ØiR plan has one: saved, it stretched the timeline over a century (thousands of
 * week columns) or took the holiday calendar past year 9999. The rule:
 *
 * - Without a wave, a plan date lies in the years PLAN_YEAR_MIN–PLAN_YEAR_MAX (2000–2099).
 * - With a wave, it lies from 1 January PLAN_WINDOW_YEARS (3) years before Go-Live's year to
 *   31 December PLAN_WINDOW_YEARS years after it, inside 2000–2099. Go-Live 2027-10-04 gives
 *   2024-01-01 … 2030-12-31, the whole KY implementation (about 2024–2030): KLIK's offsets put
 *   the earliest tasks well under two years before Go-Live and follow-up within a year after,
 *   so no real date is refused, while a wrong year (2072 for 2027) is. The timeline it can span
 *   is at most seven years (about 365 week columns).
 * - A Go-Live outside 2000–2099 is itself a typo: the window is then 2000–2099.
 *
 * Dates are compared as `YYYY-MM-DD` strings, which order like the dates they name.
 */
import { isIsoDate } from "./isoDate";
import type { IsoDate } from "./model";

/** First and last year any plan date may have. */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2099;
/** Whole years before and after Go-Live's year that a wave's plan dates may reach. */
export const PLAN_WINDOW_YEARS = 3;

/** The dates a plan date may take, both ends inclusive. */
export interface PlanDateWindow {
  first: IsoDate;
  last: IsoDate;
}

function yearStart(year: number): IsoDate {
  return `${year}-01-01`;
}

function yearEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

/** The window of a wave's plan dates (the fixed 2000–2099 one without a usable Go-Live). */
export function planDateWindow(goLive?: IsoDate): PlanDateWindow {
  const fixed = { first: yearStart(PLAN_YEAR_MIN), last: yearEnd(PLAN_YEAR_MAX) };
  if (goLive === undefined || !isIsoDate(goLive) || goLive < fixed.first || goLive > fixed.last) return fixed;
  const year = Number(goLive.slice(0, 4));
  return {
    first: yearStart(Math.max(PLAN_YEAR_MIN, year - PLAN_WINDOW_YEARS)),
    last: yearEnd(Math.min(PLAN_YEAR_MAX, year + PLAN_WINDOW_YEARS))
  };
}

/** Why a value is not a usable plan date. */
export type PlanDateProblem = "notADate" | "beforeWindow" | "afterWindow";

/** What is wrong with a plan date, or undefined when it is a calendar date inside the window. */
export function planDateProblem(value: string, window: PlanDateWindow): PlanDateProblem | undefined {
  if (typeof value !== "string" || !isIsoDate(value)) return "notADate";
  if (value < window.first) return "beforeWindow";
  if (value > window.last) return "afterWindow";
  return undefined;
}

/** Whether a value is a calendar date inside the window. */
export function isInPlanWindow(value: string, window: PlanDateWindow): boolean {
  return planDateProblem(value, window) === undefined;
}
