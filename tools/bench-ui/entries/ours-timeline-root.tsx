/**
 * Our whole timeline web part UI: TimelineRoot over in-memory repositories holding the seeded
 * plan, so the timed span also covers loading, scheduling, the critical path, filters, the
 * command bar and the grid — what a user waits for after the web part's data has arrived.
 * A reference next to ours-timeline (the grid with its props ready); not a budget line.
 */
import "../page/fluentIcons";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { createMemoryRepositories } from "../../../src/data/memory";
import type { PlanRepositories } from "../../../src/data/repositories";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";
import { oursPlan } from "../page/oursData";
import { run, whenPresent } from "../page/runner";
import { preloadIconFonts } from "../../../src/ui/common/iconFonts";
import { TIMELINE_GRID_ICONS } from "../../../src/ui/timeline/TimelineGrid";

void run<{ repositories: PlanRepositories; wave: string }>({
  prepare: (tasks) => {
    const plan = oursPlan(tasks);
    const me = { id: 1, email: "projektleder@kommune.dk", displayName: "Projektleder" };
    const repositories = createMemoryRepositories(
      { waves: [plan.wave], tasks: plan.tasks, local: plan.local, workingGroup: [{ person: me, roles: ["Projektleder"], weeklyCapacityHours: 37 }], bookings: [], attendance: [] },
      { currentUser: me }
    );
    return { repositories, wave: plan.wave.title };
  },
  // The root starts this when it mounts, while the plan loads from SharePoint (the in-memory
  // repositories here answer at once, before a font could arrive).
  warmUp: () => preloadIconFonts(TIMELINE_GRID_ICONS),
  mount: (root, { repositories, wave }) => {
    const ready = whenPresent(root, "[data-task-bar]");
    ReactDOM.render(<TimelineRoot repositories={repositories} municipalityName="Bench Kommune" defaultWave={wave} locale="da-DK" />, root);
    addEventListener("pagehide", () => ReactDOM.unmountComponentAtNode(root), { once: true });
    return ready;
  },
  inspect: (root) => ({
    "task rows": root.querySelectorAll("[data-task-id]").length,
    bars: root.querySelectorAll("[data-task-bar]").length,
    "dependency arrows": root.querySelectorAll("svg path[data-link]").length
  })
});
