/**
 * Dates of a plan from Go-Live (DESIGN §3): end = goLive + endOffsetDays, start = end +
 * startOffsetDays, in calendar days. A local date set by the municipality overrides the
 * computed (KOMBIT) one, which stays as the baseline. Every date lies in the plan's date window
 * (dateWindow.ts): a local date outside it is flagged and not used, and KOMBIT dates outside it
 * (a wrong offset or Go-Live) are flagged and held at the window's edge, so one bad row can
 * neither stretch the timeline nor take the calendar past the dates it knows.
 */
import { addWorkingDays, compileCalendar, type WorkingCalendar } from "./calendar";
import { planDateProblem, planDateWindow, type PlanDateProblem, type PlanDateWindow } from "./dateWindow";
import { fromDayNumber, toDayNumber, type DayNumber } from "./isoDate";
import type { IsoDate, KlikTask, LocalTaskState, Person, TaskStatus, Wave } from "./model";

/** A date window, both ends inclusive. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** Something in a task's dates that needs attention. */
export type ScheduleFlag =
  | { kind: "endsAfterGoLive"; taskId: number; daysAfter: number }
  | { kind: "shouldHaveStarted"; taskId: number; daysLate: number }
  | { kind: "startsOnNonWorkingDay"; taskId: number; date: IsoDate }
  | { kind: "endsOnNonWorkingDay"; taskId: number; date: IsoDate }
  | { kind: "localEndBeforeLocalStart"; taskId: number }
  /**
   * A date outside the plan's window (or not a date at all): a local date is not used (the
   * KOMBIT date stands in for it); KOMBIT's own dates ("baseline") are held at the window's edge.
   */
  | { kind: "dateOutsideWindow"; taskId: number; field: "localStart" | "localEnd" | "baseline"; value: string; problem: PlanDateProblem; window: PlanDateWindow };

/** A task placed in time: baseline (KOMBIT) and effective (local override) dates. */
export interface ScheduledTask {
  /** Master-opgave ID. */
  id: number;
  task: KlikTask;
  baseline: DateRange;
  effective: DateRange;
  /** Calendar days from baseline to effective start (positive = later). */
  startVarianceDays: number;
  /** Calendar days from baseline to effective end (positive = later). */
  endVarianceDays: number;
  hasLocalDates: boolean;
  status: TaskStatus;
  /** Ansvarlig and udfører from the local state, so rows, filters and search need no second lookup. */
  responsible?: Person;
  performer?: Person;
  /** KOMBIT's predecessors followed by the municipality's own, without duplicates. */
  predecessors: number[];
  flags: ScheduleFlag[];
  /** Effective start as a day number (days since 1970-01-01), for fast arithmetic. */
  startDay: DayNumber;
  /** Effective end as a day number. */
  endDay: DayNumber;
  /** The window the plan's dates must lie in (the same object for every task of a plan). */
  dateWindow: PlanDateWindow;
  /**
   * KOMBIT's dates (Go-Live + offsets) fall outside the window: baseline and effective dates are
   * held at its edge, and the timeline leaves the task out when it computes its span.
   */
  outsideWindow: boolean;
}

/** Options of schedulePlan. */
export interface ScheduleOptions {
  calendar?: WorkingCalendar;
}

/** Baseline start and end of a task for a Go-Live date, in calendar days. */
export function scheduleTask(task: Pick<KlikTask, "endOffsetDays" | "startOffsetDays">, goLive: IsoDate): DateRange {
  const end = toDayNumber(goLive) + task.endOffsetDays;
  return { start: fromDayNumber(end + task.startOffsetDays), end: fromDayNumber(end) };
}

function mergePredecessors(kombit: readonly number[], local: readonly number[] | undefined): number[] {
  if (!local || local.length === 0) return kombit.slice();
  const seen = new Set(kombit);
  const merged = kombit.slice();
  for (const id of local) {
    if (!seen.has(id)) {
      seen.add(id);
      merged.push(id);
    }
  }
  return merged;
}

/**
 * Schedules every task against the wave's Go-Live with the local overrides; flags need a
 * `today` for "should have started" (without it that flag is not raised).
 */
export function schedulePlan(
  tasks: readonly KlikTask[],
  wave: Pick<Wave, "goLive">,
  local: readonly LocalTaskState[] = [],
  today?: IsoDate,
  options: ScheduleOptions = {}
): ScheduledTask[] {
  const calendar = compileCalendar(options.calendar);
  const goLive = toDayNumber(wave.goLive);
  const dateWindow = planDateWindow(wave.goLive);
  const firstDay = toDayNumber(dateWindow.first);
  const lastDay = toDayNumber(dateWindow.last);
  const clamp = (day: DayNumber): DayNumber => Math.min(lastDay, Math.max(firstDay, day));
  const todayDay = today === undefined ? undefined : toDayNumber(today);
  const stateById = new Map<number, LocalTaskState>();
  for (const state of local) stateById.set(state.taskId, state);

  return tasks.map((task): ScheduledTask => {
    const state = stateById.get(task.id);
    const flags: ScheduleFlag[] = [];
    const outside = (field: "localStart" | "localEnd" | "baseline", value: string, problem: PlanDateProblem): void => {
      flags.push({ kind: "dateOutsideWindow", taskId: task.id, field, value, problem, window: dateWindow });
    };
    const rawEnd = goLive + task.endOffsetDays;
    const rawStart = rawEnd + task.startOffsetDays;
    const outsideWindow = !(rawStart >= firstDay && rawStart <= lastDay && rawEnd >= firstDay && rawEnd <= lastDay);
    if (outsideWindow) {
      const raw = rawStart >= firstDay && rawStart <= lastDay ? rawEnd : rawStart;
      outside("baseline", Number.isFinite(raw) ? fromDayNumber(raw) : String(raw), raw < firstDay ? "beforeWindow" : "afterWindow");
    }
    const baseEnd = outsideWindow ? clamp(rawEnd) : rawEnd;
    const baseStart = outsideWindow ? clamp(rawStart) : rawStart;
    const localDay = (field: "localStart" | "localEnd", value: string | undefined, fallback: DayNumber): DayNumber => {
      if (!value) return fallback;
      const problem = planDateProblem(value, dateWindow);
      if (problem === undefined) return toDayNumber(value);
      outside(field, value, problem);
      return fallback;
    };
    const startDay = localDay("localStart", state?.localStart, baseStart);
    const endDay = localDay("localEnd", state?.localEnd, baseEnd);
    const status: TaskStatus = state?.status ?? "notStarted";
    const effective = { start: fromDayNumber(startDay), end: fromDayNumber(endDay) };
    if (endDay > goLive) flags.push({ kind: "endsAfterGoLive", taskId: task.id, daysAfter: endDay - goLive });
    if (todayDay !== undefined && status === "notStarted" && todayDay > startDay) {
      flags.push({ kind: "shouldHaveStarted", taskId: task.id, daysLate: todayDay - startDay });
    }
    if (calendar.weight(startDay) === 0) flags.push({ kind: "startsOnNonWorkingDay", taskId: task.id, date: effective.start });
    if (calendar.weight(endDay) === 0) flags.push({ kind: "endsOnNonWorkingDay", taskId: task.id, date: effective.end });
    const hasLocalDates = Boolean(state?.localStart || state?.localEnd);
    if (hasLocalDates && endDay < startDay) flags.push({ kind: "localEndBeforeLocalStart", taskId: task.id });
    return {
      id: task.id,
      task,
      baseline: { start: fromDayNumber(baseStart), end: fromDayNumber(baseEnd) },
      effective,
      startVarianceDays: startDay - baseStart,
      endVarianceDays: endDay - baseEnd,
      hasLocalDates,
      status,
      responsible: state?.responsible,
      performer: state?.performer,
      predecessors: mergePredecessors(task.predecessors, state?.localPredecessors),
      flags,
      startDay,
      endDay,
      dateWindow,
      outsideWindow
    };
  });
}

/**
 * The tasks that "Forskyd" by `workingDays` would move outside the plan's date window (their
 * shifted start or end), so the shift can be refused before anything is saved.
 */
export function tasksShiftedOutsideWindow(tasks: readonly ScheduledTask[], workingDays: number, calendar?: WorkingCalendar): ScheduledTask[] {
  return tasks.filter(
    (t) =>
      planDateProblem(addWorkingDays(t.effective.start, workingDays, calendar), t.dateWindow) !== undefined ||
      planDateProblem(addWorkingDays(t.effective.end, workingDays, calendar), t.dateWindow) !== undefined
  );
}
