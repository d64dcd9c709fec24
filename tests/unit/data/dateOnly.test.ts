import { copenhagenOffsetMs, fromSharePointDate, isIsoDate, toSharePointDate } from "../../../src/data/mappers/dateOnly";

describe("DateOnly at the SharePoint boundary (Europe/Copenhagen)", () => {
  it("reads midnight of a winter-time date (UTC+1) as that date", () => {
    expect(fromSharePointDate("2027-03-27T23:00:00Z")).toBe("2027-03-28");
  });

  it("reads midnight of a summer-time date (UTC+2) as that date, the day after the spring change", () => {
    expect(fromSharePointDate("2027-03-28T22:00:00Z")).toBe("2027-03-29");
  });

  it("writes both sides of the spring change as SharePoint stores them", () => {
    expect(toSharePointDate("2027-03-28")).toBe("2027-03-27T23:00:00Z");
    expect(toSharePointDate("2027-03-29")).toBe("2027-03-28T22:00:00Z");
  });

  it("writes both sides of the autumn change (last Sunday of October 2027 is the 31st)", () => {
    expect(toSharePointDate("2027-10-31")).toBe("2027-10-30T22:00:00Z");
    expect(toSharePointDate("2027-11-01")).toBe("2027-10-31T23:00:00Z");
    expect(fromSharePointDate("2027-10-30T22:00:00Z")).toBe("2027-10-31");
    expect(fromSharePointDate("2027-10-31T23:00:00Z")).toBe("2027-11-01");
  });

  it("round-trips every day of two years, which covers four clock changes", () => {
    const start = Date.UTC(2026, 0, 1);
    for (let d = 0; d < 730; d++) {
      const date = new Date(start + d * 86400000).toISOString().slice(0, 10);
      const stored = toSharePointDate(date);
      expect(fromSharePointDate(stored)).toBe(date);
      // Midnight in Copenhagen is 22:00 or 23:00 UTC the day before.
      expect(stored).toMatch(/T2[23]:00:00Z$/);
    }
  });

  it("agrees with the platform's own time-zone data", () => {
    const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" });
    for (const instant of ["2027-03-28T00:59:59Z", "2027-03-28T01:00:00Z", "2027-10-31T00:59:59Z", "2027-10-31T01:00:00Z", "2026-12-31T23:30:00Z"]) {
      expect(fromSharePointDate(instant)).toBe(fmt.format(new Date(instant)));
    }
    expect(copenhagenOffsetMs(Date.parse("2027-07-01T12:00:00Z"))).toBe(2 * 3600000);
    expect(copenhagenOffsetMs(Date.parse("2027-01-01T12:00:00Z"))).toBe(3600000);
  });

  it("reads a value with a time of day as the Copenhagen date of that instant", () => {
    expect(fromSharePointDate("2027-06-15T21:59:00Z")).toBe("2027-06-15");
    expect(fromSharePointDate("2027-06-15T22:00:00Z")).toBe("2027-06-16");
  });

  it("treats empty as no date and rejects what is not a date", () => {
    expect(fromSharePointDate(null)).toBeUndefined();
    expect(fromSharePointDate("")).toBeUndefined();
    expect(() => fromSharePointDate("not a date")).toThrow(RangeError);
    expect(() => toSharePointDate("2027-02-30")).toThrow(RangeError);
    expect(() => toSharePointDate("28-03-2027")).toThrow(RangeError);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
  });
});
