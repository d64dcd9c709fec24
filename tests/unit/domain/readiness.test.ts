import { readiness, schedulePlan } from "../../../src/domain";
import { makeTask } from "./fixtures";

describe("readiness", () => {
  const anna = { email: "anna@kommune.dk", displayName: "Anna" };
  const tasks = [
    makeTask({ id: 1, effortDays: 1 }),
    makeTask({ id: 2, effortDays: 2 }),
    makeTask({ id: 3, effortDays: 0 }),
    makeTask({ id: 4, effortDays: 1 }),
    makeTask({ id: 10, kind: "webinar", effortDays: 0 }),
    makeTask({ id: 11, kind: "webinar", effortDays: 0 }),
    makeTask({ id: 20, kind: "milestone", effortDays: 0 })
  ];
  const local = [
    { taskId: 1, responsible: anna, performer: anna, status: "completed" as const, note: "" },
    { taskId: 2, responsible: anna, status: "started" as const, note: "" },
    { taskId: 3, status: "notStarted" as const, note: "" }
  ];
  const scheduled = schedulePlan(tasks, { goLive: "2026-03-02" }, local);

  it("gives shares of tasks owned, performed, resourced, started, completed and webinars attended", () => {
    const bookings = [
      { personEmail: "anna@kommune.dk", taskId: 1, weekStart: "2025-11-10", hours: 7.4 },
      { personEmail: "anna@kommune.dk", taskId: 2, weekStart: "2025-11-10", hours: 7.4 }
    ];
    expect(readiness(scheduled, local, bookings, [{ taskId: 10, personEmail: "anna@kommune.dk" }])).toEqual({
      withResponsible: { count: 2, total: 4, share: 0.5 },
      withPerformer: { count: 1, total: 4, share: 0.25 },
      coveredByBookings: { count: 2, total: 4, share: 0.5 }, // task 1 booked in full, task 3 needs nothing
      partlyCoveredByBookings: { count: 1, total: 4, share: 0.25 }, // task 2: 7.4 of 14.8 h
      started: { count: 2, total: 4, share: 0.5 },
      completed: { count: 1, total: 4, share: 0.25 },
      webinarsWithAttendees: { count: 1, total: 2, share: 0.5 }
    });
  });

  it("gives zero shares for an empty plan", () => {
    expect(readiness([], [], [], []).started).toEqual({ count: 0, total: 0, share: 0 });
  });

  it("counts a task only KOMBIT's own roles perform as covered: it asks no hours of the municipality", () => {
    const withKombit = schedulePlan(
      [makeTask({ id: 1, effortDays: 1 }), makeTask({ id: 2, effortDays: 2, recommendedRoles: ["KOMBIT-programleder"] })],
      { goLive: "2026-03-02" }
    );
    expect(readiness(withKombit, [], [], []).coveredByBookings).toEqual({ count: 1, total: 2, share: 0.5 });
    const shared = schedulePlan([makeTask({ id: 3, effortDays: 2, recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"] })], { goLive: "2026-03-02" });
    expect(readiness(shared, [], [], []).coveredByBookings.count).toBe(0);
  });
});
