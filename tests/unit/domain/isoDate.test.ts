import { getISOWeek, getISOWeekYear, addDays as fnsAddDays, format } from "date-fns";
import {
  addDays, civilFromDays, dateInTimeZone, daysInMonth, diffDays, fromDayNumber, InvalidDateError, isIsoDate,
  isoDayOfWeek, isoWeek, toDayNumber, weekStart, weekStartsBetween
} from "../../../src/domain";

describe("ISO dates as day numbers", () => {
  it("maps known dates to day numbers and back", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2000-03-01")).toBe(11017);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(fromDayNumber(19723)).toBe("2024-01-01");
    expect(civilFromDays(-719468)).toEqual({ year: 0, month: 3, day: 1 });
  });

  it("round-trips every day from 1999 to 2041", () => {
    const first = toDayNumber("1999-01-01");
    const last = toDayNumber("2041-12-31");
    for (let d = first; d <= last; d++) expect(toDayNumber(fromDayNumber(d))).toBe(d);
  });

  it("agrees with Date.UTC for every day of 2020-2030", () => {
    for (let d = toDayNumber("2020-01-01"); d <= toDayNumber("2030-12-31"); d += 1) {
      expect(new Date(d * 86400000).toISOString().slice(0, 10)).toBe(fromDayNumber(d));
    }
  });

  it("rejects strings that are not real dates", () => {
    for (const bad of ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024-1-01", "", "2024-01-01T00:00"]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => toDayNumber(bad)).toThrow(InvalidDateError);
    }
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it("adds and diffs calendar days across year ends and leap days", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-02", -3)).toBe("2024-12-30");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(diffDays("2024-01-01", "2025-01-01")).toBe(366);
    expect(diffDays("2025-01-01", "2024-12-25")).toBe(-7);
  });

  describe("across daylight-saving changes, whatever the process time zone", () => {
    const originalTz = process.env.TZ;
    afterAll(() => {
      process.env.TZ = originalTz;
    });
    for (const tz of ["Europe/Copenhagen", "America/New_York", "Pacific/Auckland", "UTC"]) {
      it(`stays exact in ${tz}`, () => {
        process.env.TZ = tz;
        // Denmark: summer time starts 2024-03-31 and ends 2024-10-27.
        expect(addDays("2024-03-30", 1)).toBe("2024-03-31");
        expect(addDays("2024-03-31", 1)).toBe("2024-04-01");
        expect(addDays("2024-10-26", 2)).toBe("2024-10-28");
        expect(diffDays("2024-03-01", "2024-04-01")).toBe(31);
        expect(diffDays("2024-10-01", "2024-11-01")).toBe(31);
        expect(addDays("2024-04-01", -63)).toBe("2024-01-29");
      });
    }
  });

  it("gives ISO weekdays with Monday = 1", () => {
    expect(isoDayOfWeek(toDayNumber("1970-01-01"))).toBe(4);
    expect(isoDayOfWeek(toDayNumber("2024-03-31"))).toBe(7);
    expect(isoDayOfWeek(toDayNumber("1969-12-29"))).toBe(1);
  });

  it("finds the calendar date of an instant in Copenhagen on both sides of a DST change", () => {
    expect(dateInTimeZone(new Date("2024-03-30T22:59:00Z"))).toBe("2024-03-30");
    expect(dateInTimeZone(new Date("2024-03-30T23:00:00Z"))).toBe("2024-03-31");
    expect(dateInTimeZone(new Date("2024-03-31T21:59:00Z"))).toBe("2024-03-31");
    expect(dateInTimeZone(new Date("2024-03-31T22:00:00Z"))).toBe("2024-04-01");
    expect(dateInTimeZone(new Date("2024-10-26T22:00:00Z"))).toBe("2024-10-27");
    expect(dateInTimeZone(new Date("2024-10-27T22:59:00Z"))).toBe("2024-10-27");
    expect(dateInTimeZone(new Date("2024-10-27T23:00:00Z"))).toBe("2024-10-28");
    expect(dateInTimeZone(new Date("2024-06-01T12:00:00Z"), "UTC")).toBe("2024-06-01");
  });
});

describe("ISO weeks", () => {
  it("matches date-fns for every day of 2019-2031", () => {
    let date = new Date(2019, 0, 1, 12);
    for (let i = 0; i < 365 * 13; i++) {
      const iso = format(date, "yyyy-MM-dd");
      expect(isoWeek(iso)).toEqual({ year: getISOWeekYear(date), week: getISOWeek(date) });
      date = fnsAddDays(date, 1);
    }
  });

  it("handles weeks that straddle the year end", () => {
    expect(isoWeek("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeek("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(weekStart("2025-01-01")).toBe("2024-12-30");
    expect(weekStart("2024-03-31")).toBe("2024-03-25");
    expect(weekStart("2024-03-25")).toBe("2024-03-25");
  });

  it("lists the Mondays of the weeks that overlap a window", () => {
    expect(weekStartsBetween("2024-12-28", "2025-01-07")).toEqual(["2024-12-23", "2024-12-30", "2025-01-06"]);
    expect(weekStartsBetween("2025-01-07", "2025-01-01")).toEqual([]);
  });
});
