/**
 * The plan session's state and its transitions, named by what happens in the domain. Pure: the
 * session (planSession.ts) runs the effects (loading, saving, resending) and dispatches these.
 * Edits are applied at once (optimistic) and saved with the row's ETag; a save that cannot land
 * stays visible (pending or failed) and a 412 opens the conflict.
 */
import type { Booking, LocalTaskState, Person, WebinarAttendance, Wave, WorkingGroupMember } from "../domain/model";
import type { LocalPlanRow, Stored } from "../data/repositories";
import type { ConflictError } from "../data/errors";

/** Local fields of a task as the data layer writes them (a present key with undefined clears it). */
export type StateChanges = Partial<Omit<LocalTaskState, "taskId">>;

/** What was read from SharePoint for a plan: everything both views show. */
export interface SessionPlan {
  waves: Wave[];
  rows: LocalPlanRow[];
  canEdit: boolean;
  /** The signed-in user ("Mine opgaver"); undefined when the site would not say. */
  me?: Person;
  workingGroup: WorkingGroupMember[];
  bookings: Booking[];
  attendance: Stored<WebinarAttendance>[];
  /** The municipality's lists that do not exist on the site yet (see loadPlan); absent when all do. */
  missingLists?: string[];
}

/** One user edit of one task: the fields before and after, for undo/redo. */
export interface TaskEdit {
  taskId: number;
  before: StateChanges;
  after: StateChanges;
}

/** Where a task's latest change is on its way to SharePoint. */
export type SaveState =
  | { kind: "saving" }
  /**
   * Throttled or offline after the retry budget: queued and sent again later. No error when the
   * write was found in the queue on load (the page that queued it had the error).
   */
  | { kind: "pending"; error?: Error }
  /** Refused (e.g. 403): not saved, not retried; the edit was rolled back. */
  | { kind: "failed"; error: unknown };

export interface ReadyState {
  phase: "ready";
  plan: SessionPlan;
  saves: ReadonlyMap<number, SaveState>;
  conflict?: { taskId: number; error: ConflictError<StateChanges, StateChanges> };
  /** Each entry is what one user action changed (one task, or several for "Forskyd"). */
  undo: TaskEdit[][];
  redo: TaskEdit[][];
  /** A write outside the task saves that failed (e.g. webinar attendance), shown until dismissed. */
  notice?: { error: unknown };
}

export type PlanSessionState =
  | { phase: "loading" }
  | { phase: "failed"; error: unknown }
  | ReadyState;

export type PlanAction =
  | { type: "planRequested" }
  /** `pendingTasks`: tasks whose shown value is a queued write that still waits. */
  | { type: "planLoaded"; plan: SessionPlan; pendingTasks?: readonly number[] }
  /** Read again in the background: rows of `keepTasks` keep the session's value (a save of theirs is under way). */
  | { type: "planRefreshed"; plan: SessionPlan; keepTasks: ReadonlySet<number>; pendingTasks?: readonly number[] }
  | { type: "planFailed"; error: unknown }
  | { type: "taskEdited"; edit: TaskEdit }
  | { type: "tasksShifted"; edits: TaskEdit[] }
  | { type: "editUndone" }
  | { type: "editRedone" }
  | { type: "saveStarted"; taskId: number }
  | { type: "saveSucceeded"; taskId: number; etag: string }
  | { type: "saveQueued"; taskId: number; error: Error }
  /** The queue no longer holds a waiting write for these tasks (landed or discarded). */
  | { type: "pendingCleared"; taskIds: readonly number[] }
  | { type: "saveRefused"; taskId: number; error: unknown; rollback: StateChanges }
  | { type: "saveConflicted"; taskId: number; error: ConflictError<StateChanges, StateChanges> }
  | { type: "conflictResolvedWithTheirs"; taskId: number; theirs: StateChanges; etag: string }
  | { type: "conflictResolvedWithMine"; taskId: number; etag: string }
  | { type: "conflictDismissed" }
  | { type: "attendanceAdded"; attendance: Stored<WebinarAttendance> }
  | { type: "attendanceRemoved"; itemId: number }
  | { type: "attendanceFailed"; error: unknown }
  /** Another write outside the task saves failed (e.g. the pending queue could not store). */
  | { type: "noticeRaised"; error: unknown }
  | { type: "noticeDismissed" };

/** Undo keeps this many edits. */
export const UNDO_LIMIT = 50;

export function initialPlanSessionState(): PlanSessionState {
  return { phase: "loading" };
}

/** The stored row of a task, if the plan has it. */
export function rowOf(plan: SessionPlan, taskId: number): LocalPlanRow | undefined {
  return plan.rows.find((row) => row.task.id === taskId);
}

function applyToRow(plan: SessionPlan, taskId: number, changes: StateChanges, etag?: string): SessionPlan {
  return {
    ...plan,
    rows: plan.rows.map((row) =>
      row.task.id === taskId ? { ...row, etag: etag ?? row.etag, state: { ...row.state, ...changes, taskId } } : row
    )
  };
}

function withSave(saves: ReadonlyMap<number, SaveState>, taskId: number, save: SaveState | undefined): Map<number, SaveState> {
  const next = new Map(saves);
  if (save) next.set(taskId, save);
  else next.delete(taskId);
  return next;
}

function pendingSaves(taskIds: readonly number[] | undefined): Map<number, SaveState> {
  return new Map((taskIds ?? []).map((id): [number, SaveState] => [id, { kind: "pending" }]));
}

/** A background read merged in: rows with a save under way stay as the session has them. */
function refreshed(state: ReadyState, plan: SessionPlan, keepTasks: ReadonlySet<number>, pendingTasks: readonly number[] | undefined): ReadyState {
  const mine = new Map(state.plan.rows.map((row) => [row.task.id, row]));
  const rows = plan.rows.map((row) => (keepTasks.has(row.task.id) ? mine.get(row.task.id) ?? row : row));
  const saves = new Map([...state.saves].filter(([taskId]) => keepTasks.has(taskId)));
  for (const [taskId, save] of pendingSaves(pendingTasks)) if (!saves.has(taskId)) saves.set(taskId, save);
  return { ...state, plan: { ...plan, rows }, saves };
}

function readyReducer(state: ReadyState, action: PlanAction): ReadyState {
  switch (action.type) {
    case "planRefreshed":
      return refreshed(state, action.plan, action.keepTasks, action.pendingTasks);
    case "taskEdited":
    case "tasksShifted": {
      const edits = action.type === "taskEdited" ? [action.edit] : action.edits;
      if (edits.length === 0) return state;
      return {
        ...state,
        plan: edits.reduce((plan, edit) => applyToRow(plan, edit.taskId, edit.after), state.plan),
        undo: [...state.undo, edits].slice(-UNDO_LIMIT),
        redo: []
      };
    }
    case "editUndone": {
      const edits = state.undo[state.undo.length - 1];
      if (!edits) return state;
      const plan = edits.reduce((p, edit) => applyToRow(p, edit.taskId, edit.before), state.plan);
      return { ...state, plan, undo: state.undo.slice(0, -1), redo: [...state.redo, edits] };
    }
    case "editRedone": {
      const edits = state.redo[state.redo.length - 1];
      if (!edits) return state;
      const plan = edits.reduce((p, edit) => applyToRow(p, edit.taskId, edit.after), state.plan);
      return { ...state, plan, undo: [...state.undo, edits], redo: state.redo.slice(0, -1) };
    }
    case "saveStarted":
      return { ...state, saves: withSave(state.saves, action.taskId, { kind: "saving" }) };
    case "saveSucceeded":
      return { ...state, plan: applyToRow(state.plan, action.taskId, {}, action.etag), saves: withSave(state.saves, action.taskId, undefined) };
    case "saveQueued":
      return { ...state, saves: withSave(state.saves, action.taskId, { kind: "pending", error: action.error }) };
    case "pendingCleared": {
      const cleared = action.taskIds.filter((id) => state.saves.get(id)?.kind === "pending");
      if (cleared.length === 0) return state;
      const saves = new Map(state.saves);
      cleared.forEach((id) => saves.delete(id));
      return { ...state, saves };
    }
    case "saveRefused":
      return {
        ...state,
        plan: applyToRow(state.plan, action.taskId, action.rollback),
        saves: withSave(state.saves, action.taskId, { kind: "failed", error: action.error })
      };
    case "saveConflicted":
      return { ...state, saves: withSave(state.saves, action.taskId, undefined), conflict: { taskId: action.taskId, error: action.error } };
    case "conflictResolvedWithTheirs":
      return { ...state, plan: applyToRow(state.plan, action.taskId, action.theirs, action.etag), conflict: undefined };
    case "conflictResolvedWithMine":
      // Mine stays on screen; the session sends it again with their ETag.
      return { ...state, plan: applyToRow(state.plan, action.taskId, {}, action.etag), conflict: undefined };
    case "conflictDismissed":
      return { ...state, conflict: undefined };
    case "attendanceAdded":
      return { ...state, plan: { ...state.plan, attendance: [...state.plan.attendance, action.attendance] } };
    case "attendanceRemoved":
      return { ...state, plan: { ...state.plan, attendance: state.plan.attendance.filter((a) => a.itemId !== action.itemId) } };
    case "attendanceFailed":
    case "noticeRaised":
      return { ...state, notice: { error: action.error } };
    case "noticeDismissed":
      return { ...state, notice: undefined };
    default:
      return state;
  }
}

export function planReducer(state: PlanSessionState, action: PlanAction): PlanSessionState {
  switch (action.type) {
    case "planRequested":
      return { phase: "loading" };
    case "planLoaded":
      return { phase: "ready", plan: action.plan, saves: pendingSaves(action.pendingTasks), undo: [], redo: [] };
    case "planFailed":
      return { phase: "failed", error: action.error };
    default:
      return state.phase === "ready" ? readyReducer(state, action) : state;
  }
}
