/**
 * The grid model's task rows come from a person's roles AND from the local plan's assignments
 * (ansvarlig/udfører), each task once, hours never counted twice; people no longer in the working
 * group keep their hours visible under "Tidligere medlemmer".
 */
import { schedulePlan } from "../../../src/domain/schedule";
import type { Booking, LocalTaskState, WorkingGroupMember } from "../../../src/domain/model";
import { buildGridModel, createGridModelCache, planWeeks, type GridModelInput, type PersonRow, type TaskRow } from "../../../src/ui/booking/bookingGridModel";
import { cellKey, personKey } from "../../../src/ui/booking/cellKey";
import { formerMembersOf } from "../../../src/ui/booking/formerMembers";
import { ANNE, BIRGITTE, planData } from "./fixtures";

const SOFIE = { id: 23, email: "sofie.bach@eksempelkommune.dk", displayName: "Sofie Bach" };
const sofie: WorkingGroupMember = { person: SOFIE, roles: ["ØiR finans administrator"], weeklyCapacityHours: 15 };

const data = planData();
const tasks = schedulePlan(data.tasks, data.waves[0], data.local);
const weeks = planWeeks(tasks);

function state(taskId: number, changes: Partial<LocalTaskState>): LocalTaskState {
  return { taskId, status: "started", note: "", ...changes };
}

function inputFor(options: { bookings?: readonly Booking[]; members?: readonly WorkingGroupMember[]; assignments?: LocalTaskState[]; former?: WorkingGroupMember[] } = {}): GridModelInput {
  const bookings = options.bookings ?? data.bookings;
  const members = options.members ?? [...data.workingGroup, sofie];
  const cellHours = new Map<string, number>();
  for (const b of bookings) {
    const key = cellKey(b.personEmail, b.taskId, b.weekStart);
    cellHours.set(key, (cellHours.get(key) ?? 0) + b.hours);
  }
  return {
    tasks,
    members,
    cellHours,
    bookings,
    weeks,
    expanded: new Set(members.concat(options.former ?? []).map((m) => personKey(m.person.email))),
    critical: new Set([519]),
    assignments: options.assignments,
    formerMembers: options.former
  };
}

function taskRowsOf(rows: ReturnType<typeof buildGridModel>["rows"], email: string): TaskRow[] {
  return rows.filter((r): r is TaskRow => r.kind === "task" && personKey(r.member.person.email) === personKey(email));
}

function personRow(rows: ReturnType<typeof buildGridModel>["rows"], email: string): PersonRow | undefined {
  return rows.find((r): r is PersonRow => r.kind === "person" && personKey(r.member.person.email) === personKey(email));
}

test("without an assignment a person gets only their roles' tasks (Sofie's role names none of the plan's tasks)", () => {
  const { rows } = buildGridModel(inputFor());
  expect(taskRowsOf(rows, SOFIE.email)).toEqual([]);
  expect(personRow(rows, SOFIE.email)?.taskCount).toBe(0);
});

test("udfører on PL 12 gives Sofie a PL 12 row, marked as there for the assignment, not a role", () => {
  const { rows } = buildGridModel(inputFor({ assignments: [state(519, { performer: SOFIE })] }));
  const sofieRows = taskRowsOf(rows, SOFIE.email);
  expect(sofieRows.map((r) => [r.task.task.code, r.assignedAs, r.byRole])).toEqual([["PL 12", ["performer"], false]]);
  expect(personRow(rows, SOFIE.email)?.taskCount).toBe(1);
  // Anne's PL 12 row comes from her role and has no assignment mark.
  expect(taskRowsOf(rows, ANNE.email).find((r) => r.task.id === 519)).toMatchObject({ assignedAs: [], byRole: true });
});

test("the e-mail of the assignment matches case-insensitively, and ansvarlig and udfører both count", () => {
  const upper = { ...SOFIE, email: SOFIE.email.toUpperCase() };
  const { rows } = buildGridModel(inputFor({ assignments: [state(519, { performer: upper }), state(521, { responsible: SOFIE, performer: SOFIE })] }));
  expect(taskRowsOf(rows, SOFIE.email).map((r) => [r.task.task.code, r.assignedAs])).toEqual([
    ["PL 12", ["performer"]],
    ["PL 14", ["responsible", "performer"]]
  ]);
});

test("a task reached by role and by assignment appears once, with both reasons", () => {
  const { rows } = buildGridModel(inputFor({ assignments: [state(519, { responsible: ANNE, performer: ANNE })] }));
  const pl12 = taskRowsOf(rows, ANNE.email).filter((r) => r.task.id === 519);
  expect(pl12).toHaveLength(1);
  expect(pl12[0]).toMatchObject({ assignedAs: ["responsible", "performer"], byRole: true });
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
});

test("hours on an assignment row count once in the person's row, the week totals and the task's coverage", () => {
  const booked: Booking[] = [...data.bookings, { personEmail: SOFIE.email, taskId: 519, weekStart: "2027-03-15", hours: 6 }];
  const assignments = [state(519, { performer: SOFIE, responsible: ANNE })];
  const withAssignment = buildGridModel(inputFor({ bookings: booked, assignments }));
  const without = buildGridModel(inputFor({ bookings: booked }));
  const week = weeks.indexOf("2027-03-15");
  const total = (m: typeof without): number[] => (m.rows.find((r) => r.kind === "total") as { hours: number[] }).hours;
  // Anne 12 + 10, Sofie 6: the same sum whether the rows come from roles or assignments.
  expect(total(withAssignment)[week]).toBe(28);
  expect(total(without)[week]).toBe(28);
  expect(personRow(withAssignment.rows, SOFIE.email)?.hours[week]).toBe(6);
  const sofiePl12 = taskRowsOf(withAssignment.rows, SOFIE.email)[0];
  expect(sofiePl12.hours[week]).toBe(6);
  expect(sofiePl12.coverage.bookedHours).toBe(12 + 14 + 6);
  // Demand rows do not change with assignments.
  const demand = (m: typeof without): number[][] => m.rows.filter((r) => r.kind === "demand").map((r) => r.hours);
  expect(demand(withAssignment)).toEqual(demand(without));
});

test("the cached build follows a new assignment and equals a fresh build", () => {
  const cache = createGridModelCache();
  const before = buildGridModel({ ...inputFor(), cache });
  expect(taskRowsOf(before.rows, SOFIE.email)).toEqual([]);
  const input = inputFor({ assignments: [state(519, { performer: SOFIE })] });
  const after = buildGridModel({ ...input, cache });
  expect(after).toEqual(buildGridModel(input));
  expect(taskRowsOf(after.rows, SOFIE.email)).toHaveLength(1);
});

test("a removed member's hours stay in the grid under Tidligere medlemmer, without capacity, summed in its heading", () => {
  const members = [data.workingGroup[1]];
  const former = formerMembersOf(data.bookings, members, new Set(tasks.map((t) => t.id)), [ANNE]);
  expect(former).toEqual([{ person: ANNE, roles: [], weeklyCapacityHours: 0 }]);
  const { rows } = buildGridModel(inputFor({ members, former }));
  const headingIndex = rows.findIndex((r) => r.kind === "former");
  const heading = rows[headingIndex] as { hours: number[]; total: number };
  expect(heading.total).toBe(36);
  const anne = personRow(rows, ANNE.email);
  expect(rows.indexOf(anne as PersonRow)).toBeGreaterThan(headingIndex);
  expect(anne).toMatchObject({ former: true, total: 36 });
  expect(anne?.capacity.every((c) => c === 0)).toBe(true);
  // Her booked tasks, no role tasks (she has no role as a former member).
  expect(taskRowsOf(rows, ANNE.email).map((r) => [r.task.task.code, r.former])).toEqual([
    ["PL 12", true],
    ["OA 12", true]
  ]);
  // "Arbejdsgruppen i alt" is the members' hours (Birgitte has none); Anne's are summed in the heading.
  const totals = rows.find((r) => r.kind === "total") as { total: number };
  expect(totals.total).toBe(0);
  expect(personRow(rows, BIRGITTE.email)?.former).toBe(false);
});

test("former members: only people with hours on the plan's tasks, not current members; names from known people, else the e-mail", () => {
  const bookings: Booking[] = [
    { personEmail: "Gone@Eksempelkommune.dk", taskId: 519, weekStart: "2027-03-15", hours: 2 },
    { personEmail: "gone@eksempelkommune.dk", taskId: 512, weekStart: "2027-03-15", hours: 1 },
    { personEmail: "zero@eksempelkommune.dk", taskId: 519, weekStart: "2027-03-15", hours: 0 },
    { personEmail: "other.wave@eksempelkommune.dk", taskId: 999, weekStart: "2027-03-15", hours: 4 },
    { personEmail: ANNE.email.toUpperCase(), taskId: 519, weekStart: "2027-03-15", hours: 4 }
  ];
  const first = formerMembersOf(bookings, data.workingGroup, new Set([519, 512]), []);
  expect(first.map((m) => m.person.displayName)).toEqual(["Gone@Eksempelkommune.dk"]);
  const named = formerMembersOf(bookings, data.workingGroup, new Set([519, 512]), [{ email: "gone@eksempelkommune.dk", displayName: "Gorm Nielsen" }], first);
  expect(named[0].person.displayName).toBe("Gorm Nielsen");
  // Unchanged: the same object, so the grid reuses its rows.
  expect(formerMembersOf(bookings, data.workingGroup, new Set([519, 512]), [{ email: "gone@eksempelkommune.dk", displayName: "Gorm Nielsen" }], named)[0]).toBe(named[0]);
});
