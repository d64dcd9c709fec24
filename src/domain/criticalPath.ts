/**
 * Critical path by forward and backward pass over the effective dates, counted in working
 * days. The planned start acts as "start no earlier than"; predecessors are finish-to-start.
 * KOMBIT's declared critical path is kept apart from the computed one.
 */
import { compileCalendar, type WorkingCalendar } from "./calendar";
import { toDayNumber } from "./isoDate";
import type { IsoDate } from "./model";
import type { ScheduledTask } from "./schedule";

/** Early/late positions of one task, in working-day ordinals (end positions exclusive). */
export interface CriticalPathEntry {
  taskId: number;
  /** Working days in the effective window. */
  durationDays: number;
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Working days the task can slip without moving the finish; negative = already late. */
  totalFloatDays: number;
}

/** Result of criticalPath. */
export interface CriticalPathResult {
  /** One entry per task that is not in or behind a dependency cycle. */
  entries: Map<number, CriticalPathEntry>;
  /** Computed critical tasks (total float ≤ the threshold), in input order. */
  computedCritical: number[];
  /** Tasks KOMBIT declares critical, in input order. */
  declaredCritical: number[];
  /** Tasks left out because they are in, or depend on, a dependency cycle. */
  blockedByCycle: number[];
  /** The finish the backward pass started from (latest effective end, or the deadline). */
  finish: IsoDate | undefined;
}

/** Options of criticalPath. */
export interface CriticalPathOptions {
  calendar?: WorkingCalendar;
  /** Finish to plan back from (e.g. Go-Live); default: the latest early finish. */
  deadline?: IsoDate;
  /** Tasks with total float ≤ this many working days are critical (default 0). */
  floatThreshold?: number;
}

/** Total float per task and the computed critical set (forward/backward pass in working days). */
export function criticalPath(scheduled: readonly ScheduledTask[], options: CriticalPathOptions = {}): CriticalPathResult {
  const calendar = compileCalendar(options.calendar);
  const threshold = options.floatThreshold ?? 0;
  const n = scheduled.length;
  const indexById = new Map<number, number>();
  scheduled.forEach((t, i) => indexById.set(t.id, i));

  // Load every year involved first, so that working-day ordinals are comparable.
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (const t of scheduled) {
    minDay = Math.min(minDay, t.startDay, t.endDay);
    maxDay = Math.max(maxDay, t.startDay, t.endDay);
  }
  const deadlineDay = options.deadline === undefined ? undefined : toDayNumber(options.deadline);
  if (deadlineDay !== undefined) {
    minDay = Math.min(minDay, deadlineDay);
    maxDay = Math.max(maxDay, deadlineDay);
  }
  if (n > 0) calendar.ensure(minDay, maxDay + 1);

  const ownStart = new Int32Array(n);
  const duration = new Int32Array(n);
  const predIdx: number[][] = new Array(n);
  const succIdx: number[][] = Array.from({ length: n }, () => []);
  const inDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = scheduled[i];
    ownStart[i] = calendar.ordinal(t.startDay);
    duration[i] = Math.max(0, calendar.ordinal(t.endDay + 1) - ownStart[i]);
    const preds: number[] = [];
    for (const p of t.predecessors) {
      const j = indexById.get(p);
      if (j !== undefined && !preds.includes(j)) {
        preds.push(j);
        succIdx[j].push(i);
      }
    }
    predIdx[i] = preds;
    inDegree[i] = preds.length;
  }

  // Kahn's topological order; whatever is never freed sits in or behind a cycle.
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (inDegree[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const s of succIdx[order[head]]) if (--inDegree[s] === 0) order.push(s);
  }

  const earlyStart = new Int32Array(n);
  const earlyFinish = new Int32Array(n);
  let latestFinish = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    let es = ownStart[i];
    for (const p of predIdx[i]) if (earlyFinish[p] > es) es = earlyFinish[p];
    earlyStart[i] = es;
    earlyFinish[i] = es + duration[i];
    if (earlyFinish[i] > latestFinish) latestFinish = earlyFinish[i];
  }
  const finishOrdinal = deadlineDay !== undefined ? calendar.ordinal(deadlineDay + 1) : latestFinish;

  const lateStart = new Int32Array(n);
  const lateFinish = new Int32Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    let lf = finishOrdinal;
    for (const s of succIdx[i]) if (lateStart[s] < lf) lf = lateStart[s];
    lateFinish[i] = lf;
    lateStart[i] = lf - duration[i];
  }

  const entries = new Map<number, CriticalPathEntry>();
  const inOrder = new Uint8Array(n);
  for (const i of order) {
    inOrder[i] = 1;
    entries.set(scheduled[i].id, {
      taskId: scheduled[i].id,
      durationDays: duration[i],
      earlyStart: earlyStart[i],
      earlyFinish: earlyFinish[i],
      lateStart: lateStart[i],
      lateFinish: lateFinish[i],
      totalFloatDays: lateStart[i] - earlyStart[i]
    });
  }
  const computedCritical: number[] = [];
  const blockedByCycle: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!inOrder[i]) blockedByCycle.push(scheduled[i].id);
    else if (lateStart[i] - earlyStart[i] <= threshold) computedCritical.push(scheduled[i].id);
  }
  const finish = deadlineDay !== undefined ? options.deadline : latestEnd(scheduled, order);
  return {
    entries,
    computedCritical,
    declaredCritical: scheduled.filter((t) => t.task.declaredCritical).map((t) => t.id),
    blockedByCycle,
    finish
  };
}

function latestEnd(scheduled: readonly ScheduledTask[], order: readonly number[]): IsoDate | undefined {
  let best: ScheduledTask | undefined;
  for (const i of order) if (!best || scheduled[i].endDay > best.endDay) best = scheduled[i];
  return best?.effective.end;
}
