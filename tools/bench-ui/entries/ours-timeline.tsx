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
import { formatText } from "../../../src/ui/common/format";
import { preloadIconFonts } from "../../../src/ui/common/iconFonts";
import { TIMELINE_GRID_ICONS, TimelineGrid, type TimelineGridProps } from "../../../src/ui/timeline/TimelineGrid";
import { scaleLabels, timeScaleFor } from "../../../src/ui/timeline/timeScaleFor";
import { buildRows } from "../../../src/ui/timeline/timelineRows";
import { oursPlan } from "../page/oursData";
import { run } from "../page/runner";

const LOCALE = "da-DK";
/** A fixed "today" inside the plan, so the today line is drawn the same in every run. */
const TODAY = "2025-06-16";

const noop = (): void => undefined;

void run<TimelineGridProps>({
  prepare: (tasks) => {
    const plan = oursPlan(tasks);
    return {
      label: formatText(strings.GridLabel, plan.wave.title),
      rows: buildRows(plan.scheduled, "phase", new Set(), strings.NoIntegration),
      scheduled: plan.scheduled,
      scale: timeScaleFor(plan.scheduled, plan.wave.goLive, "week", scaleLabels(LOCALE)),
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
  // TimelineRoot starts this when it mounts, while the plan loads from SharePoint.
  warmUp: () => preloadIconFonts(TIMELINE_GRID_ICONS),
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
    "dependency arrows": root.querySelectorAll('svg path[data-link]').length
  })
});
