import { followUp, followUpOf, overBookedTasks, schedulePlan, type LocalTaskState } from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

// Windows: A 2027-03-01..03-12, B 2027-03-08..03-26, C (webinar) 2027-03-10, M (milestone) 2027-03-05.
const tasks = [
  makeTask({ id: 1, code: "A" }),
  makeTask({ id: 2, code: "B" }),
  makeTask({ id: 3, code: "C", kind: "webinar" }),
  makeTask({ id: 4, code: "M", kind: "milestone" })
];
function plan(states: Partial<Record<number, Partial<LocalTaskState>>>): ReturnType<typeof schedulePlan> {
  return schedulePlan(tasks, { goLive: "2027-10-04" }, [
    localDates(1, "2027-03-01", "2027-03-12", states[1]),
    localDates(2, "2027-03-08", "2027-03-26", states[2]),
    localDates(3, "2027-03-10", "2027-03-10", states[3]),
    localDates(4, "2027-03-05", "2027-03-05", states[4])
  ]);
}

describe("followUp", () => {
  it("lists a task whose slutdato has passed and that is not fuldført as overdue, with the days over", () => {
    const result = followUp(plan({ 1: { status: "started" } }), "2027-03-15");
    expect(result.overdue).toEqual([
      { kind: "overdue", taskId: 3, date: "2027-03-10", daysLate: 5 },
      { kind: "overdue", taskId: 1, date: "2027-03-12", daysLate: 3 }
    ]);
  });

  it("lists a task whose startdato has passed and that is not påbegyndt as starting late", () => {
    const result = followUp(plan({ 1: { status: "completed" }, 3: { status: "completed" } }), "2027-03-15");
    expect(result.overdue).toEqual([]);
    expect(result.lateStart).toEqual([{ kind: "lateStart", taskId: 2, date: "2027-03-08", daysLate: 7 }]);
  });

  it("lists an overdue task that never started once, as overdue", () => {
    const result = followUp(plan({}), "2027-03-13");
    expect(result.overdue.map((i) => i.taskId)).toEqual([3, 1]);
    expect(result.lateStart.map((i) => i.taskId)).toEqual([2]);
  });

  it("is on time on the day itself: the date must have passed", () => {
    const scheduled = plan({});
    expect(followUpOf(scheduled[0], "2027-03-01")).toBeUndefined();
    expect(followUpOf(scheduled[0], "2027-03-02")).toEqual({ kind: "lateStart", taskId: 1, date: "2027-03-01", daysLate: 1 });
    expect(followUpOf(scheduled[0], "2027-03-12")).toEqual({ kind: "lateStart", taskId: 1, date: "2027-03-01", daysLate: 11 });
    expect(followUpOf(scheduled[0], "2027-03-13")?.kind).toBe("overdue");
  });

  it("a påbegyndt task is not late to start, and a fuldført task is never behind", () => {
    expect(followUp(plan({ 2: { status: "started" } }), "2027-03-15").lateStart).toEqual([]);
    expect(followUp(plan({ 1: { status: "completed" }, 2: { status: "completed" }, 3: { status: "completed" } }), "2027-12-01")).toEqual({ overdue: [], lateStart: [] });
  });

  it("leaves milestones out (points in time, not work)", () => {
    const result = followUp(plan({ 1: { status: "completed" }, 2: { status: "completed" }, 3: { status: "completed" } }), "2027-03-20");
    expect([...result.overdue, ...result.lateStart].map((i) => i.taskId)).not.toContain(4);
  });

  it("orders by days late, then by code", () => {
    const sameDates = schedulePlan([makeTask({ id: 7, code: "PL 12" }), makeTask({ id: 8, code: "OA 12" })], { goLive: "2027-10-04" }, [
      localDates(7, "2027-03-01", "2027-03-12"),
      localDates(8, "2027-03-01", "2027-03-12")
    ]);
    expect(followUp(sameDates, "2027-03-20").overdue.map((i) => i.taskId)).toEqual([8, 7]);
  });

  it("lists the tasks booked beyond their effort, most over first, rounding aside", () => {
    const scheduled = plan({});
    const booking = (taskId: number, hours: number): { personEmail: string; taskId: number; weekStart: string; hours: number } =>
      ({ personEmail: "anne@kommune.dk", taskId, weekStart: "2027-03-01", hours });
    // Effort 5 days = 37 h each (fixtures); the webinar too.
    const result = overBookedTasks(scheduled, [booking(1, 37), booking(1, 27), booking(2, 37.04), booking(3, 40), booking(4, 50)]);
    expect(result).toEqual([
      { taskId: 1, neededHours: 37, bookedHours: 64, excessHours: 27 },
      { taskId: 3, neededHours: 37, bookedHours: 40, excessHours: 3 }
    ]);
  });
});
