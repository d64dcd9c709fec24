/**
 * Which tasks a person gets a row for in the booking grid: the tasks naming one of their roles,
 * the tasks they are ansvarlig or udfører on (the local plan's assignments), and the tasks they
 * already have hours on. Each task once, however it is reached. Pure.
 */
import type { Person, WorkingGroupMember } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { personKey } from "./cellKey";

/** Who is set on a task in the local plan (LocalTaskState has these fields). */
export interface TaskAssignment {
  taskId: number;
  responsible?: Person;
  performer?: Person;
}

/** How a person is set on a task. */
export type AssignmentKind = "responsible" | "performer";

/** A task row of a person, and why the person has it. */
export interface MemberTask {
  task: ScheduledTask;
  /** How the person is set on the task (ansvarlig/udfører), in that order; empty when not. Shared: do not mutate. */
  assignedAs: readonly AssignmentKind[];
  /** Whether the task names one of the person's roles. */
  byRole: boolean;
}

/** Assignments per person key: task id → how the person is set on it. */
export type AssignmentIndex = ReadonlyMap<string, ReadonlyMap<number, readonly AssignmentKind[]>>;

const KINDS: readonly AssignmentKind[] = ["responsible", "performer"];
const EMPTY_INDEX: AssignmentIndex = new Map();
const indexes = new WeakMap<readonly TaskAssignment[], AssignmentIndex>();

/** The assignments by person (kept per array, so a grid rebuild does not index them again). */
export function assignmentIndex(assignments: readonly TaskAssignment[] | undefined): AssignmentIndex {
  if (!assignments || assignments.length === 0) return EMPTY_INDEX;
  const known = indexes.get(assignments);
  if (known) return known;
  const index = new Map<string, Map<number, readonly AssignmentKind[]>>();
  const add = (person: Person | undefined, taskId: number, kind: AssignmentKind): void => {
    if (!person?.email) return;
    const key = personKey(person.email);
    let tasks = index.get(key);
    if (!tasks) index.set(key, (tasks = new Map()));
    const kinds = tasks.get(taskId) ?? [];
    // Always ansvarlig before udfører, however the rows come.
    if (!kinds.includes(kind)) tasks.set(taskId, KINDS.filter((k) => k === kind || kinds.includes(k)));
  };
  for (const a of assignments) {
    add(a.responsible, a.taskId, "responsible");
    add(a.performer, a.taskId, "performer");
  }
  indexes.set(assignments, index);
  return index;
}

// Role names are few and folded again on every build: remember them.
const foldedRoles = new Map<string, string>();

/** A role name folded for comparison (KLIK and the list may differ in case). */
export function foldRole(text: string): string {
  let folded = foldedRoles.get(text);
  if (folded === undefined) {
    folded = text.toLocaleLowerCase("da");
    if (foldedRoles.size < 10_000) foldedRoles.set(text, folded);
  }
  return folded;
}

const NONE: readonly AssignmentKind[] = [];

/** The tasks a member can book, in plan order, each once, with the reason it is there. */
export function tasksOfMember(
  member: WorkingGroupMember,
  tasks: readonly ScheduledTask[],
  bookedTaskIds: ReadonlySet<number>,
  assigned: ReadonlyMap<number, readonly AssignmentKind[]> | undefined
): MemberTask[] {
  const roles = new Set(member.roles.map(foldRole));
  const result: MemberTask[] = [];
  for (const task of tasks) {
    const byRole = [...task.task.recommendedRoles, ...task.task.involvedRoles].some((r) => roles.has(foldRole(r)));
    const assignedAs = assigned?.get(task.id) ?? NONE;
    if (byRole || assignedAs.length > 0 || bookedTaskIds.has(task.id)) {
      result.push({ task, assignedAs, byRole });
    }
  }
  return result;
}

interface CacheEntry {
  member: WorkingGroupMember;
  tasks: readonly ScheduledTask[];
  booked: ReadonlySet<number>;
  assigned: ReadonlyMap<number, readonly AssignmentKind[]> | undefined;
  list: MemberTask[];
}

/** Per person: the last computed task list and what it was computed from. */
export type MemberTasksCache = Map<string, CacheEntry>;

const NO_IDS: ReadonlySet<number> = new Set();

function sameIds(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/** tasksOfMember, reusing the cached list when the member, tasks, booked ids and assignments are unchanged. */
export function cachedTasksOfMember(
  cache: MemberTasksCache | undefined,
  person: string,
  member: WorkingGroupMember,
  tasks: readonly ScheduledTask[],
  booked: ReadonlySet<number> | undefined,
  assignments: AssignmentIndex
): MemberTask[] {
  const ids = booked ?? NO_IDS;
  const assigned = assignments.get(person);
  if (!cache) return tasksOfMember(member, tasks, ids, assigned);
  const hit = cache.get(person);
  if (hit && hit.member === member && hit.tasks === tasks && hit.assigned === assigned && sameIds(hit.booked, ids)) return hit.list;
  const list = tasksOfMember(member, tasks, ids, assigned);
  cache.set(person, { member, tasks, booked: ids, assigned, list });
  return list;
}
