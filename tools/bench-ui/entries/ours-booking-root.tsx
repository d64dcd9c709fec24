/**
 * Our whole booking web part UI, what the user sees: BookingRoot (working group, command bar, the
 * people × weeks BookingGrid) over in-memory repositories with the seeded people and weeks of
 * bookings (?n=people&weeks=weeks). Timed: first paint (loading from the in-memory repositories
 * included: they answer at once), then one cell edit
 * as a keyboard user makes it: with a person expanded and a task cell's editor open with "7",
 * the Enter that commits it, until the grid (cell, person total, demand and totals) is painted.
 */
import "../page/fluentIcons";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { createMemoryRepositories } from "../../../src/data/memory";
import type { PlanRepositories } from "../../../src/data/repositories";
import { BookingRoot } from "../../../src/ui/booking/BookingRoot";
import { makeBookingData } from "../page/bookingData";
import { weeksFromUrl } from "../page/bookingPage";
import { run, whenPresent } from "../page/runner";
import { preloadIconFonts } from "../../../src/ui/common/iconFonts";
import { BOOKING_GRID_ICONS } from "../../../src/ui/booking/BookingGridRow";

function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
}

function required<T extends Element>(root: HTMLElement, selector: string, what: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`booking page: no ${what} (${selector})`);
  return element;
}

void run<{ repositories: PlanRepositories; wave: string; weeks: number }>({
  prepare: (_tasks, people) => {
    const data = makeBookingData(people, weeksFromUrl());
    const repositories = createMemoryRepositories(
      { waves: [data.plan.wave], tasks: data.plan.tasks, local: data.plan.local, workingGroup: data.members, bookings: data.bookings, attendance: [] },
      { currentUser: data.members[0].person }
    );
    return { repositories, wave: data.plan.wave.title, weeks: data.weekStarts.length };
  },
  // The root starts this when it mounts, while the plan loads from SharePoint (the in-memory
  // repositories here answer at once, before a font could arrive).
  warmUp: () => preloadIconFonts(BOOKING_GRID_ICONS),
  mount: (root, { repositories, wave }) => {
    const ready = whenPresent(root, '[role="grid"] [role="gridcell"]');
    ReactDOM.render(<BookingRoot repositories={repositories} municipalityName="Bench Kommune" defaultWave={wave} locale="da-DK" />, root);
    addEventListener("pagehide", () => ReactDOM.unmountComponentAtNode(root), { once: true });
    return ready;
  },
  beforeEdit: async (root) => {
    // Expand the first person, then open the editor on their first task's first-week cell.
    required<HTMLButtonElement>(root, '[role="grid"] button[aria-expanded="false"]', "person to expand").click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const cell = required<HTMLElement>(root, '[role="grid"] [data-pos]:not(button)[role="gridcell"]:not([aria-readonly])', "editable cell");
    cell.click();
    cell.focus();
    key(cell, "7");
    required<HTMLInputElement>(root, '[role="grid"] input', "cell editor");
  },
  edit: (root) => {
    key(required<HTMLInputElement>(root, '[role="grid"] input', "cell editor"), "Enter");
  },
  inspect: (root, input) => ({
    "grid elements": root.querySelectorAll('[role="grid"] *').length + 1,
    "week columns": root.querySelectorAll('[role="grid"] [role="columnheader"]').length - 2,
    "grid rows (aria-rowcount)": Number(root.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") ?? 0) - 1,
    "rendered rows": root.querySelectorAll('[role="grid"] [role="row"]').length - 1,
    "booked weeks in data": input.weeks
  })
});
