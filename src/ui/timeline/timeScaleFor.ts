/**
 * The timeline's scale for a wave: labels in the user's locale (months, ISO weeks, days) and a
 * span that covers every scheduled and baseline date plus Go-Live. Shared by TimelineRoot and
 * the UI benchmark, so both render the same scale. A task whose KOMBIT dates fall outside the
 * plan's date window (held at its edge, flagged) does not widen the span: one bad row must not
 * stretch the axis (dates outside the window are not used at all, see domain/dateWindow.ts).
 */
import * as strings from "OirTimelineWebPartStrings";
import * as common from "OirCommonStrings";
import { toDayNumber } from "../../domain/isoDate";
import type { ScheduledTask } from "../../domain/schedule";
import { formatText } from "../common/format";
import { buildTimeScale, type ScaleLabels, type TimeScale, type Zoom } from "./timeScale";

/** A date formatter made on first use: the browser's first Intl formatter costs tens of milliseconds on a fresh page. */
function lazyFormat(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  let formatter: Intl.DateTimeFormat | undefined;
  return (date) => {
    formatter ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    return formatter.format(date);
  };
}

/** The labels of a locale, made once per page (each view and zoom of that locale uses the same formatters). */
const labelsByLocale = new Map<string, ScaleLabels>();

export function scaleLabels(locale: string): ScaleLabels {
  const known = labelsByLocale.get(locale);
  if (known) return known;
  const month = lazyFormat(locale, { month: "long", year: "numeric" });
  const monthShort = lazyFormat(locale, { month: "short" });
  const weekday = lazyFormat(locale, { weekday: "narrow" });
  const labels: ScaleLabels = {
    week: (week) => formatText(common.WeekLabel, week),
    weekTitle: (week, year) => formatText(strings.WeekTitle, week, year),
    month: (year, m) => month(new Date(Date.UTC(year, m - 1, 1))),
    monthShort: (year, m) => monthShort(new Date(Date.UTC(year, m - 1, 1))),
    // 2024-01-01 was a Monday: ISO day d falls on 2024-01-0d.
    day: (dayOfMonth) => String(dayOfMonth),
    dayTitle: (dayOfMonth, isoDay) => `${weekday(new Date(Date.UTC(2024, 0, isoDay)))} ${dayOfMonth}`
  };
  labelsByLocale.set(locale, labels);
  return labels;
}

export function timeScaleFor(scheduled: ScheduledTask[], goLive: string, zoom: Zoom, labels: ScaleLabels): TimeScale {
  const goLiveDay = toDayNumber(goLive);
  let first = goLiveDay;
  let last = goLiveDay + 14;
  for (const t of scheduled) {
    if (t.outsideWindow) continue;
    first = Math.min(first, t.startDay, toDayNumber(t.baseline.start));
    last = Math.max(last, t.endDay, toDayNumber(t.baseline.end));
  }
  return buildTimeScale(first, last, zoom, labels);
}
