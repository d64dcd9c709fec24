/**
 * The booking grid's rows and columns, computed from the plan with the domain: people grouped by
 * role with a demand row per role, per-task rows for expanded people, capacity per week (lower in
 * holiday weeks), over-allocation, and critical tasks that are under-booked. Pure.
 */
import { daysOffBetween, type WorkingCalendar } from "../../domain/calendar";
import { addDays } from "../../domain/isoDate";
import { isoWeek, weekStart, weekStartsBetween } from "../../domain/isoWeek";
import { demandByRoleWeek, NO_ROLE, type DemandResult } from "../../domain/demand";
import { taskCoverage, weekCapacityHours, type TaskCoverage } from "../../domain/bookings";
import type { Booking, IsoDate, WorkingGroupMember } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { cellKey, personKey } from "./cellKey";

/** One ISO week column. */
export interface WeekColumn {
  weekStart: IsoDate;
  week: number;
  year: number;
  /** Weekdays off (public holidays and the municipality's extras) in the week. */
  daysOff: IsoDate[];
}

export interface DemandRow {
  kind: "demand";
  key: string;
  role: string;
  /** Demand hours of the role per week column. */
  hours: number[];
  /** False when nobody in the working group (as shown) has the role: demand nobody can cover. */
  staffed: boolean;
}

export interface PersonRow {
  kind: "person";
  key: string;
  member: WorkingGroupMember;
  /** The role the person is grouped under (their first). */
  role: string;
  hours: number[];
  capacity: number[];
  total: number;
  expanded: boolean;
  /** How many task rows the person has when expanded. */
  taskCount: number;
}

export interface TaskRow {
  kind: "task";
  key: string;
  member: WorkingGroupMember;
  task: ScheduledTask;
  /** The person's hours on the task per week column. */
  hours: number[];
  /** Whether each week column overlaps the task's effective window. */
  inWindow: boolean[];
  /** The person's hours on the task in the shown weeks. */
  total: number;
  coverage: TaskCoverage;
  critical: boolean;
}

export interface TotalRow {
  kind: "total";
  key: string;
  hours: number[];
  total: number;
}

export type GridRow = DemandRow | PersonRow | TaskRow | TotalRow;

export interface GridModelInput {
  /** Tasks of the wave after the task filters, scheduled. */
  tasks: readonly ScheduledTask[];
  /** Members after the person/role filters. */
  members: readonly WorkingGroupMember[];
  /** Hours per cell (cellKey) as shown: saved, being saved, or suggested. */
  cellHours: ReadonlyMap<string, number>;
  /** All bookings as shown (for coverage). */
  bookings: readonly Booking[];
  /** Week columns, Mondays in order. */
  weeks: readonly IsoDate[];
  expanded: ReadonlySet<string>;
  /** Ids of the critical tasks (declared or computed). */
  critical: ReadonlySet<number>;
  calendar?: WorkingCalendar;
  /** Demand of the tasks (demandByRoleWeek), when the caller keeps it across edits. */
  demand?: DemandResult;
  /** Also show demand rows of roles nobody in the group has (default true; off when filtering people). */
  showUnstaffedRoles?: boolean;
}

export interface GridModel {
  columns: WeekColumn[];
  rows: GridRow[];
}

/** The Mondays of every week the tasks span, narrowed to [from, to] when given. */
export function planWeeks(tasks: readonly ScheduledTask[], from?: IsoDate, to?: IsoDate): IsoDate[] {
  if (tasks.length === 0) return [];
  let first = tasks[0].effective.start;
  let last = tasks[0].effective.end;
  for (const t of tasks) {
    const start = t.effective.start <= t.effective.end ? t.effective.start : t.effective.end;
    const end = t.effective.start <= t.effective.end ? t.effective.end : t.effective.start;
    if (start < first) first = start;
    if (end > last) last = end;
  }
  const weeks = weekStartsBetween(first, last);
  const lo = from ? weekStart(from) : undefined;
  const hi = to ? weekStart(to) : undefined;
  return weeks.filter((w) => (!lo || w >= lo) && (!hi || w <= hi));
}

function columnOf(monday: IsoDate, calendar?: WorkingCalendar): WeekColumn {
  const { year, week } = isoWeek(monday);
  return { weekStart: monday, year, week, daysOff: daysOffBetween(monday, addDays(monday, 4), calendar) };
}

/** The role a member is grouped under. */
export function primaryRole(member: WorkingGroupMember): string {
  return member.roles[0] ?? NO_ROLE;
}

function fold(text: string): string {
  return text.toLocaleLowerCase("da");
}

/** Tasks a member can book: those naming one of their roles, and those they already have hours on. */
export function tasksOfMember(member: WorkingGroupMember, tasks: readonly ScheduledTask[], bookedTaskIds: ReadonlySet<number>): ScheduledTask[] {
  const roles = new Set(member.roles.map(fold));
  return tasks.filter(
    (t) => bookedTaskIds.has(t.id) || [...t.task.recommendedRoles, ...t.task.involvedRoles].some((r) => roles.has(fold(r)))
  );
}

export function buildGridModel(input: GridModelInput): GridModel {
  const columns = input.weeks.map((w) => columnOf(w, input.calendar));
  const weekIndex = new Map(input.weeks.map((w, i) => [w, i]));
  const demand = input.demand ?? demandByRoleWeek(input.tasks, { calendar: input.calendar });
  // The working-day share of each week is the same for everyone: capacity = weekly hours × share.
  const weekShare = input.weeks.map((w) => weekCapacityHours({ weeklyCapacityHours: 1 }, w, input.calendar));
  const coverage = new Map(taskCoverage(input.tasks, input.bookings).map((c) => [c.taskId, c]));

  // Per person: hours per week (all tasks) and the task ids they have booked.
  const personHours = new Map<string, number[]>();
  const bookedTasks = new Map<string, Set<number>>();
  for (const b of input.bookings) {
    const person = personKey(b.personEmail);
    let tasks = bookedTasks.get(person);
    if (!tasks) bookedTasks.set(person, (tasks = new Set()));
    tasks.add(b.taskId);
  }
  // A person's load counts every task they are booked on, also those the task filters hide:
  // over-allocation is about the person's week, not about the tasks on screen.
  for (const [key, hours] of input.cellHours) {
    const [person, , week] = key.split("|");
    const i = weekIndex.get(week);
    if (i === undefined || hours === 0) continue;
    let row = personHours.get(person);
    if (!row) personHours.set(person, (row = new Array<number>(columns.length).fill(0)));
    row[i] += hours;
  }

  const groups = new Map<string, WorkingGroupMember[]>();
  for (const m of input.members) {
    const role = primaryRole(m);
    groups.set(role, [...(groups.get(role) ?? []), m]);
  }
  const rows: GridRow[] = [];
  const totals = new Array<number>(columns.length).fill(0);
  // A role is staffed when anyone shown holds it, first role or not.
  const staffedRoles = new Set(input.members.flatMap((m) => m.roles.map(fold)));
  const roleKeys = new Map<string, string>([...groups.keys()].map((r) => [fold(r), r]));
  if (input.showUnstaffedRoles !== false) {
    for (const cell of demand.cells) if (cell.role !== NO_ROLE && !roleKeys.has(fold(cell.role))) roleKeys.set(fold(cell.role), cell.role);
  }
  for (const role of [...roleKeys.values()].sort((a, b) => a.localeCompare(b, "da"))) {
    const demandHours = new Array<number>(columns.length).fill(0);
    for (const cell of demand.cells) {
      const i = weekIndex.get(cell.weekStart);
      if (i !== undefined && fold(cell.role) === fold(role)) demandHours[i] += cell.hours;
    }
    rows.push({ kind: "demand", key: `demand|${role}`, role, hours: demandHours, staffed: staffedRoles.has(fold(role)) });
    const members = (groups.get(role) ?? []).slice().sort((a, b) => a.person.displayName.localeCompare(b.person.displayName, "da"));
    for (const member of members) {
      const person = personKey(member.person.email);
      const hours = personHours.get(person) ?? new Array<number>(columns.length).fill(0);
      hours.forEach((h, i) => (totals[i] += h));
      const tasks = tasksOfMember(member, input.tasks, bookedTasks.get(person) ?? new Set());
      const expanded = input.expanded.has(person);
      rows.push({
        kind: "person",
        key: `person|${person}`,
        member,
        role,
        hours,
        capacity: weekShare.map((share) => member.weeklyCapacityHours * share),
        total: sum(hours),
        expanded,
        taskCount: tasks.length
      });
      if (!expanded) continue;
      for (const task of tasks) {
        const taskHours = input.weeks.map((w) => input.cellHours.get(cellKey(person, task.id, w)) ?? 0);
        rows.push({
          kind: "task",
          key: `task|${person}|${task.id}`,
          member,
          task,
          hours: taskHours,
          inWindow: input.weeks.map((w) => w <= task.effective.end && addDays(w, 6) >= task.effective.start),
          total: sum(taskHours),
          coverage: coverage.get(task.id) ?? { taskId: task.id, neededHours: 0, bookedHours: 0, missingHours: 0, covered: true },
          critical: input.critical.has(task.id)
        });
      }
    }
  }
  if (rows.length > 0) rows.push({ kind: "total", key: "total", hours: totals, total: sum(totals) });
  return { columns, rows };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Critical tasks (of those shown) whose bookings do not yet cover their demand. */
export function underBookedCritical(tasks: readonly ScheduledTask[], bookings: readonly Booking[], critical: ReadonlySet<number>): { task: ScheduledTask; coverage: TaskCoverage }[] {
  const coverage = taskCoverage(tasks, bookings);
  return tasks
    .map((task, i) => ({ task, coverage: coverage[i] }))
    .filter(({ task, coverage: c }) => critical.has(task.id) && !c.covered && task.task.kind === "task");
}
