/**
 * The timeline's state and its transitions, named by what happens in the domain. Pure: the
 * hook in useTimelineState runs the effects (loading, saving) and dispatches these actions.
 * Edits are applied at once (optimistic) and saved with the row's ETag; a save that cannot
 * land stays visible (pending or failed) and a 412 opens the conflict.
 */
import type { Booking, LocalTaskState, Person, WebinarAttendance, Wave, WorkingGroupMember } from "../../domain/model";
import type { LocalPlanRow, Stored } from "../../data/repositories";
import type { ConflictError } from "../../data/errors";

/** Local fields of a task as the data layer writes them (a present key with undefined clears it). */
export type StateChanges = Partial<Omit<LocalTaskState, "taskId">>;

/** What was read from SharePoint for the timeline. */
export interface TimelinePlan {
  waves: Wave[];
  rows: LocalPlanRow[];
  canEdit: boolean;
  /** The signed-in user ("Mine opgaver"); undefined when the site would not say. */
  me?: Person;
  workingGroup: WorkingGroupMember[];
  bookings: Booking[];
  attendance: Stored<WebinarAttendance>[];
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
  /** Throttled or offline after the retry budget: queued and sent again later. */
  | { kind: "pending"; error: Error }
  /** Refused (e.g. 403): not saved, not retried; the edit was rolled back. */
  | { kind: "failed"; error: unknown };

export interface ReadyState {
  phase: "ready";
  plan: TimelinePlan;
  saves: ReadonlyMap<number, SaveState>;
  conflict?: { taskId: number; error: ConflictError<StateChanges, StateChanges> };
  /** Each entry is what one user action changed (one task, or several for "Forskyd"). */
  undo: TaskEdit[][];
  redo: TaskEdit[][];
  /** A write outside the task saves that failed (e.g. webinar attendance), shown until dismissed. */
  notice?: { error: unknown };
}

export type TimelineState =
  | { phase: "loading" }
  | { phase: "failed"; error: unknown }
  | ReadyState;

export type TimelineAction =
  | { type: "planRequested" }
  | { type: "planLoaded"; plan: TimelinePlan }
  | { type: "planFailed"; error: unknown }
  | { type: "taskEdited"; edit: TaskEdit }
  | { type: "tasksShifted"; edits: TaskEdit[] }
  | { type: "editUndone" }
  | { type: "editRedone" }
  | { type: "saveStarted"; taskId: number }
  | { type: "saveSucceeded"; taskId: number; etag: string }
  | { type: "saveQueued"; taskId: number; error: Error }
  | { type: "saveRefused"; taskId: number; error: unknown; rollback: StateChanges }
  | { type: "saveConflicted"; taskId: number; error: ConflictError<StateChanges, StateChanges> }
  | { type: "conflictResolvedWithTheirs"; taskId: number; theirs: StateChanges; etag: string }
  | { type: "conflictResolvedWithMine"; taskId: number; etag: string }
  | { type: "conflictDismissed" }
  | { type: "attendanceAdded"; attendance: Stored<WebinarAttendance> }
  | { type: "attendanceRemoved"; itemId: number }
  | { type: "attendanceFailed"; error: unknown }
  | { type: "noticeDismissed" };

/** Undo keeps this many edits. */
export const UNDO_LIMIT = 50;

export function initialTimelineState(): TimelineState {
  return { phase: "loading" };
}

/** The stored row of a task, if the plan has it. */
export function rowOf(plan: TimelinePlan, taskId: number): LocalPlanRow | undefined {
  return plan.rows.find((row) => row.task.id === taskId);
}

function applyToRow(plan: TimelinePlan, taskId: number, changes: StateChanges, etag?: string): TimelinePlan {
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

function readyReducer(state: ReadyState, action: TimelineAction): ReadyState {
  switch (action.type) {
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
      // Mine stays on screen; the hook sends it again with their ETag.
      return { ...state, plan: applyToRow(state.plan, action.taskId, {}, action.etag), conflict: undefined };
    case "conflictDismissed":
      return { ...state, conflict: undefined };
    case "attendanceAdded":
      return { ...state, plan: { ...state.plan, attendance: [...state.plan.attendance, action.attendance] } };
    case "attendanceRemoved":
      return { ...state, plan: { ...state.plan, attendance: state.plan.attendance.filter((a) => a.itemId !== action.itemId) } };
    case "attendanceFailed":
      return { ...state, notice: { error: action.error } };
    case "noticeDismissed":
      return { ...state, notice: undefined };
    default:
      return state;
  }
}

export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case "planRequested":
      return { phase: "loading" };
    case "planLoaded":
      return { phase: "ready", plan: action.plan, saves: new Map(), undo: [], redo: [] };
    case "planFailed":
      return { phase: "failed", error: action.error };
    default:
      return state.phase === "ready" ? readyReducer(state, action) : state;
  }
}
