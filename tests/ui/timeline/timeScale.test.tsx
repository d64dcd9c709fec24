/** The timeline's scale: whole ISO weeks, months over weeks, day numbers to pixels. */
import { toDayNumber } from "../../../src/domain/isoDate";
import { buildTimeScale, dayAt, dayX, DAY_WIDTH, type ScaleLabels } from "../../../src/ui/timeline/timeScale";

const labels: ScaleLabels = {
  week: (w) => `uge ${w}`,
  weekTitle: (w, y) => `uge ${w} ${y}`,
  month: (y, m) => `${m}/${y}`,
  monthShort: (_y, m) => String(m),
  day: (d) => String(d),
  dayTitle: (d, dow) => `${dow} ${d}`
};

describe("buildTimeScale", () => {
  it("covers whole ISO weeks and labels them 'uge N' under months", () => {
    // Friday 2027-02-12 (PL 12's start in Bølge 5) to Friday 2027-04-16.
    const scale = buildTimeScale(toDayNumber("2027-02-12"), toDayNumber("2027-04-16"), "week", labels);
    expect(scale.startDay).toBe(toDayNumber("2027-02-08"));
    expect(scale.endDay).toBe(toDayNumber("2027-04-18"));
    expect(scale.lower.map((b) => b.label)).toEqual(["uge 6", "uge 7", "uge 8", "uge 9", "uge 10", "uge 11", "uge 12", "uge 13", "uge 14", "uge 15"]);
    expect(scale.upper.map((b) => b.label)).toEqual(["2/2027", "3/2027", "4/2027"]);
    expect(scale.width).toBe(70 * DAY_WIDTH.week);
    expect(scale.upper.reduce((sum, b) => sum + b.width, 0)).toBe(scale.width);
  });

  it("numbers weeks across New Year as ISO does (week 53 of 2026, week 1 of 2027)", () => {
    const scale = buildTimeScale(toDayNumber("2026-12-28"), toDayNumber("2027-01-10"), "week", labels);
    expect(scale.lower.map((b) => b.title)).toEqual(["uge 53 2026", "uge 1 2027"]);
  });

  it("maps days to pixels and back", () => {
    const scale = buildTimeScale(toDayNumber("2027-02-12"), toDayNumber("2027-04-16"), "day", labels);
    const day = toDayNumber("2027-03-01");
    expect(dayAt(scale, dayX(scale, day) + DAY_WIDTH.day / 2)).toBe(day);
    expect(scale.lower.filter((b) => b.weekend)).toHaveLength(20);
  });
});
