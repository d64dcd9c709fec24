/**
 * @jest-environment node
 */
/**
 * A person with several roles is listed under each role's demand row, as a projektleder reads the
 * grid role by role; their hours still count once in "Arbejdsgruppen i alt", and each of their
 * tasks has one row (under the first of their roles the task names). Pure, no DOM.
 */
import { schedulePlan } from "../../../src/domain/schedule";
import type { Booking, WorkingGroupMember } from "../../../src/domain/model";
import { buildGridModel, createGridModelCache, planWeeks, type GridModelInput, type GridRow, type PersonRow, type TaskRow } from "../../../src/ui/booking/bookingGridModel";
import { cellKey, personKey } from "../../../src/ui/booking/cellKey";
import { ANNE, BIRGITTE, JESPER, planData } from "./fixtures";

const SYSTEM = "systemansvarlig på bogførings- og opkrævningssystemet";
const data = planData();
const tasks = schedulePlan(data.tasks, data.waves[0], data.local);
const weeks = planWeeks(tasks);
const anne: WorkingGroupMember = { person: ANNE, roles: ["KY-projektleder", SYSTEM], weeklyCapacityHours: 20 };
const birgitte: WorkingGroupMember = { person: BIRGITTE, roles: [SYSTEM], weeklyCapacityHours: 8 };
// The list spells the role in lower case: the same role as KLIK's.
const jesper: WorkingGroupMember = { person: JESPER, roles: ["ky-projektleder"], weeklyCapacityHours: 10 };
const bookings: Booking[] = [
  ...data.bookings,
  { personEmail: ANNE.email, taskId: 521, weekStart: "2027-04-26", hours: 4, role: SYSTEM },
  { personEmail: BIRGITTE.email, taskId: 521, weekStart: "2027-04-26", hours: 3, role: SYSTEM },
  { personEmail: JESPER.email, taskId: 519, weekStart: "2027-03-15", hours: 2, role: "ky-projektleder" }
];

function input(): GridModelInput {
  const cellHours = new Map<string, number>();
  for (const b of bookings) cellHours.set(cellKey(b.personEmail, b.taskId, b.weekStart), (cellHours.get(cellKey(b.personEmail, b.taskId, b.weekStart)) ?? 0) + b.hours);
  const members = [anne, birgitte, jesper];
  return { tasks, members, cellHours, bookings, weeks, expanded: new Set(members.map((m) => personKey(m.person.email))), critical: new Set([519]), cache: createGridModelCache() };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The rows as "demand:role", "person:name", "task:code" in grid order. */
function outline(rows: readonly GridRow[]): string[] {
  return rows.map((r) => {
    if (r.kind === "demand") return `demand:${r.role}`;
    if (r.kind === "person") return `person:${r.member.person.displayName}`;
    if (r.kind === "task") return `task:${r.member.person.displayName}:${r.task.task.code}`;
    return r.kind;
  });
}

test("Anne is listed under both her roles, each of her tasks once, under the role the task names", () => {
  const { rows } = buildGridModel(input());
  expect(outline(rows)).toEqual([
    // PL 12 also names KOMBIT-programleder: KOMBIT's own role, no demand row of the municipality's.
    "demand:KY-projektleder",
    "person:Anne Kirstine Holm",
    "task:Anne Kirstine Holm:PL 12",
    "task:Anne Kirstine Holm:OA 12",
    "person:Jesper Dahl Andersen",
    "task:Jesper Dahl Andersen:PL 12",
    "task:Jesper Dahl Andersen:OA 12",
    `demand:${SYSTEM}`,
    "person:Anne Kirstine Holm",
    "task:Anne Kirstine Holm:PL 14",
    "person:Birgitte Nørgaard",
    "task:Birgitte Nørgaard:PL 14",
    "total"
  ]);
  expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  const anneRows = rows.filter((r): r is PersonRow => r.kind === "person" && r.member === anne);
  expect(anneRows.map((r) => [r.role, r.taskCount])).toEqual([
    ["KY-projektleder", 2],
    [SYSTEM, 1]
  ]);
  // Her load is her whole week under each role (capacity is the person's, not the role's).
  expect(sum(anneRows[0].hours)).toBe(40);
  expect(anneRows[1].hours).toEqual(anneRows[0].hours);
});

test("the working group's total counts a person with several roles once", () => {
  const { rows } = buildGridModel(input());
  const total = rows.find((r) => r.kind === "total");
  // Anne 12 + 10 + 14 + 4, Birgitte 3, Jesper 2.
  expect(total && sum(total.hours)).toBe(45);
  const tasksOfAnne = rows.filter((r): r is TaskRow => r.kind === "task" && r.member === anne);
  expect(sum(tasksOfAnne.map((r) => r.total))).toBe(40);
});
