/**
 * Finish-to-start dependencies between tasks: cycles, safe linking and violations.
 * A link "from → to" means `from` is a predecessor of `to` (to starts after from ends).
 */
import type { ScheduledTask } from "./schedule";

/** Anything with an id and the ids of its predecessors (KlikTask, ScheduledTask). */
export interface DependencyNode {
  id: number;
  predecessors: readonly number[];
}

/** Why a link cannot be made. */
export type LinkRefusal =
  | { kind: "selfLink"; taskId: number }
  | { kind: "unknownTask"; taskId: number }
  | { kind: "alreadyLinked"; from: number; to: number }
  | { kind: "wouldCloseCycle"; from: number; to: number; cycle: number[] };

/** Outcome of canLink. */
export type LinkCheck = { ok: true } | { ok: false; refusal: LinkRefusal };

/** A dependency that the dates do not respect. */
export type DependencyViolation =
  | { kind: "startsBeforePredecessorEnds"; taskId: number; predecessorId: number; overlapDays: number }
  | { kind: "unknownPredecessor"; taskId: number; predecessorId: number };

/** Successor lists (predecessor id → ids of tasks depending on it), over known ids only. */
export function successorMap(nodes: readonly DependencyNode[]): Map<number, number[]> {
  const known = new Set(nodes.map((n) => n.id));
  const successors = new Map<number, number[]>();
  for (const n of nodes) successors.set(n.id, []);
  for (const n of nodes) {
    for (const p of n.predecessors) {
      if (known.has(p)) successors.get(p)?.push(n.id);
    }
  }
  return successors;
}

/**
 * Every dependency cycle, one per strongly connected group, as task ids in dependency order
 * (each id is a predecessor of the next, the last of the first), starting at the smallest id.
 */
export function findCycles(nodes: readonly DependencyNode[]): number[][] {
  const successors = successorMap(nodes);
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  // Iterative Tarjan: plans can have long chains, recursion could overflow.
  for (const root of nodes) {
    if (index.has(root.id)) continue;
    const work: { id: number; next: number }[] = [{ id: root.id, next: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const succ = successors.get(frame.id) ?? [];
      if (frame.next < succ.length) {
        const s = succ[frame.next++];
        if (!index.has(s)) {
          index.set(s, counter);
          low.set(s, counter++);
          stack.push(s);
          onStack.add(s);
          work.push({ id: s, next: 0 });
        } else if (onStack.has(s)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(s) as number));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent) as number, low.get(frame.id) as number));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: number[] = [];
        let id: number;
        do {
          id = stack.pop() as number;
          onStack.delete(id);
          component.push(id);
        } while (id !== frame.id);
        const selfLoop = component.length === 1 && (successors.get(id) ?? []).includes(id);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(new Set(component), successors)).sort((a, b) => a[0] - b[0]);
}

/** A concrete cycle inside a strongly connected group, starting at its smallest id. */
function cycleWithin(members: Set<number>, successors: Map<number, number[]>): number[] {
  const start = Math.min(...members);
  const path = shortestPath(start, start, successors, members);
  return path ? path.slice(0, -1) : [start];
}

/** Shortest path from → … → to following successors (breadth first), or undefined. */
function shortestPath(
  from: number,
  to: number,
  successors: Map<number, number[]>,
  allowed?: Set<number>
): number[] | undefined {
  const previous = new Map<number, number>();
  const queue: number[] = [from];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head];
    for (const s of successors.get(current) ?? []) {
      if (allowed && !allowed.has(s)) continue;
      if (s === to) {
        const path = [to, current];
        for (let p = current; p !== from; ) {
          p = previous.get(p) as number;
          path.push(p);
        }
        return path.reverse();
      }
      if (previous.has(s) || s === from) continue;
      previous.set(s, current);
      queue.push(s);
    }
  }
  return undefined;
}

/** Whether `from` may become a predecessor of `to`; a refusal names the cycle it would close. */
export function canLink(nodes: readonly DependencyNode[], from: number, to: number): LinkCheck {
  if (from === to) return { ok: false, refusal: { kind: "selfLink", taskId: from } };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const id of [from, to]) {
    if (!byId.has(id)) return { ok: false, refusal: { kind: "unknownTask", taskId: id } };
  }
  if ((byId.get(to) as DependencyNode).predecessors.includes(from)) {
    return { ok: false, refusal: { kind: "alreadyLinked", from, to } };
  }
  // The new link closes a cycle exactly when `from` already depends (transitively) on `to`.
  const path = shortestPath(to, from, successorMap(nodes));
  if (path) return { ok: false, refusal: { kind: "wouldCloseCycle", from, to, cycle: path } };
  return { ok: true };
}

/** Tasks that start on or before a predecessor's end day, and predecessors that do not exist. */
export function dependencyViolations(scheduled: readonly ScheduledTask[]): DependencyViolation[] {
  const byId = new Map(scheduled.map((t) => [t.id, t]));
  const violations: DependencyViolation[] = [];
  for (const t of scheduled) violations.push(...taskDependencyViolations(t, byId));
  return violations;
}

/**
 * One task's violated links (see dependencyViolations), for views that check only the tasks
 * they show; `byId` holds every scheduled task of the plan.
 */
export function taskDependencyViolations(task: ScheduledTask, byId: ReadonlyMap<number, ScheduledTask>): DependencyViolation[] {
  const violations: DependencyViolation[] = [];
  for (const p of task.predecessors) {
    const predecessor = byId.get(p);
    if (!predecessor) {
      violations.push({ kind: "unknownPredecessor", taskId: task.id, predecessorId: p });
    } else if (task.startDay <= predecessor.endDay) {
      // Ends are inclusive: starting on the predecessor's last day is already too early.
      violations.push({
        kind: "startsBeforePredecessorEnds",
        taskId: task.id,
        predecessorId: p,
        overlapDays: predecessor.endDay - task.startDay + 1
      });
    }
  }
  return violations;
}
