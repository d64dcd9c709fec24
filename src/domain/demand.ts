/**
 * Demand: a task's effortDays spread over the working days of its effective window (half days
 * weigh 0.5), as hours per ISO week, and summed per recommended role. With MUNICIPALITY_DEMAND
 * (options.isExternalRole) it is the municipality's demand: KOMBIT's own roles (roles.ts) get no
 * share, and a task only KOMBIT's roles perform asks no hours of the municipality.
 */
import { compileCalendar, type CompiledCalendar, type WorkingCalendar } from "./calendar";
import { fromDayNumber, type DayNumber } from "./isoDate";
import { weekStartDay } from "./isoWeek";
import type { IsoDate } from "./model";
import type { ScheduledTask } from "./schedule";
import { isKombitOnlyTask, isKombitRole, municipalityRoles, type ExternalRoleTest } from "./roles";

/** Hours in a Danish working day (37 hours a week). */
export const DEFAULT_HOURS_PER_DAY = 7.4;

/** The role key under which tasks without a recommended role are counted. */
export const NO_ROLE = "";

/** Options of the demand functions. */
export interface DemandOptions {
  calendar?: WorkingCalendar;
  /** Hours per person-day (default 7.4). */
  hoursPerDay?: number;
  /** "split" (default): the effort is shared between the recommended roles; "each": every role does it all. */
  roleSplit?: "split" | "each";
  /** Roles that are not the municipality's: no demand for them (default: every role counts). */
  isExternalRole?: ExternalRoleTest;
}

/** Options for the municipality's own demand: KOMBIT's roles (isKombitRole) are kept out. */
export const MUNICIPALITY_DEMAND: Readonly<Pick<DemandOptions, "isExternalRole">> = { isExternalRole: isKombitRole };

const EVERY_ROLE_COUNTS: ExternalRoleTest = () => false;

/** Hours in one ISO week (weekStart is its Monday). */
export interface WeekHours {
  weekStart: IsoDate;
  hours: number;
}

/** The demand of one task. */
export interface TaskDemand {
  taskId: number;
  /** effortDays × hours per day. */
  totalHours: number;
  /** The task's hours per week of its window (all roles together). */
  weeks: WeekHours[];
  /** True when the window has no working day, so the hours could not be placed. */
  noWorkingDays: boolean;
}

/** Demand hours of one role in one ISO week. */
export interface RoleWeekDemand {
  role: string;
  weekStart: IsoDate;
  hours: number;
}

/** Demand per role and week, plus the tasks whose hours could not be placed. */
export interface DemandResult {
  cells: RoleWeekDemand[];
  unplaceable: { kind: "noWorkingDays"; taskId: number }[];
}

const weekLabelCache = new Map<DayNumber, IsoDate>();

/** ISO date of a week's Monday day number (memoised: the same weeks recur across tasks). */
export function mondayDate(monday: DayNumber): IsoDate {
  let label = weekLabelCache.get(monday);
  if (label === undefined) {
    label = fromDayNumber(monday);
    weekLabelCache.set(monday, label);
  }
  return label;
}

/** Working-day weight per week (Monday day number → weight) of [start, end]. */
export function weekWeights(calendar: CompiledCalendar, start: DayNumber, end: DayNumber): { mondays: DayNumber[]; weights: number[]; total: number } {
  const mondays: DayNumber[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let monday = weekStartDay(start); monday <= end; monday += 7) {
    const w = calendar.weightBetween(Math.max(start, monday), Math.min(end, monday + 6));
    if (w > 0) {
      mondays.push(monday);
      weights.push(w);
      total += w;
    }
  }
  return { mondays, weights, total };
}

function taskDemandDays(
  t: ScheduledTask,
  calendar: CompiledCalendar,
  hoursPerDay: number,
  isExternal: ExternalRoleTest
): { mondays: DayNumber[]; hours: number[]; total: number; noWorkingDays: boolean } {
  if (isKombitOnlyTask(t.task, isExternal)) return { mondays: [], hours: [], total: 0, noWorkingDays: false };
  const total = Math.max(0, t.task.effortDays) * hoursPerDay;
  const { mondays, weights, total: weight } = weekWeights(calendar, t.startDay, t.endDay);
  if (weight === 0) return { mondays: [], hours: [], total, noWorkingDays: total > 0 };
  return { mondays, hours: weights.map((w) => (total * w) / weight), total, noWorkingDays: false };
}

/** A task's demand hours per ISO week of its effective window. */
export function taskDemand(t: ScheduledTask, options: DemandOptions = {}): TaskDemand {
  const { mondays, hours, total, noWorkingDays } = taskDemandDays(t, compileCalendar(options.calendar), options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY, options.isExternalRole ?? EVERY_ROLE_COUNTS);
  return { taskId: t.id, totalHours: total, weeks: mondays.map((m, i) => ({ weekStart: mondayDate(m), hours: hours[i] })), noWorkingDays };
}

/** Demand hours per recommended role per ISO week over all tasks, sorted by role then week. */
export function demandByRoleWeek(scheduled: readonly ScheduledTask[], options: DemandOptions = {}): DemandResult {
  const calendar = compileCalendar(options.calendar);
  const hoursPerDay = options.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  const perRole = new Map<string, Map<DayNumber, number>>();
  const unplaceable: DemandResult["unplaceable"] = [];
  const isExternal = options.isExternalRole ?? EVERY_ROLE_COUNTS;
  for (const t of scheduled) {
    if (t.task.effortDays <= 0 || isKombitOnlyTask(t.task, isExternal)) continue;
    const { mondays, hours, noWorkingDays } = taskDemandDays(t, calendar, hoursPerDay, isExternal);
    if (noWorkingDays) {
      unplaceable.push({ kind: "noWorkingDays", taskId: t.id });
      continue;
    }
    // The municipality's roles share the whole effort; external (KOMBIT's) roles get no share of it.
    const own = municipalityRoles(t.task.recommendedRoles, isExternal);
    const roles = own.length > 0 ? own : [NO_ROLE];
    const factor = options.roleSplit === "each" ? 1 : 1 / roles.length;
    for (const role of roles) {
      let weeks = perRole.get(role);
      if (!weeks) {
        weeks = new Map();
        perRole.set(role, weeks);
      }
      for (let i = 0; i < mondays.length; i++) weeks.set(mondays[i], (weeks.get(mondays[i]) ?? 0) + hours[i] * factor);
    }
  }
  const cells: RoleWeekDemand[] = [];
  for (const role of [...perRole.keys()].sort((a, b) => a.localeCompare(b, "da"))) {
    const weeks = perRole.get(role) as Map<DayNumber, number>;
    for (const monday of [...weeks.keys()].sort((a, b) => a - b)) {
      cells.push({ role, weekStart: mondayDate(monday), hours: weeks.get(monday) as number });
    }
  }
  return { cells, unplaceable };
}
