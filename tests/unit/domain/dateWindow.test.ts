import {
  criticalPath, isInPlanWindow, tasksShiftedOutsideWindow, planDateProblem, planDateWindow, schedulePlan, suggestBookings, workingDaysBetween,
  PLAN_YEAR_MAX, PLAN_YEAR_MIN, type ScheduleFlag
} from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

const wave = { goLive: "2027-10-04" };

function outsideFlags(flags: ScheduleFlag[]): Extract<ScheduleFlag, { kind: "dateOutsideWindow" }>[] {
  return flags.filter((f): f is Extract<ScheduleFlag, { kind: "dateOutsideWindow" }> => f.kind === "dateOutsideWindow");
}

describe("the plan's date window", () => {
  it("spans three whole years either side of Go-Live's year", () => {
    expect(planDateWindow("2027-10-04")).toEqual({ first: "2024-01-01", last: "2030-12-31" });
    expect(planDateWindow("2025-01-01")).toEqual({ first: "2022-01-01", last: "2028-12-31" });
  });

  it("stays inside 2000–2099, also without a wave or with a Go-Live that is itself a typo", () => {
    expect(PLAN_YEAR_MIN).toBe(2000);
    expect(PLAN_YEAR_MAX).toBe(2099);
    expect(planDateWindow()).toEqual({ first: "2000-01-01", last: "2099-12-31" });
    expect(planDateWindow("2001-05-01")).toEqual({ first: "2000-01-01", last: "2004-12-31" });
    expect(planDateWindow("2098-05-01")).toEqual({ first: "2095-01-01", last: "2099-12-31" });
    expect(planDateWindow("1900-01-01")).toEqual({ first: "2000-01-01", last: "2099-12-31" });
    expect(planDateWindow("9999-12-31")).toEqual({ first: "2000-01-01", last: "2099-12-31" });
  });

  it("refuses the typos of the issue (01.01.1900, 31.12.9999) and accepts every day of the KY years", () => {
    const window = planDateWindow(wave.goLive);
    expect(planDateProblem("1900-01-01", window)).toBe("beforeWindow");
    expect(planDateProblem("9999-12-31", window)).toBe("afterWindow");
    expect(planDateProblem("2072-10-04", window)).toBe("afterWindow");
    expect(planDateProblem("2023-12-31", window)).toBe("beforeWindow");
    expect(planDateProblem("2031-01-01", window)).toBe("afterWindow");
    expect(planDateProblem("10000-01-01", window)).toBe("notADate");
    expect(planDateProblem("2027-02-29", window)).toBe("notADate");
    expect(planDateProblem("", window)).toBe("notADate");
    for (const date of ["2024-01-01", "2026-03-02", "2027-10-04", "2030-12-31"]) expect(isInPlanWindow(date, window)).toBe(true);
  });
});

describe("a bad date in one row never takes the plan down", () => {
  const tasks = [makeTask({ id: 1, endOffsetDays: -171, startOffsetDays: -63 }), makeTask({ id: 2, endOffsetDays: -100, startOffsetDays: -14 })];

  it("schedules a local end of 31.12.9999: flagged, KOMBIT's end stands in, the other rows unchanged", () => {
    const [a, b] = schedulePlan(tasks, wave, [localDates(1, "2027-03-01", "9999-12-31")], "2027-01-04");
    expect(a.effective).toEqual({ start: "2027-03-01", end: a.baseline.end });
    expect(outsideFlags(a.flags)).toEqual([
      { kind: "dateOutsideWindow", taskId: 1, field: "localEnd", value: "9999-12-31", problem: "afterWindow", window: { first: "2024-01-01", last: "2030-12-31" } }
    ]);
    expect(a.hasLocalDates).toBe(true);
    expect(b.effective).toEqual(b.baseline);
    expect(b.flags.filter((f) => f.kind === "dateOutsideWindow")).toEqual([]);
  });

  it("schedules a local start of 01.01.1900 and a date that is no date at all, each flagged", () => {
    const [a, b] = schedulePlan(tasks, wave, [localDates(1, "1900-01-01", "2027-05-01"), localDates(2, "2027-05-01", "10000-01-01")]);
    expect(a.effective.start).toBe(a.baseline.start);
    expect(outsideFlags(a.flags).map((f) => [f.field, f.problem])).toEqual([["localStart", "beforeWindow"]]);
    expect(b.effective.end).toBe(b.baseline.end);
    expect(outsideFlags(b.flags).map((f) => [f.field, f.problem, f.value])).toEqual([["localEnd", "notADate", "10000-01-01"]]);
  });

  it("holds KOMBIT dates outside the window (a wrong offset) at its edge, flagged", () => {
    const bad = makeTask({ id: 3, endOffsetDays: 3_000_000, startOffsetDays: -14 });
    const [t] = schedulePlan([bad], wave);
    expect(t.outsideWindow).toBe(true);
    expect(t.baseline).toEqual({ start: "2030-12-31", end: "2030-12-31" });
    expect(t.effective).toEqual(t.baseline);
    expect(outsideFlags(t.flags).map((f) => [f.field, f.problem])).toEqual([["baseline", "afterWindow"]]);
    const [ok] = schedulePlan([tasks[0]], wave);
    expect(ok.outsideWindow).toBe(false);
  });

  it("lets the critical path and booking suggestions run over a plan with such rows", () => {
    const scheduled = schedulePlan([...tasks, makeTask({ id: 3, endOffsetDays: -9_000_000 })], wave, [localDates(1, "1900-01-01", "9999-12-31")]);
    expect(() => criticalPath(scheduled, { deadline: wave.goLive })).not.toThrow();
    for (const t of scheduled) expect(() => suggestBookings(t, "a@x.dk", [])).not.toThrow();
  });
});

describe("the holiday calendar at the end of the calendar", () => {
  it("counts working days up to 31.12.9999 (it asked for year 10000 and threw InvalidDateError \"10000-01-01\")", () => {
    expect(workingDaysBetween("9999-12-27", "9999-12-31")).toBe(5);
    expect(workingDaysBetween("9999-12-27", "9999-12-31", { recurringDaysOff: ["12-31"] })).toBe(4);
  });
});

describe("\"Forskyd\" and the window", () => {
  it("names the tasks a shift by working days would move past the window's end or start", () => {
    const tasks = [makeTask({ id: 1 }), makeTask({ id: 2 })];
    const scheduled = schedulePlan(tasks, wave, [localDates(1, "2030-11-04", "2030-12-20"), localDates(2, "2024-01-08", "2024-02-02")]);
    expect(tasksShiftedOutsideWindow(scheduled, 5).map((t) => t.id)).toEqual([]);
    expect(tasksShiftedOutsideWindow(scheduled, 10).map((t) => t.id)).toEqual([1]);
    expect(tasksShiftedOutsideWindow(scheduled, -6).map((t) => t.id)).toEqual([2]);
  });
});
