import { roundToTenth, weeklyCapacity, WEEKLY_CAPACITY_MAX_HOURS } from "../../../src/domain";

describe("a working-group member's weekly capacity", () => {
  it("is kept in tenths of an hour, above 0 and at most 60", () => {
    expect(WEEKLY_CAPACITY_MAX_HOURS).toBe(60);
    expect(weeklyCapacity(7.5)).toEqual({ ok: true, hours: 7.5 });
    expect(weeklyCapacity(37)).toEqual({ ok: true, hours: 37 });
    expect(weeklyCapacity(0.1)).toEqual({ ok: true, hours: 0.1 });
    expect(weeklyCapacity(0.05)).toEqual({ ok: true, hours: 0.1 });
    expect(weeklyCapacity(60)).toEqual({ ok: true, hours: 60 });
    expect(roundToTenth(18.75)).toBe(18.8);
  });

  it("refuses 0,01 (it rounded to 0 and was stored as 0), 0, negatives and more than 60", () => {
    expect(weeklyCapacity(0.01)).toEqual({ ok: false, problem: "belowOneTenth" });
    expect(weeklyCapacity(0.04)).toEqual({ ok: false, problem: "belowOneTenth" });
    expect(weeklyCapacity(0)).toEqual({ ok: false, problem: "notPositive" });
    expect(weeklyCapacity(-1)).toEqual({ ok: false, problem: "notPositive" });
    expect(weeklyCapacity(Number.NaN)).toEqual({ ok: false, problem: "notPositive" });
    expect(weeklyCapacity(60.1)).toEqual({ ok: false, problem: "tooMany" });
  });
});
