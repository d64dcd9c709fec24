/**
 * The timeline's horizontal scale: day numbers → pixels, and the header bands (months over
 * ISO weeks "uge 12", or days at day zoom). Pure; labels come in as functions so the loc files
 * and the locale decide the words.
 */
import { civilFromDays, daysFromCivil, isoDayOfWeek, type DayNumber } from "../../domain/isoDate";
import { isoWeekOfDay, weekStartDay } from "../../domain/isoWeek";

export type Zoom = "day" | "week" | "month";

export const ZOOMS: readonly Zoom[] = ["day", "week", "month"];

/** Pixels per calendar day at each zoom. */
export const DAY_WIDTH: Record<Zoom, number> = { day: 26, week: 10, month: 3.5 };

/** A header cell: a month, an ISO week or a day. */
export interface Band {
  key: string;
  label: string;
  /** Full label for screen readers and tooltips. */
  title: string;
  startDay: DayNumber;
  x: number;
  width: number;
  /** Saturday or Sunday (day bands only). */
  weekend?: boolean;
}

export interface TimeScale {
  zoom: Zoom;
  startDay: DayNumber;
  /** Last day shown (inclusive). */
  endDay: DayNumber;
  dayWidth: number;
  width: number;
  /** Upper header row: months (years at month zoom). */
  upper: Band[];
  /** Lower header row: ISO weeks (days at day zoom, months at month zoom). */
  lower: Band[];
}

export interface ScaleLabels {
  week: (week: number) => string;
  weekTitle: (week: number, year: number) => string;
  month: (year: number, month: number) => string;
  monthShort: (year: number, month: number) => string;
  day: (dayOfMonth: number, isoDayOfWeek: number) => string;
  dayTitle: (dayOfMonth: number, isoDayOfWeek: number) => string;
}

/** The x position (px) of the start of a day. */
export function dayX(scale: Pick<TimeScale, "startDay" | "dayWidth">, day: DayNumber): number {
  return (day - scale.startDay) * scale.dayWidth;
}

/** The day under an x position (px). */
export function dayAt(scale: Pick<TimeScale, "startDay" | "dayWidth">, x: number): DayNumber {
  return scale.startDay + Math.floor(x / scale.dayWidth);
}

function monthBands(from: DayNumber, to: DayNumber, dayWidth: number, label: (y: number, m: number) => string, title: (y: number, m: number) => string): Band[] {
  const bands: Band[] = [];
  let { year, month } = civilFromDays(from);
  let start = from;
  while (start <= to) {
    const nextYear = month === 12 ? year + 1 : year;
    const nextMonth = month === 12 ? 1 : month + 1;
    const end = Math.min(daysFromCivil(nextYear, nextMonth, 1) - 1, to);
    bands.push({ key: `m${year}-${month}`, label: label(year, month), title: title(year, month), startDay: start, x: (start - from) * dayWidth, width: (end - start + 1) * dayWidth });
    start = end + 1;
    year = nextYear;
    month = nextMonth;
  }
  return bands;
}

function yearBands(from: DayNumber, to: DayNumber, dayWidth: number): Band[] {
  const bands: Band[] = [];
  let start = from;
  while (start <= to) {
    const { year } = civilFromDays(start);
    const end = Math.min(daysFromCivil(year + 1, 1, 1) - 1, to);
    bands.push({ key: `y${year}`, label: String(year), title: String(year), startDay: start, x: (start - from) * dayWidth, width: (end - start + 1) * dayWidth });
    start = end + 1;
  }
  return bands;
}

function weekBands(from: DayNumber, to: DayNumber, dayWidth: number, labels: ScaleLabels): Band[] {
  const bands: Band[] = [];
  for (let monday = from; monday <= to; monday += 7) {
    const { year, week } = isoWeekOfDay(monday);
    const end = Math.min(monday + 6, to);
    bands.push({ key: `w${year}-${week}`, label: labels.week(week), title: labels.weekTitle(week, year), startDay: monday, x: (monday - from) * dayWidth, width: (end - monday + 1) * dayWidth });
  }
  return bands;
}

function dayBands(from: DayNumber, to: DayNumber, dayWidth: number, labels: ScaleLabels): Band[] {
  const bands: Band[] = [];
  for (let day = from; day <= to; day++) {
    const dow = isoDayOfWeek(day);
    const { day: dom } = civilFromDays(day);
    bands.push({ key: `d${day}`, label: labels.day(dom, dow), title: labels.dayTitle(dom, dow), startDay: day, x: (day - from) * dayWidth, width: dayWidth, weekend: dow >= 6 });
  }
  return bands;
}

/**
 * A scale over whole ISO weeks covering [firstDay, lastDay]: from the Monday of the first
 * day's week to the Sunday of the last day's week.
 */
export function buildTimeScale(firstDay: DayNumber, lastDay: DayNumber, zoom: Zoom, labels: ScaleLabels, dayWidth: number = DAY_WIDTH[zoom]): TimeScale {
  const startDay = weekStartDay(Math.min(firstDay, lastDay));
  const endDay = weekStartDay(Math.max(firstDay, lastDay)) + 6;
  const width = (endDay - startDay + 1) * dayWidth;
  if (zoom === "month") {
    return { zoom, startDay, endDay, dayWidth, width, upper: yearBands(startDay, endDay, dayWidth), lower: monthBands(startDay, endDay, dayWidth, labels.monthShort, labels.month) };
  }
  const upper = monthBands(startDay, endDay, dayWidth, labels.month, labels.month);
  const lower = zoom === "week" ? weekBands(startDay, endDay, dayWidth, labels) : dayBands(startDay, endDay, dayWidth, labels);
  return { zoom, startDay, endDay, dayWidth, width, upper, lower };
}

/** Days in one header band of the lower row, and the least width (px) its label needs. */
const LOWER_BAND: Record<Zoom, { days: number; minWidth: number }> = {
  day: { days: 1, minWidth: 18 },
  week: { days: 7, minWidth: 44 },
  month: { days: 28, minWidth: 30 }
};

/** The zoom to label a scale of `dayWidth` px a day with: the given one, or a coarser one where its labels would not fit. */
export function bandZoomFor(zoom: Zoom, dayWidth: number): Zoom {
  for (const z of ZOOMS.slice(ZOOMS.indexOf(zoom))) if (dayWidth * LOWER_BAND[z].days >= LOWER_BAND[z].minWidth) return z;
  return "month";
}

/**
 * The same period drawn exactly `width` px wide (the printed page): every day as wide, Go-Live
 * and the last task inside, and the header bands at the scale's zoom unless their labels would
 * not fit (then weeks, or months under years).
 */
export function fitTimeScale(scale: TimeScale, width: number, labels: ScaleLabels): TimeScale {
  const dayWidth = width / (scale.endDay - scale.startDay + 1);
  return buildTimeScale(scale.startDay, scale.endDay, bandZoomFor(scale.zoom, dayWidth), labels, dayWidth);
}
