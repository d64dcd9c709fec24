/** The print view's scale (the period fitted to the paper) and where the task column stops being sticky. */
import { toDayNumber } from "../../../src/domain/isoDate";
import { bandZoomFor, buildTimeScale, dayX, fitTimeScale, type ScaleLabels } from "../../../src/ui/timeline/timeScale";
import { columnStaysSticky, MIN_CHART_WIDTH } from "../../../src/ui/timeline/useStickyColumn";
import { PRINT_CHART_WIDTH, PRINT_CSS, PRINT_WIDTH } from "../../../src/ui/timeline/TimelinePrint";
import { TASK_COLUMN_WIDTH } from "../../../src/ui/timeline/TimelineGrid.styles";

const labels: ScaleLabels = {
  week: (w) => `uge ${w}`,
  weekTitle: (w, y) => `uge ${w} ${y}`,
  month: (y, m) => `${m}/${y}`,
  monthShort: (_y, m) => String(m),
  day: (d) => String(d),
  dayTitle: (d, dow) => `${dow} ${d}`
};

describe("fitTimeScale", () => {
  // Bølge 5: from PL 10 (09.01.2027) to GL 11 (22.11.2027), Go-Live 04.10.2027.
  const first = toDayNumber("2027-01-09");
  const last = toDayNumber("2027-11-22");

  it.each(["day", "week", "month"] as const)("draws the same period exactly as wide as the paper at %s zoom", (zoom) => {
    const screen = buildTimeScale(first, last, zoom, labels);
    const printed = fitTimeScale(screen, PRINT_CHART_WIDTH, labels);
    expect(printed.startDay).toBe(screen.startDay);
    expect(printed.endDay).toBe(screen.endDay);
    expect(printed.width).toBeCloseTo(PRINT_CHART_WIDTH, 6);
    expect(dayX(printed, toDayNumber("2027-10-04"))).toBeLessThan(PRINT_CHART_WIDTH);
    expect(printed.lower.reduce((sum, b) => sum + b.width, 0)).toBeCloseTo(printed.width, 6);
  });

  it("labels a year on A3 by month, as week labels would not fit", () => {
    const printed = fitTimeScale(buildTimeScale(first, last, "day", labels), PRINT_CHART_WIDTH, labels);
    expect(printed.zoom).toBe("month");
    expect(printed.lower[0].label).toBe("1");
    expect(printed.upper.map((b) => b.label)).toEqual(["2027"]);
  });

  it("keeps the chosen zoom's bands for a short period, and never a finer one", () => {
    const short = buildTimeScale(toDayNumber("2027-02-12"), toDayNumber("2027-04-16"), "week", labels);
    expect(fitTimeScale(short, PRINT_CHART_WIDTH, labels).zoom).toBe("week");
    expect(bandZoomFor("month", 100)).toBe("month");
    expect(bandZoomFor("day", 18)).toBe("day");
    expect(bandZoomFor("day", 17)).toBe("week");
    // A week band needs 44 px for "uge 52".
    expect(bandZoomFor("week", 44 / 7)).toBe("week");
    expect(bandZoomFor("week", 6.2)).toBe("month");
  });
});

describe("print page", () => {
  it("prints on A3 landscape with 10 mm margins: 400 mm of width for the grid", () => {
    expect(PRINT_WIDTH).toBe(1511);
    expect(TASK_COLUMN_WIDTH + PRINT_CHART_WIDTH + 2).toBeLessThanOrEqual(PRINT_WIDTH);
    expect(PRINT_CSS).toContain("@page { size: A3 landscape; margin: 10mm; }");
  });
});

describe("columnStaysSticky", () => {
  it("keeps the task column in place only where the chart still has room beside it", () => {
    expect(columnStaysSticky(1200, TASK_COLUMN_WIDTH)).toBe(true);
    expect(columnStaysSticky(TASK_COLUMN_WIDTH + MIN_CHART_WIDTH, TASK_COLUMN_WIDTH)).toBe(true);
    expect(columnStaysSticky(TASK_COLUMN_WIDTH + MIN_CHART_WIDTH - 1, TASK_COLUMN_WIDTH)).toBe(false);
    // 320 CSS px less the page's padding: the column alone would cover the chart.
    expect(columnStaysSticky(230, TASK_COLUMN_WIDTH)).toBe(false);
  });
});
