/**
 * The rows the timeline draws: tasks filtered by the view, grouped by phase or ØiR
 * integration (a task in several integrations appears under each), groups collapsible.
 */
import { filterTasks, type TaskFilter } from "../../domain/filters";
import { INTEGRATIONS, type Person } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import type { Grouping, TimelineViewState } from "./filterUrl";

export interface GroupRow {
  type: "group";
  key: string;
  label: string;
  count: number;
  collapsed: boolean;
}

export interface TaskRow {
  type: "task";
  /** Unique per row (a task may appear in several integration groups). */
  key: string;
  task: ScheduledTask;
}

export type TimelineRow = GroupRow | TaskRow;

/** The domain filter of a view (wave is applied before scheduling). */
export function domainFilter(view: TimelineViewState, computedCritical: readonly number[]): TaskFilter {
  return {
    role: view.role,
    person: view.person,
    integration: view.integration,
    status: view.status.length > 0 ? view.status : undefined,
    phase: view.phase,
    criticalOnly: view.criticalOnly,
    computedCritical,
    text: view.text
  };
}

/** "Mine opgaver": tasks where the user is responsible or performer. */
export function isMine(task: ScheduledTask, me: Person | undefined, people: ReadonlyMap<number, { responsible?: Person; performer?: Person }>): boolean {
  if (!me) return false;
  const email = me.email.toLowerCase();
  const state = people.get(task.id);
  return state?.responsible?.email.toLowerCase() === email || state?.performer?.email.toLowerCase() === email;
}

function groupKeys(task: ScheduledTask, grouping: Grouping, noIntegration: string): string[] {
  if (grouping === "phase") return [task.task.phase];
  return task.task.integrations.length > 0 ? INTEGRATIONS.filter((i) => task.task.integrations.includes(i)) : [noIntegration];
}

/** Groups the (already filtered and ordered) tasks; groups keep the order of their first task. */
export function buildRows(
  tasks: readonly ScheduledTask[],
  grouping: Grouping,
  collapsed: ReadonlySet<string>,
  noIntegrationLabel: string
): TimelineRow[] {
  const groups = new Map<string, ScheduledTask[]>();
  if (grouping === "integration") for (const i of INTEGRATIONS) groups.set(i, []);
  for (const task of tasks) {
    for (const key of groupKeys(task, grouping, noIntegrationLabel)) {
      const list = groups.get(key);
      if (list) list.push(task);
      else groups.set(key, [task]);
    }
  }
  const rows: TimelineRow[] = [];
  for (const [key, list] of groups) {
    if (list.length === 0) continue;
    const isCollapsed = collapsed.has(key);
    rows.push({ type: "group", key, label: key, count: list.length, collapsed: isCollapsed });
    if (!isCollapsed) for (const task of list) rows.push({ type: "task", key: `${key}\u0000${task.id}`, task });
  }
  return rows;
}

export { filterTasks };
