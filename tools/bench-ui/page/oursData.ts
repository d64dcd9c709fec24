/**
 * The seeded benchmark tasks mapped to our domain: KlikTasks of one wave, local date overrides
 * on every fifth task (so baseline and effective bars differ), scheduled with the domain's
 * schedulePlan, plus the computed critical path. This is what the timeline gets as props.
 */
import { criticalPath, type CriticalPathResult } from "../../../src/domain/criticalPath";
import { toDayNumber } from "../../../src/domain/isoDate";
import type { KlikTask, LocalTaskState, TaskStatus, Wave } from "../../../src/domain/model";
import { schedulePlan, type ScheduledTask } from "../../../src/domain/schedule";
import { ymd, type BenchTask } from "./data";

export const BENCH_WAVE: Wave = { title: "KY - Bølge 5", project: "KY", goLive: "2026-01-05" };
const PHASES = ["Fase 1: Forberedelse", "Fase 2.1: Planlægning", "Fase 2.2: Test", "Fase 3: Idriftsættelse"];

export interface OursPlan {
  wave: Wave;
  tasks: KlikTask[];
  local: LocalTaskState[];
  scheduled: ScheduledTask[];
  critical: CriticalPathResult;
}

function status(progress: number): TaskStatus {
  if (progress === 0) return "notStarted";
  return progress === 100 ? "completed" : "started";
}

function klikTask(t: BenchTask, baselineShiftDays: number): KlikTask {
  const goLive = toDayNumber(BENCH_WAVE.goLive);
  const end = toDayNumber(ymd(t.end)) + baselineShiftDays;
  return {
    id: t.id,
    code: `PL ${t.id}`,
    title: t.name,
    project: BENCH_WAVE.project,
    phase: PHASES[t.id % PHASES.length],
    theme: "Økonomi",
    priority: ((t.id % 3) + 1) as 1 | 2 | 3,
    isInfrastructure: t.id % 7 === 0,
    effortDays: Math.max(1, Math.round(t.days / 4)),
    endOffsetDays: end - goLive,
    startOffsetDays: -t.days,
    waves: [BENCH_WAVE.title],
    kind: "task",
    integrations: [],
    recommendedRoles: ["Økonomimedarbejder"],
    involvedRoles: [],
    predecessors: t.dep === null ? [] : [t.dep],
    // KOMBIT declares about a tenth of a plan critical (every tenth id; 3 puts some in every phase).
    declaredCritical: t.id % 10 === 3,
    goal: "",
    descriptionHtml: "",
    methodSteps: [],
    result: "",
    publicationStatus: "Publiceret",
    comments: []
  };
}

/** Every fifth task's KOMBIT (baseline) dates lie a week earlier; its local dates are the seeded ones. */
export function oursPlan(bench: readonly BenchTask[]): OursPlan {
  const tasks: KlikTask[] = [];
  const local: LocalTaskState[] = [];
  for (const t of bench) {
    const shifted = t.id % 5 === 0;
    tasks.push(klikTask(t, shifted ? -7 : 0));
    const state: LocalTaskState = { taskId: t.id, status: status(t.progress), note: "" };
    if (shifted) {
      state.localStart = ymd(t.start);
      state.localEnd = ymd(t.end);
    }
    local.push(state);
  }
  // Ordered as the timeline's state hook orders them (by effective start, then end).
  const scheduled = schedulePlan(tasks, BENCH_WAVE, local).sort((a, b) => a.startDay - b.startDay || a.endDay - b.endDay || a.id - b.id);
  return { wave: BENCH_WAVE, tasks, local, scheduled, critical: criticalPath(scheduled) };
}
