/**
 * Dependency arrows' geometry: rowLinks pairs the shown task rows once per rows, and
 * dependencyLinks positions only the links that reach the rendered window [first, last).
 */
import { schedulePlan, toDayNumber, type ScheduledTask } from "../../../src/domain";
import { dependencyLinks, rowLinks, type RowLink } from "../../../src/ui/timeline/DependencyArrows";
import { TASK_COLUMN_WIDTH } from "../../../src/ui/timeline/TimelineGrid.styles";
import { DAY_WIDTH } from "../../../src/ui/timeline/timeScale";
import { scaleLabels, timeScaleFor } from "../../../src/ui/timeline/timeScaleFor";
import { buildRows, type TimelineRow } from "../../../src/ui/timeline/timelineRows";
import { localDates, makeTask } from "../../unit/domain/fixtures";

const GO_LIVE = "2026-03-02";
const PHASE_A = "Fase 1: Forberedelse";
const PHASE_B = "Fase 2.1: Planlægning";

/**
 * Phase A: PL 1 (09-01..09-10), PL 2 after PL 1 starting on PL 1's last day (violated),
 * PL 3 after PL 2 starting the day after PL 2 ends (fine).
 * Phase B: PL 4 after PL 1 and PL 3 (fine), PL 5 after task 99 (not in the plan) and PL 4,
 * starting before PL 4 ends (violated).
 */
function plan(): ScheduledTask[] {
  const tasks = [
    makeTask({ id: 1, code: "PL 1", phase: PHASE_A }),
    makeTask({ id: 2, code: "PL 2", phase: PHASE_A, predecessors: [1] }),
    makeTask({ id: 3, code: "PL 3", phase: PHASE_A, predecessors: [2] }),
    makeTask({ id: 4, code: "PL 4", phase: PHASE_B, predecessors: [1, 3] }),
    makeTask({ id: 5, code: "PL 5", phase: PHASE_B, predecessors: [99, 4] })
  ];
  return schedulePlan(tasks, { goLive: GO_LIVE }, [
    localDates(1, "2025-09-01", "2025-09-10"),
    localDates(2, "2025-09-10", "2025-09-20"),
    localDates(3, "2025-09-21", "2025-09-30"),
    localDates(4, "2025-10-01", "2025-10-10"),
    localDates(5, "2025-10-05", "2025-10-15")
  ]);
}

/** The task id of each row, or the group's key for a group row. */
function shape(rows: TimelineRow[]): (number | string)[] {
  return rows.map((row) => (row.type === "task" ? row.task.id : row.key));
}

const pairs = (links: readonly RowLink[]): [number, number][] => links.map((l) => [l.from, l.to]);

describe("rowLinks", () => {
  it("pairs each task row with the rows of its predecessors", () => {
    const rows = buildRows(plan(), "phase", new Set(), "Ingen integration");
    // 0: group A, 1: PL 1, 2: PL 2, 3: PL 3, 4: group B, 5: PL 4, 6: PL 5.
    expect(shape(rows)).toEqual([PHASE_A, 1, 2, 3, PHASE_B, 4, 5]);
    // Task 99 has no row: PL 5 gets only its link from PL 4.
    expect(pairs(rowLinks(rows))).toEqual([
      [1, 2],
      [2, 3],
      [1, 5],
      [3, 5],
      [5, 6]
    ]);
  });

  it("makes no link to or from a task whose row is not shown (collapsed group)", () => {
    const rows = buildRows(plan(), "phase", new Set([PHASE_A]), "Ingen integration");
    expect(shape(rows)).toEqual([PHASE_A, PHASE_B, 4, 5]);
    expect(pairs(rowLinks(rows))).toEqual([[2, 3]]);
  });

  it("makes no link to a predecessor filtered out of the rows", () => {
    const rows = buildRows(plan().filter((t) => t.id !== 4), "phase", new Set(), "Ingen integration");
    expect(shape(rows)).toEqual([PHASE_A, 1, 2, 3, PHASE_B, 5]);
    expect(pairs(rowLinks(rows))).toEqual([
      [1, 2],
      [2, 3]
    ]);
  });

  it("links from a predecessor's first row when a task is shown under several integrations", () => {
    const tasks = [
      makeTask({ id: 1, integrations: ["Finans", "Debitor"] }),
      makeTask({ id: 2, integrations: ["Debitor", "Faktura"], predecessors: [1] })
    ];
    const scheduled = schedulePlan(tasks, { goLive: GO_LIVE }, [localDates(1, "2025-09-01", "2025-09-10"), localDates(2, "2025-09-11", "2025-09-20")]);
    const rows = buildRows(scheduled, "integration", new Set(), "Ingen integration");
    // 0: Finans, 1: task 1, 2: Debitor, 3: task 1, 4: task 2, 5: Faktura, 6: task 2.
    expect(shape(rows)).toEqual(["Finans", 1, "Debitor", 1, 2, "Faktura", 2]);
    expect(pairs(rowLinks(rows))).toEqual([
      [1, 4],
      [1, 6]
    ]);
  });
});

describe("dependencyLinks", () => {
  const scheduled = plan();
  const rows = buildRows(scheduled, "phase", new Set(), "Ingen integration");
  const links = rowLinks(rows);
  const scale = timeScaleFor(scheduled, GO_LIVE, "week", scaleLabels("da-DK"));

  it("keeps every link when the window holds every row, marking the violated ones", () => {
    const shown = dependencyLinks(rows, links, scale, 0, rows.length);
    expect(shown.map((l) => [l.from, l.to, l.violated])).toEqual([
      [1, 2, true], // PL 2 starts on PL 1's last day
      [2, 3, false], // PL 3 starts the day after PL 2 ends
      [1, 5, false],
      [3, 5, false],
      [5, 6, true] // PL 5 starts before PL 4 ends
    ]);
    expect(new Set(shown.map((l) => l.key)).size).toBe(shown.length);
  });

  it("keeps the links with an end in [first, last) and drops those with both ends outside", () => {
    // Rows 3 (PL 3) and 4 (group B): PL 2 → PL 3 ends inside, PL 3 → PL 4 starts inside.
    expect(pairs(dependencyLinks(rows, links, scale, 3, 5))).toEqual([
      [2, 3],
      [3, 5]
    ]);
    // `first` is inside the window: row 5 (PL 4) brings in both its incoming and its outgoing links.
    expect(pairs(dependencyLinks(rows, links, scale, 5, 6))).toEqual([
      [1, 5],
      [3, 5],
      [5, 6]
    ]);
    // `last` is not: the group row 4 alone reaches no link, though links run past it.
    expect(dependencyLinks(rows, links, scale, 4, 5)).toEqual([]);
    expect(dependencyLinks(rows, links, scale, 0, 1)).toEqual([]);
    // An empty window keeps nothing.
    expect(dependencyLinks(rows, links, scale, 3, 3)).toEqual([]);
  });

  it("starts a link at the day after the predecessor's end and ends it at the successor's start", () => {
    const [first, second] = dependencyLinks(rows, links, scale, 1, 3);
    const x = (date: string): number => TASK_COLUMN_WIDTH + (toDayNumber(date) - scale.startDay) * DAY_WIDTH.week;
    // PL 1 → PL 2: from 2025-09-11 back to 2025-09-10, one day to the left (the overlap).
    expect(first).toMatchObject({ from: 1, to: 2, x1: x("2025-09-11"), x2: x("2025-09-10"), violated: true });
    expect(first.x2 - first.x1).toBe(-DAY_WIDTH.week);
    // PL 2 → PL 3: the successor starts exactly where the predecessor's last day ends.
    expect(second).toMatchObject({ from: 2, to: 3, x1: x("2025-09-21"), x2: x("2025-09-21"), violated: false });
  });

  it("is violated exactly when the successor starts on or before the predecessor's end", () => {
    const shift = (successorStart: string): boolean => {
      const tasks = [makeTask({ id: 1 }), makeTask({ id: 2, predecessors: [1] })];
      const s = schedulePlan(tasks, { goLive: GO_LIVE }, [localDates(1, "2025-09-01", "2025-09-10"), localDates(2, successorStart, "2025-09-30")]);
      const r = buildRows(s, "phase", new Set(), "Ingen integration");
      const [link] = dependencyLinks(r, rowLinks(r), timeScaleFor(s, GO_LIVE, "day", scaleLabels("da-DK")), 0, r.length);
      return link.violated;
    };
    expect(shift("2025-09-05")).toBe(true);
    expect(shift("2025-09-10")).toBe(true);
    expect(shift("2025-09-11")).toBe(false);
    expect(shift("2025-09-15")).toBe(false);
  });
});
