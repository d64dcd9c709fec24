/** What a person has booked, in brief, for the removal question: hours per task and week ranges. */
import { bookingsOfPerson, weekRanges } from "../../../src/ui/booking/memberBookings";
import { ANNE, BIRGITTE, planData } from "./fixtures";

test("a person's hours per task, the earliest first, e-mail case ignored, zero-hour items left out", () => {
  const bookings = [...planData().bookings, { personEmail: ANNE.email.toUpperCase(), taskId: 521, weekStart: "2027-04-05", hours: 0.25 }, { personEmail: ANNE.email, taskId: 521, weekStart: "2027-04-12", hours: 0 }];
  expect(bookingsOfPerson(bookings, ANNE.email)).toEqual({
    hours: 36.3,
    tasks: [
      { taskId: 512, hours: 10, weeks: ["2027-03-15"] },
      { taskId: 519, hours: 26, weeks: ["2027-03-15", "2027-03-22"] },
      { taskId: 521, hours: 0.3, weeks: ["2027-04-05"] }
    ]
  });
  expect(bookingsOfPerson(bookings, BIRGITTE.email)).toEqual({ hours: 0, tasks: [] });
});

test("week ranges join consecutive weeks, also across the new year", () => {
  expect(weekRanges(["2027-03-15", "2027-03-22", "2027-04-05"])).toBe("11–12, 14");
  expect(weekRanges(["2026-12-21", "2026-12-28", "2027-01-04"])).toBe("52–1");
  expect(weekRanges(["2027-03-15"])).toBe("11");
  expect(weekRanges([])).toBe("");
});
