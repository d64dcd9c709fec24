import { overAllocations, schedulePlan, suggestBookings, taskCoverage, weekCapacityHours, type Booking, type WorkingGroupMember } from "../../../src/domain";
import { overBookedHours } from "../../../src/domain/bookings";
import { MUNICIPALITY_DEMAND } from "../../../src/domain/demand";
import { bookingKeyOf, sameBookingCell } from "../../../src/domain/bookingKey";
import { localDates, makeTask } from "./fixtures";

const anna: WorkingGroupMember = { person: { email: "anna@kommune.dk", displayName: "Anna" }, roles: ["KY-projektleder"], weeklyCapacityHours: 37 };
const bo: WorkingGroupMember = { person: { email: "bo@kommune.dk", displayName: "Bo" }, roles: ["Ydelseschef"], weeklyCapacityHours: 10 };
const booking = (personEmail: string, taskId: number, weekStart: string, hours: number): Booking => ({ personEmail, taskId, weekStart, hours });

describe("weekCapacityHours", () => {
  it("scales the weekly capacity by the week's working days", () => {
    expect(weekCapacityHours(anna, "2025-04-14")).toBeCloseTo(22.2, 10); // Skærtorsdag, Langfredag
    expect(weekCapacityHours(anna, "2025-04-16")).toBeCloseTo(22.2, 10); // any day of the week
    expect(weekCapacityHours(anna, "2025-04-28")).toBe(37);
    expect(weekCapacityHours(anna, "2025-04-28", { recurringDaysOff: ["05-01"], halfDays: ["2025-04-30"] })).toBeCloseTo(37 * 0.7, 10);
  });
});

describe("overAllocations", () => {
  it("reports person-weeks booked above capacity, summing tasks, case-insensitive e-mails", () => {
    const bookings = [
      booking("anna@kommune.dk", 1, "2025-04-14", 15),
      booking("ANNA@kommune.dk", 2, "2025-04-16", 10), // same week, given mid-week
      booking("anna@kommune.dk", 1, "2025-04-28", 30),
      booking("bo@kommune.dk", 1, "2025-04-28", 10),
      booking("carl@kommune.dk", 1, "2025-04-28", 2)
    ];
    expect(overAllocations(bookings, [anna, bo])).toEqual([
      { kind: "overAllocated", personEmail: "anna@kommune.dk", weekStart: "2025-04-14", bookedHours: 25, capacityHours: expect.closeTo(22.2, 10), excessHours: expect.closeTo(2.8, 10), inWorkingGroup: true },
      { kind: "overAllocated", personEmail: "carl@kommune.dk", weekStart: "2025-04-28", bookedHours: 2, capacityHours: 0, excessHours: 2, inWorkingGroup: false }
    ]);
  });

  it("reports nothing when everyone is within capacity", () => {
    expect(overAllocations([booking("bo@kommune.dk", 1, "2025-04-28", 10)], [bo])).toEqual([]);
  });
});

describe("taskCoverage", () => {
  it("compares booked with needed hours per task", () => {
    const scheduled = schedulePlan([makeTask({ id: 1, effortDays: 7 }), makeTask({ id: 2, effortDays: 1 }), makeTask({ id: 3, effortDays: 0 })], { goLive: "2025-09-01" });
    const bookings = [booking("anna@kommune.dk", 1, "2025-04-14", 20), booking("bo@kommune.dk", 1, "2025-04-21", 20), booking("bo@kommune.dk", 2, "2025-04-21", 8)];
    const result = taskCoverage(scheduled, bookings);
    expect(result.map((c) => ({ ...c, neededHours: Math.round(c.neededHours * 10) / 10, missingHours: Math.round(c.missingHours * 10) / 10 }))).toEqual([
      { taskId: 1, neededHours: 51.8, bookedHours: 40, missingHours: 11.8, covered: false },
      { taskId: 2, neededHours: 7.4, bookedHours: 8, missingHours: 0, covered: true },
      { taskId: 3, neededHours: 0, bookedHours: 0, missingHours: 0, covered: true }
    ]);
  });

  it("with MUNICIPALITY_DEMAND counts the municipality's share: a task only KOMBIT's roles perform needs no municipal hours", () => {
    const scheduled = schedulePlan(
      [
        makeTask({ id: 1, effortDays: 5, recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"] }),
        makeTask({ id: 2, effortDays: 5, recommendedRoles: ["KOMBIT-programleder"] }),
        makeTask({ id: 3, effortDays: 1 })
      ],
      { goLive: "2025-09-01" }
    );
    const bookings = [booking("anna@kommune.dk", 1, "2025-04-14", 20), booking("anna@kommune.dk", 2, "2025-04-14", 3)];
    expect(taskCoverage(scheduled, bookings, MUNICIPALITY_DEMAND).map((c) => [c.taskId, c.neededHours, c.missingHours, c.covered])).toEqual([
      [1, expect.closeTo(37, 10), expect.closeTo(17, 10), false],
      [2, 0, 0, true],
      [3, expect.closeTo(7.4, 10), expect.closeTo(7.4, 10), false]
    ]);
    // Without it the full effort counts, KOMBIT's task too.
    expect(taskCoverage(scheduled, bookings)[1]).toMatchObject({ neededHours: 37, missingHours: 34, covered: false });
  });
});

describe("suggestBookings", () => {
  // 14-25 April 2025: 22.2 h in week 16 and 29.6 h in week 17.
  const [task] = schedulePlan([makeTask({ id: 1, effortDays: 7 })], { goLive: "2025-09-01" }, [localDates(1, "2025-04-14", "2025-04-25")]);

  it("covers what the task still misses, shaped like its weekly demand", () => {
    const existing = [booking("bo@kommune.dk", 1, "2025-04-21", 10)];
    expect(suggestBookings(task, "anna@kommune.dk", existing, { role: "KY-projektleder" })).toEqual({
      bookings: [
        { personEmail: "anna@kommune.dk", taskId: 1, weekStart: "2025-04-14", hours: 22.2, role: "KY-projektleder" },
        { personEmail: "anna@kommune.dk", taskId: 1, weekStart: "2025-04-21", hours: 19.6, role: "KY-projektleder" }
      ],
      addedHours: 41.8,
      uncoveredHours: 0
    });
  });

  it("keeps within the person's free capacity and reports what is left", () => {
    const existing = [booking("anna@kommune.dk", 9, "2025-04-14", 20), booking("bo@kommune.dk", 1, "2025-04-21", 10)];
    const s = suggestBookings(task, "anna@kommune.dk", existing, { member: anna });
    expect(s.bookings.map((b) => [b.weekStart, b.hours])).toEqual([["2025-04-14", 2.2], ["2025-04-21", 29.6]]);
    expect(s.addedHours).toBeCloseTo(31.8, 10);
    expect(s.uncoveredHours).toBeCloseTo(10, 10);
  });

  it("adds to the person's existing cell, giving the cell's new total", () => {
    const existing = [booking("anna@kommune.dk", 1, "2025-04-21", 5)];
    const s = suggestBookings(task, "Anna@kommune.dk", existing);
    expect(s.bookings.map((b) => [b.weekStart, b.hours])).toEqual([["2025-04-14", 22.2], ["2025-04-21", 29.6]]);
    expect(s.addedHours).toBeCloseTo(46.8, 10);
  });

  it("puts the missing hours in the weeks that are still short, not in over-booked ones", () => {
    // Week 16 is over-booked by 10 h, week 17 is 20 h short: 10 h are missing overall, all in week 17.
    const existing = [booking("bo@kommune.dk", 1, "2025-04-14", 32.2), booking("bo@kommune.dk", 1, "2025-04-21", 9.6)];
    const s = suggestBookings(task, "anna@kommune.dk", existing);
    expect(s.bookings.map((b) => [b.weekStart, b.hours])).toEqual([["2025-04-21", 10]]);
    expect(s.uncoveredHours).toBe(0);
  });

  it("suggests nothing for a covered task", () => {
    expect(suggestBookings(task, "anna@kommune.dk", [booking("bo@kommune.dk", 1, "2025-04-14", 60)])).toEqual({ bookings: [], addedHours: 0, uncoveredHours: 0 });
  });

  it("spreads crumbs from rounding so the total is exact", () => {
    const [three] = schedulePlan([makeTask({ id: 2, effortDays: 1 })], { goLive: "2025-09-01" }, [localDates(2, "2025-04-04", "2025-04-14")]);
    // Working days: 4 | 7-11 | 14 → weights 1, 5, 1 of 7.4 h = 74 tenths.
    const s = suggestBookings(three, "anna@kommune.dk", []);
    expect(s.bookings.reduce((sum, b) => sum + Math.round(b.hours * 10), 0)).toBe(74);
    expect(s.bookings.map((b) => b.hours)).toEqual([1.1, 5.3, 1]);
  });
});

describe("overBookedHours and bookingKeyOf", () => {
  it("PL 12 at 64 of 37 t is 27 t over; within the demand or by rounding only it is 0", () => {
    expect(overBookedHours({ bookedHours: 64, neededHours: 37 })).toBe(27);
    expect(overBookedHours({ bookedHours: 37, neededHours: 37 })).toBe(0);
    expect(overBookedHours({ bookedHours: 37.04, neededHours: 37 })).toBe(0);
    expect(overBookedHours({ bookedHours: 20, neededHours: 37 })).toBe(0);
  });

  it("one key per person, task and week, whatever the e-mail's case", () => {
    expect(bookingKeyOf({ personEmail: " Anna@Kommune.dk", taskId: 519, weekStart: "2027-03-15" })).toBe("anna@kommune.dk|519|2027-03-15");
    expect(sameBookingCell({ personEmail: "ANNA@kommune.dk", taskId: 519, weekStart: "2027-03-15" }, booking("anna@kommune.dk", 519, "2027-03-15", 5))).toBe(true);
    expect(sameBookingCell(booking("anna@kommune.dk", 519, "2027-03-22", 5), booking("anna@kommune.dk", 519, "2027-03-15", 5))).toBe(false);
  });
});
