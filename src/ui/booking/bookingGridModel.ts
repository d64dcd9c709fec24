/**
 * The booking grid's rows and columns, computed from the plan with the domain: people grouped by
 * role with a demand row per role (a person with several roles under each, their hours counted
 * once and each task row under one of them), per-task rows for expanded people (their roles' tasks, the tasks
 * they are ansvarlig or udfører on, and those they have hours on), capacity per week (lower in
 * holiday weeks), over-allocation, critical tasks that are under-booked, and the hours of people
 * no longer in the working group under "Tidligere medlemmer" (hours are never hidden). Pure.
 */
import { daysOffBetween, type WorkingCalendar } from "../../domain/calendar";
import { addDays } from "../../domain/isoDate";
import { isoWeek, weekStart, weekStartsBetween } from "../../domain/isoWeek";
import { demandByRoleWeek, MUNICIPALITY_DEMAND, NO_ROLE, type DemandResult } from "../../domain/demand";
import { taskCoverage, weekCapacityHours, type TaskCoverage } from "../../domain/bookings";
import type { Booking, IsoDate, WorkingGroupMember } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { cellKey, personKey } from "./cellKey";
import { shareUnchangedRows } from "./gridRowSharing";
import { assignmentIndex, cachedTasksOfMember, foldRole as fold, type AssignmentKind, type MemberTasksCache, type TaskAssignment } from "./memberTasks";

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
  /** The role the person is listed under (each of their roles has a listing). */
  role: string;
  hours: number[];
  capacity: number[];
  total: number;
  expanded: boolean;
  /** How many task rows the person has when expanded. */
  taskCount: number;
  /** No longer in the working group, but has hours booked: no capacity, shown under "Tidligere medlemmer". */
  former: boolean;
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
  /** How the person is set on the task in the local plan (ansvarlig/udfører); empty when not. */
  assignedAs: readonly AssignmentKind[];
  /** Whether the task names one of the person's roles (false: the row is there for the assignment or the hours). */
  byRole: boolean;
  /** The person is no longer in the working group (PersonRow.former). */
  former: boolean;
}

/** The heading of the people no longer in the working group, with their hours per week. */
export interface FormerGroupRow {
  kind: "former";
  key: string;
  hours: number[];
  total: number;
}

export interface TotalRow {
  kind: "total";
  key: string;
  hours: number[];
  total: number;
}

export type GridRow = DemandRow | PersonRow | TaskRow | FormerGroupRow | TotalRow;

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
  /**
   * Demand of the tasks (demandByRoleWeek with MUNICIPALITY_DEMAND: KOMBIT's own roles get no
   * demand row), when the caller keeps it across edits.
   */
  demand?: DemandResult;
  /** Who is ansvarlig/udfører on which task (the local plan's states): they get a row for the task. */
  assignments?: readonly TaskAssignment[];
  /**
   * People who are not in the working group but have hours booked (after the filters), shown
   * under "Tidligere medlemmer"; their roles and capacity are not used.
   */
  formerMembers?: readonly WorkingGroupMember[];
  /** Also show demand rows of roles nobody in the group has (default true; off when filtering people). */
  showUnstaffedRoles?: boolean;
  /**
   * Kept by the caller across builds (createGridModelCache): the per-person and per-role work of
   * the last build is reused where its inputs are unchanged, and unchanged rows keep their objects
   * (so memoized rows skip them). A cell edit then redoes only the edited person's rows, the
   * totals and the coverage. Without it every build starts afresh; the result is the same.
   */
  cache?: GridModelCache;
}

interface DemandByRole {
  demand: DemandResult;
  weeks: readonly IsoDate[];
  /** Demand hours per week column, by folded role. */
  hours: Map<string, number[]>;
  /** The first spelling of each folded role in the demand (the no-role bucket left out). */
  names: Map<string, string>;
}

export interface GridModelCache {
  memberTasks: MemberTasksCache;
  demand?: DemandByRole;
  model?: GridModel;
  /**
   * Each member's capacity per week column, for the weeks it was made for: the same array while
   * neither changes, so an edit builds no capacity row again and the row comparison is one check.
   */
  capacity: WeakMap<WorkingGroupMember, { weeks: readonly IsoDate[]; calendar?: WorkingCalendar; hours: number[] }>;
}

export function createGridModelCache(): GridModelCache {
  return { memberTasks: new Map(), capacity: new WeakMap() };
}

/** A member's capacity per week column (weekly hours × the working-day share of each week). */
function capacityOf(member: WorkingGroupMember, weekShare: () => number[], input: GridModelInput): number[] {
  const cached = input.cache?.capacity.get(member);
  if (cached && cached.weeks === input.weeks && cached.calendar === input.calendar) return cached.hours;
  const hours = weekShare().map((share) => member.weeklyCapacityHours * share);
  input.cache?.capacity.set(member, { weeks: input.weeks, calendar: input.calendar, hours });
  return hours;
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

function demandHoursByRole(cache: GridModelCache | undefined, demand: DemandResult, weeks: readonly IsoDate[], weekIndex: ReadonlyMap<IsoDate, number>): DemandByRole {
  if (cache?.demand && cache.demand.demand === demand && cache.demand.weeks === weeks) return cache.demand;
  const hours = new Map<string, number[]>();
  const names = new Map<string, string>();
  for (const cell of demand.cells) {
    if (cell.role !== NO_ROLE && !names.has(fold(cell.role))) names.set(fold(cell.role), cell.role);
    const i = weekIndex.get(cell.weekStart);
    if (i === undefined) continue;
    const role = fold(cell.role);
    let row = hours.get(role);
    if (!row) hours.set(role, (row = new Array<number>(weeks.length).fill(0)));
    row[i] += cell.hours;
  }
  const result = { demand, weeks, hours, names };
  if (cache) cache.demand = result;
  return result;
}

export function buildGridModel(input: GridModelInput): GridModel {
  const model = shareUnchangedRows(input.cache?.model, buildRows(input));
  if (input.cache) input.cache.model = model;
  return model;
}

function buildRows(input: GridModelInput): GridModel {
  const { cache } = input;
  const columns = input.weeks.map((w) => columnOf(w, input.calendar));
  const weekIndex = new Map(input.weeks.map((w, i) => [w, i]));
  const demand = input.demand ?? demandByRoleWeek(input.tasks, { calendar: input.calendar, ...MUNICIPALITY_DEMAND });
  // The working-day share of each week is the same for everyone: capacity = weekly hours × share.
  let shares: number[] | undefined;
  const weekShare = (): number[] => (shares ??= input.weeks.map((w) => weekCapacityHours({ weeklyCapacityHours: 1 }, w, input.calendar)));
  const coverage = new Map(taskCoverage(input.tasks, input.bookings, MUNICIPALITY_DEMAND).map((c) => [c.taskId, c]));

  // Per person: hours per week (all tasks) and the task ids they have booked.
  const personHours = new Map<string, number[]>();
  const bookedTasks = new Map<string, Set<number>>();
  // E-mails repeat on every booking of a person: key each once.
  const personKeys = new Map<string, string>();
  for (const b of input.bookings) {
    let person = personKeys.get(b.personEmail);
    if (person === undefined) personKeys.set(b.personEmail, (person = personKey(b.personEmail)));
    let tasks = bookedTasks.get(person);
    if (!tasks) bookedTasks.set(person, (tasks = new Set()));
    tasks.add(b.taskId);
  }
  // A person's load counts every task they are booked on, also those the task filters hide:
  // over-allocation is about the person's week, not about the tasks on screen.
  for (const [key, hours] of input.cellHours) {
    if (hours === 0) continue;
    // Keys are person|taskId|weekStart (cellKey); sliced rather than split, as this runs per cell.
    const i = weekIndex.get(key.slice(key.lastIndexOf("|") + 1));
    if (i === undefined) continue;
    const person = key.slice(0, key.indexOf("|"));
    let row = personHours.get(person);
    if (!row) personHours.set(person, (row = new Array<number>(columns.length).fill(0)));
    row[i] += hours;
  }

  // A person is listed under each of their roles (folded: the list and KLIK may differ in case).
  const groups = new Map<string, { name: string; members: WorkingGroupMember[] }>();
  for (const m of input.members) {
    for (const role of listedRoles(m)) {
      const group = groups.get(fold(role));
      if (group) group.members.push(m);
      else groups.set(fold(role), { name: role, members: [m] });
    }
  }
  const rows: GridRow[] = [];
  const totals = new Array<number>(columns.length).fill(0);
  // A role is staffed when anyone shown holds it, first role or not.
  const staffedRoles = new Set(input.members.flatMap((m) => m.roles.map(fold)));
  const roleKeys = new Map<string, string>([...groups].map(([folded, group]) => [folded, group.name]));
  const demandByRole = demandHoursByRole(cache, demand, input.weeks, weekIndex);
  if (input.showUnstaffedRoles !== false) {
    for (const [folded, name] of demandByRole.names) if (!roleKeys.has(folded)) roleKeys.set(folded, name);
  }
  const assignments = assignmentIndex(input.assignments);
  const zeros = (): number[] => new Array<number>(columns.length).fill(0);
  const noCapacity = zeros();

  // A person's row and, when expanded, a row per task: each task once, whether it comes from a
  // role, an assignment or the hours booked; the person's hours count once (personHours). A person
  // with several roles has a row under each; the totals take their hours from the first role's.
  const pushPerson = (member: WorkingGroupMember, role: string, former: boolean): number[] => {
    const person = personKey(member.person.email);
    const hours = personHours.get(person) ?? zeros();
    const roles = listedRoles(member);
    const primary = former || roles.length < 2 || fold(role) === fold(roles[0]);
    // "Arbejdsgruppen i alt" is the members' hours; former members' hours are summed in their own heading.
    if (!former && primary) hours.forEach((h, i) => (totals[i] += h));
    const all = cachedTasksOfMember(cache?.memberTasks, person, member, input.tasks, bookedTasks.get(person), assignments);
    const tasks = former || roles.length < 2 ? all : all.filter((t) => fold(listingOf(t.task, roles)) === fold(role));
    const expanded = input.expanded.has(person);
    rows.push({
      kind: "person",
      key: primary ? `person|${person}` : `person|${person}|${fold(role)}`,
      member,
      role,
      hours,
      capacity: former ? noCapacity : capacityOf(member, weekShare, input),
      total: sum(hours),
      expanded,
      taskCount: tasks.length,
      former
    });
    if (!expanded) return hours;
    for (const { task, assignedAs, byRole } of tasks) {
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
        critical: input.critical.has(task.id),
        assignedAs,
        byRole,
        former
      });
    }
    return hours;
  };

  for (const role of [...roleKeys.values()].sort((a, b) => a.localeCompare(b, "da"))) {
    const demandHours = (demandByRole.hours.get(fold(role)) ?? zeros()).slice();
    rows.push({ kind: "demand", key: `demand|${role}`, role, hours: demandHours, staffed: staffedRoles.has(fold(role)) });
    const members = (groups.get(fold(role))?.members ?? []).slice().sort(byName);
    for (const member of members) pushPerson(member, role, false);
  }

  const shown = new Set(input.members.map((m) => personKey(m.person.email)));
  const former = (input.formerMembers ?? []).filter((m) => !shown.has(personKey(m.person.email))).sort(byName);
  if (former.length > 0) {
    const heading: FormerGroupRow = { kind: "former", key: "former", hours: zeros(), total: 0 };
    rows.push(heading);
    for (const member of former) pushPerson(member, NO_ROLE, true).forEach((h, i) => (heading.hours[i] += h));
    heading.total = sum(heading.hours);
  }
  if (rows.length > 0) rows.push({ kind: "total", key: "total", hours: totals, total: sum(totals) });
  return { columns, rows };
}

/** The roles a member is listed under: each once, in their order; the no-role group when none. */
function listedRoles(member: WorkingGroupMember): string[] {
  if (member.roles.length === 0) return [primaryRole(member)];
  const seen = new Set<string>();
  const roles: string[] = [];
  for (const role of member.roles) {
    if (seen.has(fold(role))) continue;
    seen.add(fold(role));
    roles.push(role);
  }
  return roles;
}

/**
 * The listing a task row of a person with several roles goes under: the first of their roles the
 * task names; a task they have for an assignment or for booked hours goes under the first role.
 */
function listingOf(task: ScheduledTask, roles: readonly string[]): string {
  const named = new Set([...task.task.recommendedRoles, ...task.task.involvedRoles].map(fold));
  return roles.find((r) => named.has(fold(r))) ?? roles[0];
}

function byName(a: WorkingGroupMember, b: WorkingGroupMember): number {
  return a.person.displayName.localeCompare(b.person.displayName, "da");
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Critical tasks (of those shown) whose bookings do not yet cover their demand. */
export function underBookedCritical(tasks: readonly ScheduledTask[], bookings: readonly Booking[], critical: ReadonlySet<number>): { task: ScheduledTask; coverage: TaskCoverage }[] {
  const coverage = taskCoverage(tasks, bookings, MUNICIPALITY_DEMAND);
  return tasks
    .map((task, i) => ({ task, coverage: coverage[i] }))
    .filter(({ task, coverage: c }) => critical.has(task.id) && !c.covered && task.task.kind === "task");
}
