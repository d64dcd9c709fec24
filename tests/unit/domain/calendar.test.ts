import {
  addWorkingDays, compileCalendar, danishPublicHolidays, daysOffBetween, easterSunday, isWorkingDay,
  toDayNumber, workingDayFraction, workingDaysBetween, InvalidDateError, type WorkingCalendar
} from "../../../src/domain";

describe("Easter and the Danish public holidays", () => {
  it("finds Easter Sunday 2020-2030 on the known dates", () => {
    const known: Record<number, string> = {
      2020: "2020-04-12", 2021: "2021-04-04", 2022: "2022-04-17", 2023: "2023-04-09", 2024: "2024-03-31",
      2025: "2025-04-20", 2026: "2026-04-05", 2027: "2027-03-28", 2028: "2028-04-16", 2029: "2029-04-01", 2030: "2030-04-21"
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it("lists the 2023 holidays with Store Bededag", () => {
    expect(danishPublicHolidays(2023)).toEqual([
      { date: "2023-01-01", name: "newYearsDay" },
      { date: "2023-04-06", name: "maundyThursday" },
      { date: "2023-04-07", name: "goodFriday" },
      { date: "2023-04-09", name: "easterSunday" },
      { date: "2023-04-10", name: "easterMonday" },
      { date: "2023-05-05", name: "greatPrayerDay" },
      { date: "2023-05-18", name: "ascensionDay" },
      { date: "2023-05-28", name: "whitSunday" },
      { date: "2023-05-29", name: "whitMonday" },
      { date: "2023-12-25", name: "christmasDay" },
      { date: "2023-12-26", name: "boxingDay" }
    ]);
  });

  it("has no Store Bededag from 2024", () => {
    const h2024 = danishPublicHolidays(2024);
    expect(h2024.map((h) => h.name)).not.toContain("greatPrayerDay");
    expect(h2024).toHaveLength(10);
    expect(h2024.find((h) => h.name === "ascensionDay")?.date).toBe("2024-05-09");
    expect(isWorkingDay("2024-04-26")).toBe(true); // would have been Store Bededag
    expect(isWorkingDay("2023-05-05")).toBe(false);
    expect(danishPublicHolidays(2022).find((h) => h.name === "greatPrayerDay")?.date).toBe("2022-05-13");
  });
});

describe("working days", () => {
  it("knows weekends, holidays and ordinary days", () => {
    expect(isWorkingDay("2025-04-17")).toBe(false); // Skærtorsdag
    expect(isWorkingDay("2025-04-21")).toBe(false); // 2. påskedag
    expect(isWorkingDay("2025-04-22")).toBe(true);
    expect(isWorkingDay("2025-04-19")).toBe(false); // Saturday
    expect(isWorkingDay("2025-12-24")).toBe(true); // not a public holiday
    expect(isWorkingDay("2026-01-01")).toBe(false);
  });

  it("counts working days inclusive of both ends", () => {
    expect(workingDaysBetween("2025-04-14", "2025-04-25")).toBe(7); // Easter week
    expect(workingDaysBetween("2025-04-14", "2025-04-14")).toBe(1);
    expect(workingDaysBetween("2025-04-19", "2025-04-20")).toBe(0);
    expect(workingDaysBetween("2025-04-25", "2025-04-14")).toBe(0);
    expect(workingDaysBetween("2024-12-23", "2025-01-03")).toBe(7); // 25, 26 Dec and 1 Jan off
    expect(workingDaysBetween("2025-01-01", "2025-12-31")).toBe(253); // 261 weekdays, 8 holidays on weekdays
    expect(workingDaysBetween("2023-01-01", "2023-12-31")).toBe(252); // 260 weekdays, 8 holidays on weekdays incl. Store Bededag
  });

  it("counts the same as a day-by-day walk over ten years", () => {
    const from = "2020-01-01";
    let count = 0;
    for (let d = 0; d < 3653; d += 1) {
      const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
      if (isWorkingDay(date)) count++;
      if (d % 97 === 0) expect(workingDaysBetween(from, date)).toBe(count);
    }
  });

  it("adds working days forwards and backwards over holidays and year ends", () => {
    expect(addWorkingDays("2025-04-16", 1)).toBe("2025-04-22");
    expect(addWorkingDays("2025-04-22", -1)).toBe("2025-04-16");
    expect(addWorkingDays("2024-12-23", 2)).toBe("2024-12-27");
    expect(addWorkingDays("2024-12-31", 1)).toBe("2025-01-02");
    expect(addWorkingDays("2025-01-02", -1)).toBe("2024-12-31");
    expect(addWorkingDays("2025-04-19", 0)).toBe("2025-04-19");
    expect(addWorkingDays("2025-03-28", 5)).toBe("2025-04-04"); // across the DST change
    expect(() => addWorkingDays("2025-03-28", 1.5)).toThrow(RangeError);
  });

  it("applies a municipality's extra days off and half days", () => {
    const municipal: WorkingCalendar = {
      recurringDaysOff: ["12-24", "12-31", "06-05", "05-01"],
      extraDaysOff: ["2025-05-02"],
      halfDays: ["2025-06-04"],
      recurringHalfDays: ["02-29"]
    };
    expect(isWorkingDay("2025-12-24", municipal)).toBe(false);
    expect(isWorkingDay("2025-05-02", municipal)).toBe(false);
    expect(isWorkingDay("2025-06-04", municipal)).toBe(true);
    expect(workingDayFraction("2025-06-04", municipal)).toBe(0.5);
    expect(workingDayFraction("2025-06-03", municipal)).toBe(1);
    expect(workingDayFraction("2025-06-07", municipal)).toBe(0);
    expect(workingDayFraction("2024-02-29", municipal)).toBe(0.5);
    expect(workingDaysBetween("2024-12-23", "2025-01-03", municipal)).toBe(5);
    expect(compileCalendar(municipal).weightBetween(toDayNumber("2025-06-02"), toDayNumber("2025-06-06"))).toBe(3.5);
    expect(compileCalendar(municipal).weightBetween(toDayNumber("2025-06-06"), toDayNumber("2025-06-02"))).toBe(0);
    expect(addWorkingDays("2025-04-30", 1, municipal)).toBe("2025-05-05");
    expect(daysOffBetween("2025-04-28", "2025-05-04", municipal)).toEqual(["2025-05-01", "2025-05-02"]);
    expect(daysOffBetween("2025-04-28", "2025-05-04")).toEqual([]);
  });

  it("lets a half day that is also a holiday stay off", () => {
    expect(workingDayFraction("2025-12-25", { halfDays: ["2025-12-25"] })).toBe(0);
  });

  it("refuses malformed calendar settings", () => {
    expect(() => compileCalendar({ extraDaysOff: ["2025-13-01"] })).toThrow(InvalidDateError);
    expect(() => isWorkingDay("2025-01-02", { recurringDaysOff: ["1224"] })).toThrow(InvalidDateError);
    expect(() => isWorkingDay("2025-01-02", { recurringDaysOff: ["02-30"] })).toThrow(InvalidDateError);
  });

  it("keeps counting right when years are loaded out of order", () => {
    const cal: WorkingCalendar = {};
    expect(isWorkingDay("2030-01-01", cal)).toBe(false);
    expect(workingDaysBetween("2019-12-30", "2020-01-03", cal)).toBe(4);
    expect(workingDaysBetween("2025-01-01", "2025-12-31", cal)).toBe(253); // 261 weekdays, 8 holidays on weekdays
  });
});
