/** Composable, pure filters over scheduled tasks. Text and roles compare case-insensitively. */
import type { Integration, KlikTask, TaskKind, TaskStatus } from "./model";
import type { ScheduledTask } from "./schedule";

/** A test on a scheduled task. */
export type TaskPredicate = (t: ScheduledTask) => boolean;

/** Which role lists a role filter looks in. */
export type RoleScope = "recommended" | "involved" | "either";

/** Which of a task's people a person filter looks at. */
export type PersonScope = "responsible" | "performer" | "either";

/** All filter criteria; every one given must hold. */
export interface TaskFilter {
  wave?: string;
  role?: string;
  roleScope?: RoleScope;
  integration?: Integration;
  status?: TaskStatus | readonly TaskStatus[];
  phase?: string;
  kind?: TaskKind;
  /** Only tasks critical as declared by KOMBIT or as computed (see `computedCritical`). */
  criticalOnly?: boolean;
  /** Ids of the computed critical tasks (criticalPath().computedCritical). */
  computedCritical?: readonly number[];
  /** A person's e-mail: tasks where they are ansvarlig or udfører (see `personScope`). */
  person?: string;
  personScope?: PersonScope;
  text?: string;
}

function fold(text: string): string {
  return text.toLocaleLowerCase("da").trim();
}

/** Whether a KLIK task belongs to a wave (by title, as users type it: case and spaces aside). */
export function taskInWave(task: Pick<KlikTask, "waves">, wave: string): boolean {
  const w = fold(wave);
  return task.waves.some((x) => fold(x) === w);
}

/** Tasks of a wave (by title). */
export function byWave(wave: string): TaskPredicate {
  return (t) => taskInWave(t.task, wave);
}

/** Tasks that name a role as recommended performer, involved party, or either. */
export function byRole(role: string, scope: RoleScope = "either"): TaskPredicate {
  const r = fold(role);
  const has = (roles: readonly string[]): boolean => roles.some((x) => fold(x) === r);
  if (scope === "recommended") return (t) => has(t.task.recommendedRoles);
  if (scope === "involved") return (t) => has(t.task.involvedRoles);
  return (t) => has(t.task.recommendedRoles) || has(t.task.involvedRoles);
}

/** Tasks where a person (by e-mail, case aside) is ansvarlig, udfører or either. */
export function byPerson(email: string, scope: PersonScope = "either"): TaskPredicate {
  const e = fold(email);
  const is = (p: ScheduledTask["responsible"]): boolean => p !== undefined && fold(p.email) === e;
  if (scope === "responsible") return (t) => is(t.responsible);
  if (scope === "performer") return (t) => is(t.performer);
  return (t) => is(t.responsible) || is(t.performer);
}

/** Tasks for an ØiR integration. */
export function byIntegration(integration: Integration): TaskPredicate {
  return (t) => t.task.integrations.includes(integration);
}

/** Tasks with one of the statuses. */
export function byStatus(status: TaskStatus | readonly TaskStatus[]): TaskPredicate {
  const wanted: readonly TaskStatus[] = typeof status === "string" ? [status] : status;
  return (t) => wanted.includes(t.status);
}

/** Tasks in a phase. */
export function byPhase(phase: string): TaskPredicate {
  const p = fold(phase);
  return (t) => fold(t.task.phase) === p;
}

/** Tasks of a kind (task, webinar, milestone). */
export function byKind(kind: TaskKind): TaskPredicate {
  return (t) => t.task.kind === kind;
}

/** Tasks critical as declared by KOMBIT or in the computed set. */
export function criticalOnly(computedCritical: readonly number[] = []): TaskPredicate {
  const computed = new Set(computedCritical);
  return (t) => t.task.declaredCritical || computed.has(t.id);
}

/**
 * Tasks whose code, title, goal, roles or people (ansvarlig and udfører, by name or e-mail)
 * contain every word of the text.
 */
export function byText(text: string): TaskPredicate {
  const words = fold(text).split(/\s+/).filter((w) => w.length > 0);
  return (t) => {
    const people = [t.responsible, t.performer].flatMap((p) => (p ? [p.displayName, p.email] : []));
    const haystack = fold([t.task.code, t.task.title, t.task.goal, ...t.task.recommendedRoles, ...t.task.involvedRoles, ...people].join(" "));
    return words.every((w) => haystack.includes(w));
  };
}

/** A predicate that holds when all the given ones hold (no predicates: always true). */
export function allOf(...predicates: readonly TaskPredicate[]): TaskPredicate {
  return (t) => predicates.every((p) => p(t));
}

/** The predicate of a set of criteria. */
export function taskFilterPredicate(filter: TaskFilter): TaskPredicate {
  const predicates: TaskPredicate[] = [];
  if (filter.wave) predicates.push(byWave(filter.wave));
  if (filter.role) predicates.push(byRole(filter.role, filter.roleScope));
  if (filter.person) predicates.push(byPerson(filter.person, filter.personScope));
  if (filter.integration) predicates.push(byIntegration(filter.integration));
  if (filter.status !== undefined) predicates.push(byStatus(filter.status));
  if (filter.phase) predicates.push(byPhase(filter.phase));
  if (filter.kind) predicates.push(byKind(filter.kind));
  if (filter.criticalOnly) predicates.push(criticalOnly(filter.computedCritical));
  if (filter.text && filter.text.trim()) predicates.push(byText(filter.text));
  return allOf(...predicates);
}

/** The tasks that meet every given criterion, in input order. */
export function filterTasks(tasks: readonly ScheduledTask[], filter: TaskFilter): ScheduledTask[] {
  return tasks.filter(taskFilterPredicate(filter));
}
