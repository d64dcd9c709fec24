/**
 * Our timeline: TimelineGrid from src/ui/timeline (the view the web part renders under its
 * command bar) with the seeded tasks as a wave plan: scheduled by the domain, grouped by phase,
 * critical path computed — the props TimelineRoot hands it. React 17, as the web part ships.
 * Editor view (canEdit): bars carry their resize handles.
 */
import "../page/fluentIcons";
import * as React from "react";
import * as ReactDOM from "react-dom";
import * as strings from "OirTimelineWebPartStrings";
import * as common from "OirCommonStrings";
import { toDayNumber } from "../../../src/domain/isoDate";
import type { ScheduledTask } from "../../../src/domain/schedule";
import { formatText } from "../../../src/ui/common/format";
import { TimelineGrid, type TimelineGridProps } from "../../../src/ui/timeline/TimelineGrid";
import { buildTimeScale, type ScaleLabels, type TimeScale } from "../../../src/ui/timeline/timeScale";
import { buildRows } from "../../../src/ui/timeline/timelineRows";
import { oursPlan } from "../page/oursData";
import { run } from "../page/runner";

const LOCALE = "da-DK";
/** A fixed "today" inside the plan, so the today line is drawn the same in every run. */
const TODAY = "2025-06-16";

// Same labels and scale span as TimelineRoot (its helpers are private to it; if they become
// exported, import them instead of this copy).
function scaleLabels(locale: string): ScaleLabels {
  const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const monthShort = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "narrow", timeZone: "UTC" });
  return {
    week: (week) => formatText(common.WeekLabel, week),
    weekTitle: (week, year) => formatText(strings.WeekTitle, week, year),
    month: (year, m) => month.format(new Date(Date.UTC(year, m - 1, 1))),
    monthShort: (year, m) => monthShort.format(new Date(Date.UTC(year, m - 1, 1))),
    day: (dayOfMonth) => String(dayOfMonth),
    dayTitle: (dayOfMonth, isoDay) => `${weekday.format(new Date(Date.UTC(2024, 0, isoDay)))} ${dayOfMonth}`
  };
}

function timeScaleFor(scheduled: ScheduledTask[], goLive: string): TimeScale {
  let first = toDayNumber(goLive);
  let last = first + 14;
  for (const t of scheduled) {
    first = Math.min(first, t.startDay, toDayNumber(t.baseline.start));
    last = Math.max(last, t.endDay, toDayNumber(t.baseline.end));
  }
  return buildTimeScale(first, last, "week", scaleLabels(LOCALE));
}

const noop = (): void => undefined;

void run<TimelineGridProps>({
  prepare: (tasks) => {
    const plan = oursPlan(tasks);
    return {
      label: formatText(strings.GridLabel, plan.wave.title),
      rows: buildRows(plan.scheduled, "phase", new Set(), strings.NoIntegration),
      scheduled: plan.scheduled,
      scale: timeScaleFor(plan.scheduled, plan.wave.goLive),
      wave: plan.wave,
      today: TODAY,
      computedCritical: new Set(plan.critical.computedCritical),
      canEdit: true,
      locale: LOCALE,
      onToggleGroup: noop,
      onReschedule: noop,
      onOpen: noop
    };
  },
  mount: (root, props) => {
    ReactDOM.render(<TimelineGrid {...props} />, root);
    addEventListener("pagehide", () => ReactDOM.unmountComponentAtNode(root), { once: true });
  },
  inspect: (root, props) => ({
    "critical tasks in plan (computed)": props.computedCritical.size,
    "declared critical in plan": props.scheduled.filter((t) => t.task.declaredCritical).length,
    "task rows": root.querySelectorAll("[data-task-id]").length,
    bars: root.querySelectorAll("[data-task-bar]").length,
    "baseline bars": root.querySelectorAll('span[class*="baseline"]').length,
    "critical bars in view": root.querySelectorAll('[class*="barCritical"]').length,
    "dependency arrows": root.querySelectorAll('svg path[marker-end]').length
  })
});
