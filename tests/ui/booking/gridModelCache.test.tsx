/**
 * The grid model kept across builds (GridModelInput.cache): the same model as a fresh build, and
 * after a cell edit only the rows it changes are new objects (memoized grid rows skip the rest).
 */
import { schedulePlan } from "../../../src/domain/schedule";
import type { Booking } from "../../../src/domain/model";
import { buildGridModel, createGridModelCache, planWeeks, type GridModelInput } from "../../../src/ui/booking/bookingGridModel";
import { cellKey, personKey } from "../../../src/ui/booking/cellKey";
import { ANNE, BIRGITTE, planData } from "./fixtures";

// As in the app: the tasks, members, weeks and expanded people stay the same objects across edits.
const data = planData();
const tasks = schedulePlan(data.tasks, data.waves[0], data.local);
const weeks = planWeeks(tasks);
const expanded = new Set([personKey(ANNE.email), personKey(BIRGITTE.email)]);
const critical = new Set([519]);

function inputFor(bookings: readonly Booking[]): GridModelInput {
  const cellHours = new Map<string, number>();
  for (const b of bookings) {
    const key = cellKey(b.personEmail, b.taskId, b.weekStart);
    cellHours.set(key, (cellHours.get(key) ?? 0) + b.hours);
  }
  return {
    tasks,
    members: data.workingGroup,
    cellHours,
    bookings,
    weeks,
    expanded,
    critical
  };
}

test("a cached build equals a fresh one, and an edit renews only the rows it changes", () => {
  const cache = createGridModelCache();
  const before = buildGridModel({ ...inputFor(data.bookings), cache });
  expect(before).toEqual(buildGridModel(inputFor(data.bookings)));

  const edited = [...data.bookings, { personEmail: ANNE.email, taskId: 512, weekStart: "2027-03-22", hours: 3 }];
  const after = buildGridModel({ ...inputFor(edited), cache });
  expect(after).toEqual(buildGridModel(inputFor(edited)));

  const renewed = after.rows.filter((row, i) => row !== before.rows[i]).map((row) => row.key);
  // Anne's person row and her OA 12 row (hours and coverage), and the week totals.
  expect(renewed).toEqual([`person|${personKey(ANNE.email)}`, `task|${personKey(ANNE.email)}|512`, "total"]);
  expect(after.columns).toBe(before.columns);
  // Nothing changed: the very same model.
  expect(buildGridModel({ ...inputFor(edited), cache })).toBe(after);
});
