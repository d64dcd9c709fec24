import { demandByRoleWeek, schedulePlan, taskDemand, NO_ROLE, DEFAULT_HOURS_PER_DAY } from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

const wave = { goLive: "2025-09-01" };

describe("taskDemand", () => {
  it("spreads effort over the working days of the window, per ISO week (Easter 2025)", () => {
    // 14-25 April: 14, 15, 16 | 22, 23, 24, 25 are working days (17, 18, 21 are holidays).
    const [t] = schedulePlan([makeTask({ id: 1, effortDays: 7 })], wave, [localDates(1, "2025-04-14", "2025-04-25")]);
    const d = taskDemand(t);
    expect(d.totalHours).toBeCloseTo(51.8, 10);
    expect(d.weeks.map((w) => w.weekStart)).toEqual(["2025-04-14", "2025-04-21"]);
    expect(d.weeks[0].hours).toBeCloseTo(22.2, 10);
    expect(d.weeks[1].hours).toBeCloseTo(29.6, 10);
    expect(d.noWorkingDays).toBe(false);
    expect(DEFAULT_HOURS_PER_DAY).toBe(7.4);
  });

  it("weighs half days by half and takes other hours per day", () => {
    const [t] = schedulePlan([makeTask({ id: 1, effortDays: 3 })], wave, [localDates(1, "2025-06-02", "2025-06-11")]);
    // Week 23: 2, 3, 4 (half), 5, 6 → 4.5; week 24: 9, 10, 11 → 3 (Whit Monday 9 June is a holiday → 2). Total 6.5.
    const d = taskDemand(t, { calendar: { halfDays: ["2025-06-04"] }, hoursPerDay: 8 });
    expect(d.totalHours).toBe(24);
    expect(d.weeks).toEqual([
      { weekStart: "2025-06-02", hours: (24 * 4.5) / 6.5 },
      { weekStart: "2025-06-09", hours: (24 * 2) / 6.5 }
    ]);
  });

  it("reports a window without working days", () => {
    const [t] = schedulePlan([makeTask({ id: 1, effortDays: 2 })], wave, [localDates(1, "2025-04-19", "2025-04-21")]);
    expect(taskDemand(t)).toEqual({ taskId: 1, totalHours: 14.8, weeks: [], noWorkingDays: true });
  });
});

describe("demandByRoleWeek", () => {
  const tasks = [
    makeTask({ id: 1, effortDays: 7, recommendedRoles: ["KY-projektleder"] }),
    makeTask({ id: 2, effortDays: 2, recommendedRoles: ["KY-projektleder", "Ydelseschef"] }),
    makeTask({ id: 3, effortDays: 1, recommendedRoles: [] }),
    makeTask({ id: 4, effortDays: 0 }),
    makeTask({ id: 5, effortDays: 1 })
  ];
  const local = [
    localDates(1, "2025-04-14", "2025-04-25"),
    localDates(2, "2025-04-22", "2025-04-23"),
    localDates(3, "2024-12-30", "2025-01-03"),
    localDates(4, "2025-04-22", "2025-04-23"),
    localDates(5, "2025-04-19", "2025-04-20")
  ];
  const scheduled = schedulePlan(tasks, wave, local);

  it("sums hours per role and week, sharing a task's effort between its roles", () => {
    const { cells, unplaceable } = demandByRoleWeek(scheduled);
    const rounded = cells.map((c) => ({ ...c, hours: Math.round(c.hours * 100) / 100 }));
    expect(rounded).toEqual([
      // Task 3 has no role: 30 Dec-3 Jan has 30, 31 Dec and 2, 3 Jan → all in week of 30 Dec.
      { role: NO_ROLE, weekStart: "2024-12-30", hours: 7.4 },
      { role: "KY-projektleder", weekStart: "2025-04-14", hours: 22.2 },
      { role: "KY-projektleder", weekStart: "2025-04-21", hours: 29.6 + 7.4 },
      { role: "Ydelseschef", weekStart: "2025-04-21", hours: 7.4 }
    ]);
    expect(unplaceable).toEqual([{ kind: "noWorkingDays", taskId: 5 }]);
  });

  it("can count the whole effort for each role", () => {
    const { cells } = demandByRoleWeek(scheduled, { roleSplit: "each" });
    expect(cells.find((c) => c.role === "Ydelseschef")?.hours).toBeCloseTo(14.8, 10);
  });

  it("conserves the total effort", () => {
    const { cells } = demandByRoleWeek(scheduled);
    const total = cells.reduce((sum, c) => sum + c.hours, 0);
    expect(total).toBeCloseTo((7 + 2 + 1) * 7.4, 8);
  });
});
