import { schedulePlan, scheduleTask, type ScheduleFlag } from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

describe("scheduleTask", () => {
  it("counts offsets in calendar days from Go-Live (PL 12: -171 / -63)", () => {
    expect(scheduleTask({ endOffsetDays: -171, startOffsetDays: -63 }, "2026-03-02")).toEqual({ start: "2025-07-11", end: "2025-09-12" });
  });

  it("crosses year ends exactly", () => {
    expect(scheduleTask({ endOffsetDays: -3, startOffsetDays: -63 }, "2025-01-02")).toEqual({ start: "2024-10-28", end: "2024-12-30" });
    expect(scheduleTask({ endOffsetDays: 30, startOffsetDays: 0 }, "2024-12-15")).toEqual({ start: "2025-01-14", end: "2025-01-14" });
  });

  it("crosses daylight-saving changes exactly (spring and autumn)", () => {
    expect(scheduleTask({ endOffsetDays: -1, startOffsetDays: -7 }, "2024-04-01")).toEqual({ start: "2024-03-24", end: "2024-03-31" });
    expect(scheduleTask({ endOffsetDays: -35, startOffsetDays: -42 }, "2024-12-01")).toEqual({ start: "2024-09-15", end: "2024-10-27" });
  });
});

describe("schedulePlan", () => {
  const wave = { goLive: "2026-03-02" };

  it("gives baseline and effective dates, with local dates overriding and the variance", () => {
    const tasks = [makeTask({ id: 1, endOffsetDays: -171, startOffsetDays: -63 }), makeTask({ id: 2, endOffsetDays: -100, startOffsetDays: -14 })];
    const [a, b] = schedulePlan(tasks, wave, [localDates(1, "2025-07-14", "2025-09-19", { status: "started" })]);
    expect(a.baseline).toEqual({ start: "2025-07-11", end: "2025-09-12" });
    expect(a.effective).toEqual({ start: "2025-07-14", end: "2025-09-19" });
    expect(a.startVarianceDays).toBe(3);
    expect(a.endVarianceDays).toBe(7);
    expect(a.hasLocalDates).toBe(true);
    expect(a.status).toBe("started");
    expect(b.effective).toEqual(b.baseline);
    expect(b.status).toBe("notStarted");
    expect(b.hasLocalDates).toBe(false);
    expect(b.startVarianceDays).toBe(0);
  });

  it("overrides only the local end when only that is set", () => {
    const [t] = schedulePlan([makeTask({ id: 1, endOffsetDays: -100, startOffsetDays: -14 })], wave, [
      { taskId: 1, localEnd: "2025-11-25", status: "notStarted", note: "" }
    ]);
    expect(t.effective).toEqual({ start: "2025-11-08", end: "2025-11-25" });
    expect(t.endVarianceDays).toBe(3);
  });

  it("merges local predecessors after KOMBIT's without duplicates", () => {
    const [t] = schedulePlan([makeTask({ id: 5, predecessors: [1, 2] })], wave, [
      { taskId: 5, status: "notStarted", note: "", localPredecessors: [2, 3] }
    ]);
    expect(t.predecessors).toEqual([1, 2, 3]);
  });

  it("raises every flag with its data", () => {
    const tasks = [
      makeTask({ id: 1, endOffsetDays: 5, startOffsetDays: -3 }), // ends after Go-Live; 2026-03-04 → 2026-03-07 Sat
      makeTask({ id: 2, endOffsetDays: -101, startOffsetDays: -14 }), // should have started: 2025-11-07 (Fri)
      makeTask({ id: 3, endOffsetDays: -100, startOffsetDays: -14 }), // local end before local start
      makeTask({ id: 4, endOffsetDays: -44, startOffsetDays: -7 }) // starts Sat 2026-01-10, ends Sat 2026-01-17
    ];
    const scheduled = schedulePlan(tasks, wave, [localDates(3, "2025-12-10", "2025-12-01")], "2025-11-20");
    const flags = scheduled.flatMap((t) => t.flags);
    expect(flags).toEqual<ScheduleFlag[]>([
      { kind: "endsAfterGoLive", taskId: 1, daysAfter: 5 },
      { kind: "endsOnNonWorkingDay", taskId: 1, date: "2026-03-07" },
      { kind: "shouldHaveStarted", taskId: 2, daysLate: 13 },
      { kind: "localEndBeforeLocalStart", taskId: 3 },
      { kind: "startsOnNonWorkingDay", taskId: 4, date: "2026-01-10" },
      { kind: "endsOnNonWorkingDay", taskId: 4, date: "2026-01-17" }
    ]);
  });

  it("does not flag a started task as late, nor anything late without today", () => {
    const tasks = [makeTask({ id: 2, endOffsetDays: -101, startOffsetDays: -14 })];
    expect(schedulePlan(tasks, wave, [{ taskId: 2, status: "started", note: "" }], "2025-12-20")[0].flags).toEqual([]);
    expect(schedulePlan(tasks, wave)[0].flags).toEqual([]);
  });

  it("uses the municipality's calendar for non-working-day flags", () => {
    const tasks = [makeTask({ id: 1, endOffsetDays: 0, startOffsetDays: -4 })]; // 2025-12-24 (Wed) → 2025-12-28
    const plain = schedulePlan(tasks, { goLive: "2025-12-28" });
    expect(plain[0].flags.map((f) => f.kind)).toEqual(["endsOnNonWorkingDay"]);
    const municipal = schedulePlan(tasks, { goLive: "2025-12-28" }, [], undefined, { calendar: { recurringDaysOff: ["12-24"] } });
    expect(municipal[0].flags.map((f) => f.kind)).toEqual(["startsOnNonWorkingDay", "endsOnNonWorkingDay"]);
  });
});
