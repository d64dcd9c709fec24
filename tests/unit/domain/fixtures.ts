/** Test data builders for the domain tests. */
import type { KlikTask, LocalTaskState } from "../../../src/domain";

/** A KLIK task with sensible defaults; override what the test is about. */
export function makeTask(overrides: Partial<KlikTask> & { id: number }): KlikTask {
  return {
    code: `T ${overrides.id}`,
    title: `Task ${overrides.id}`,
    project: "KY",
    phase: "Fase 2.1: Planlægning",
    theme: "Organisation og ansvar",
    priority: 1,
    isInfrastructure: false,
    effortDays: 5,
    endOffsetDays: -100,
    startOffsetDays: -14,
    waves: ["KY - Bølge 5"],
    kind: "task",
    integrations: [],
    recommendedRoles: ["KY-projektleder"],
    involvedRoles: [],
    predecessors: [],
    declaredCritical: false,
    goal: "",
    descriptionHtml: "",
    methodSteps: ["Gør det"],
    result: "Gjort",
    publicationStatus: "Publiceret",
    comments: [],
    ...overrides
  };
}

/** Local state with explicit dates (effective window = [start, end]). */
export function localDates(taskId: number, localStart: string, localEnd: string, extra: Partial<LocalTaskState> = {}): LocalTaskState {
  return { taskId, localStart, localEnd, status: "notStarted", note: "", ...extra };
}
