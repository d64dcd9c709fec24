/**
 * Dates of a plan from Go-Live (DESIGN §3): end = goLive + endOffsetDays, start = end +
 * startOffsetDays, in calendar days. A local date set by the municipality overrides the
 * computed (KOMBIT) one, which stays as the baseline.
 */
import { compileCalendar, type WorkingCalendar } from "./calendar";
import { fromDayNumber, toDayNumber, type DayNumber } from "./isoDate";
import type { IsoDate, KlikTask, LocalTaskState, TaskStatus, Wave } from "./model";

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
  | { kind: "localEndBeforeLocalStart"; taskId: number };

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
  /** KOMBIT's predecessors followed by the municipality's own, without duplicates. */
  predecessors: number[];
  flags: ScheduleFlag[];
  /** Effective start as a day number (days since 1970-01-01), for fast arithmetic. */
  startDay: DayNumber;
  /** Effective end as a day number. */
  endDay: DayNumber;
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
  const todayDay = today === undefined ? undefined : toDayNumber(today);
  const stateById = new Map<number, LocalTaskState>();
  for (const state of local) stateById.set(state.taskId, state);

  return tasks.map((task): ScheduledTask => {
    const state = stateById.get(task.id);
    const baseEnd = goLive + task.endOffsetDays;
    const baseStart = baseEnd + task.startOffsetDays;
    const startDay = state?.localStart ? toDayNumber(state.localStart) : baseStart;
    const endDay = state?.localEnd ? toDayNumber(state.localEnd) : baseEnd;
    const status: TaskStatus = state?.status ?? "notStarted";
    const effective = { start: fromDayNumber(startDay), end: fromDayNumber(endDay) };
    const flags: ScheduleFlag[] = [];
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
      predecessors: mergePredecessors(task.predecessors, state?.localPredecessors),
      flags,
      startDay,
      endDay
    };
  });
}
