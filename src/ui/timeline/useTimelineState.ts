/**
 * The timeline's state hook: loads waves and the local plan, schedules the selected wave with
 * the domain (dates, critical path, filters), and runs the saves of the user's edits: each
 * edit is shown at once and sent with the row's ETag, one save per task at a time.
 */
import * as React from "react";
import { criticalPath } from "../../domain/criticalPath";
import { dateInTimeZone } from "../../domain/isoDate";
import { schedulePlan, type ScheduledTask } from "../../domain/schedule";
import { filterTasks } from "../../domain/filters";
import { readiness as computeReadiness, type Readiness } from "../../domain/readiness";
import type { Wave } from "../../domain/model";
import { ConflictError, PendingWriteError } from "../../data/errors";
import type { ItemRef, PendingWrite, PlanRepositories } from "../../data/repositories";
import { addWorkingDays } from "../../domain/calendar";
import type { TimelineViewState } from "./filterUrl";
import { buildRows, domainFilter, isMine, type TimelineRow } from "./timelineRows";
import {
  initialTimelineState,
  rowOf,
  timelineReducer,
  type StateChanges,
  type TaskEdit,
  type TimelinePlan,
  type TimelineState
} from "./timelineReducer";
import { useTimelineView } from "./useTimelineView";


export interface TimelineModel {
  state: TimelineState;
  view: TimelineViewState;
  setView: (changes: Partial<TimelineViewState>) => void;
  wave?: Wave;
  /** Every task of the selected wave, scheduled (before filters). */
  scheduled: ScheduledTask[];
  /** Rows to draw after filters and grouping. */
  rows: TimelineRow[];
  /** Tasks shown after filters, in timeline order (each once). */
  shown: ScheduledTask[];
  shownCount: number;
  computedCritical: ReadonlySet<number>;
  today: string;
  pendingWrites: PendingWrite[];
  toggleGroup: (key: string) => void;
  /** Saves local fields of a task (panel edits, moves); `delayMs` batches keyboard bursts. */
  editTask: (taskId: number, changes: StateChanges, delayMs?: number) => void;
  undo: () => void;
  redo: () => void;
  /** "Forskyd": moves tasks by N working days (negative = earlier), saved in one batch. */
  shiftTasks: (tasks: readonly ScheduledTask[], workingDays: number) => void;
  keepMine: () => void;
  takeTheirs: () => void;
  retryPending: () => void;
  /** Drops a pending write the user has seen fail, and reads the plan again. */
  discardPending: (pendingId: string) => void;
  /** Signs a working-group member up for a webinar, or off. */
  setAttendance: (taskId: number, personEmail: string, attending: boolean) => void;
  dismissNotice: () => void;
  readiness?: Readiness;
  reload: () => void;
}

async function loadPlan(repositories: PlanRepositories): Promise<TimelinePlan> {
  const [waves, rows, canEdit, me, members, bookings, attendance] = await Promise.all([
    repositories.master.getWaves(),
    repositories.local.getRows(),
    repositories.local.canEdit(),
    repositories.people.currentUser(),
    repositories.workingGroup.getMembers(),
    repositories.bookings.getBookings(),
    repositories.attendance.getAttendance()
  ]);
  return {
    waves,
    rows,
    canEdit,
    me,
    workingGroup: members.map((m) => m.value),
    bookings: bookings.map((b) => b.value),
    attendance
  };
}

function byStartThenCode(a: ScheduledTask, b: ScheduledTask): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || a.task.code.localeCompare(b.task.code, "da");
}

/** The wave to show: the one asked for if it exists, else the first one the local plan uses, else the first. */
export function pickWave(plan: TimelinePlan, wanted: string | undefined): Wave | undefined {
  const asked = wanted ? plan.waves.find((w) => w.title === wanted) : undefined;
  if (asked) return asked;
  const used = new Set(plan.rows.flatMap((row) => row.task.waves));
  return plan.waves.find((w) => used.has(w.title)) ?? plan.waves[0];
}

interface QueuedSave {
  changes: StateChanges;
  rollback: StateChanges;
}

export function useTimelineState(repositories: PlanRepositories, defaultWave: string | undefined, noIntegrationLabel: string): TimelineModel {
  const [state, dispatch] = React.useReducer(timelineReducer, undefined, initialTimelineState);
  const [view, setView] = useTimelineView(defaultWave);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());
  const [pendingWrites, setPendingWrites] = React.useState<PendingWrite[]>(() => repositories.pending?.list() ?? []);
  const [loadCount, setLoadCount] = React.useState(0);

  const stateRef = React.useRef(state);
  stateRef.current = state;
  const etags = React.useRef(new Map<number, string>());
  const queued = React.useRef(new Map<number, QueuedSave>());
  const timers = React.useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const inFlight = React.useRef(new Map<number, Promise<void>>());

  React.useEffect(() => {
    let current = true;
    dispatch({ type: "planRequested" });
    etags.current.clear();
    loadPlan(repositories).then(
      (plan) => current && dispatch({ type: "planLoaded", plan }),
      (error: unknown) => current && dispatch({ type: "planFailed", error })
    );
    return () => {
      current = false;
    };
  }, [repositories, loadCount]);

  React.useEffect(() => repositories.pending?.subscribe(setPendingWrites), [repositories]);

  React.useEffect(() => {
    const pendingTimers = timers.current;
    return () => pendingTimers.forEach((timer) => clearTimeout(timer));
  }, []);

  const send = React.useCallback(async (taskId: number): Promise<void> => {
    const job = queued.current.get(taskId);
    const current = stateRef.current;
    if (!job || current.phase !== "ready") return;
    queued.current.delete(taskId);
    const row = rowOf(current.plan, taskId);
    if (!row) return;
    const ref = { itemId: row.itemId, etag: etags.current.get(taskId) ?? row.etag };
    dispatch({ type: "saveStarted", taskId });
    try {
      const etag = await repositories.local.updateState(ref, job.changes);
      etags.current.set(taskId, etag);
      dispatch({ type: "saveSucceeded", taskId, etag });
    } catch (error) {
      if (error instanceof ConflictError) dispatch({ type: "saveConflicted", taskId, error: error as ConflictError<StateChanges, StateChanges> });
      else if (error instanceof PendingWriteError) dispatch({ type: "saveQueued", taskId, error });
      else dispatch({ type: "saveRefused", taskId, error, rollback: job.rollback });
    }
  }, [repositories]);

  const flush = React.useCallback((taskId: number): void => {
    timers.current.delete(taskId);
    // One save per task at a time: the next one needs the ETag the previous one returns.
    const previous = inFlight.current.get(taskId) ?? Promise.resolve();
    const next = previous.then(() => send(taskId));
    inFlight.current.set(taskId, next);
    next.then(
      () => inFlight.current.get(taskId) === next && inFlight.current.delete(taskId),
      () => inFlight.current.get(taskId) === next && inFlight.current.delete(taskId)
    );
  }, [send]);

  const queueSave = React.useCallback((taskId: number, changes: StateChanges, rollback: StateChanges, delayMs: number): void => {
    const old = queued.current.get(taskId);
    queued.current.set(taskId, {
      changes: { ...old?.changes, ...changes },
      rollback: { ...rollback, ...old?.rollback }
    });
    const timer = timers.current.get(taskId);
    if (timer !== undefined) clearTimeout(timer);
    timers.current.set(taskId, setTimeout(() => flush(taskId), delayMs));
  }, [flush]);

  const editTask = React.useCallback((taskId: number, changes: StateChanges, delayMs: number = 0): void => {
    const current = stateRef.current;
    if (current.phase !== "ready" || !current.plan.canEdit) return;
    const row = rowOf(current.plan, taskId);
    if (!row) return;
    const before: StateChanges = {};
    for (const key of Object.keys(changes) as (keyof StateChanges)[]) (before as Record<string, unknown>)[key] = row.state[key];
    dispatch({ type: "taskEdited", edit: { taskId, before, after: changes } });
    queueSave(taskId, changes, before, delayMs);
  }, [queueSave]);

  const undo = React.useCallback((): void => {
    const current = stateRef.current;
    if (current.phase !== "ready") return;
    const edits = current.undo[current.undo.length - 1];
    if (!edits) return;
    dispatch({ type: "editUndone" });
    for (const edit of edits) queueSave(edit.taskId, edit.before, edit.after, 0);
  }, [queueSave]);

  const redo = React.useCallback((): void => {
    const current = stateRef.current;
    if (current.phase !== "ready") return;
    const edits = current.redo[current.redo.length - 1];
    if (!edits) return;
    dispatch({ type: "editRedone" });
    for (const edit of edits) queueSave(edit.taskId, edit.after, edit.before, 0);
  }, [queueSave]);

  const shiftTasks = React.useCallback((tasks: readonly ScheduledTask[], workingDays: number): void => {
    const current = stateRef.current;
    if (current.phase !== "ready" || !current.plan.canEdit || workingDays === 0) return;
    const edits: TaskEdit[] = [];
    const refs: { ref: ItemRef; changes: StateChanges; taskId: number; before: StateChanges }[] = [];
    for (const task of tasks) {
      const row = rowOf(current.plan, task.id);
      if (!row) continue;
      const after: StateChanges = {
        localStart: addWorkingDays(task.effective.start, workingDays),
        localEnd: addWorkingDays(task.effective.end, workingDays)
      };
      const before: StateChanges = { localStart: row.state.localStart, localEnd: row.state.localEnd };
      edits.push({ taskId: task.id, before, after });
      refs.push({ ref: { itemId: row.itemId, etag: etags.current.get(task.id) ?? row.etag }, changes: after, taskId: task.id, before });
    }
    dispatch({ type: "tasksShifted", edits });
    for (const r of refs) dispatch({ type: "saveStarted", taskId: r.taskId });
    // One $batch for the whole shift; $batch is not transactional, so each part reports alone.
    repositories.local.updateStates(refs.map(({ ref, changes }) => ({ ref, changes }))).then(
      (results) =>
        results.forEach((result, i) => {
          const { taskId, before } = refs[i];
          if (result.ok) {
            etags.current.set(taskId, result.etag);
            dispatch({ type: "saveSucceeded", taskId, etag: result.etag });
          } else if (result.error instanceof PendingWriteError) dispatch({ type: "saveQueued", taskId, error: result.error });
          else dispatch({ type: "saveRefused", taskId, error: result.error, rollback: before });
        }),
      (error: unknown) => refs.forEach(({ taskId, before }) => dispatch({ type: "saveRefused", taskId, error, rollback: before }))
    );
  }, [repositories]);

  /**
   * The open conflict with SharePoint's current version, its ETag adopted for the next write; or
   * undefined when there is none to resolve (no re-read version: the dialog closes and we reload).
   */
  const conflictToResolve = React.useCallback(() => {
    const current = stateRef.current;
    if (current.phase !== "ready" || !current.conflict) return undefined;
    const { taskId, error } = current.conflict;
    if (!error.theirs) {
      dispatch({ type: "conflictDismissed" });
      setLoadCount((n) => n + 1);
      return undefined;
    }
    etags.current.set(taskId, error.theirs.etag);
    return { taskId, mine: error.mine, theirs: error.theirs };
  }, []);

  const keepMine = React.useCallback((): void => {
    const conflict = conflictToResolve();
    if (!conflict) return;
    dispatch({ type: "conflictResolvedWithMine", taskId: conflict.taskId, etag: conflict.theirs.etag });
    queueSave(conflict.taskId, conflict.mine, conflict.theirs.value, 0);
  }, [conflictToResolve, queueSave]);

  const takeTheirs = React.useCallback((): void => {
    const conflict = conflictToResolve();
    if (!conflict) return;
    dispatch({ type: "conflictResolvedWithTheirs", taskId: conflict.taskId, theirs: conflict.theirs.value, etag: conflict.theirs.etag });
  }, [conflictToResolve]);

  const retryPending = React.useCallback((): void => {
    const pending = repositories.pending;
    if (!pending) return;
    // Outcomes land in the queue (status, lastError), which this view subscribes to; a landed
    // write changed the row's ETag, so the plan is read again afterwards.
    pending.retryAll().then(
      () => setLoadCount((n) => n + 1),
      () => setLoadCount((n) => n + 1)
    );
  }, [repositories]);

  const discardPending = React.useCallback((pendingId: string): void => {
    repositories.pending?.discard(pendingId);
    setLoadCount((n) => n + 1);
  }, [repositories]);

  const toggleGroup = React.useCallback((key: string) => {
    setCollapsed((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const plan = state.phase === "ready" ? state.plan : undefined;
  const wave = plan ? pickWave(plan, view.wave) : undefined;
  const today = React.useMemo(() => dateInTimeZone(new Date()), []);

  const scheduled = React.useMemo((): ScheduledTask[] => {
    if (!plan || !wave) return [];
    const rows = plan.rows.filter((row) => row.task.waves.includes(wave.title));
    return schedulePlan(rows.map((r) => r.task), wave, rows.map((r) => r.state), today).sort(byStartThenCode);
  }, [plan, wave, today]);

  const computedCritical = React.useMemo(
    () => new Set(wave && scheduled.length > 0 ? criticalPath(scheduled, { deadline: wave.goLive }).computedCritical : []),
    [scheduled, wave]
  );

  const { rows, shown } = React.useMemo(() => {
    let shown = filterTasks(scheduled, domainFilter(view, [...computedCritical]));
    if (view.mine && plan) {
      const states = new Map(plan.rows.map((r) => [r.task.id, r.state]));
      shown = shown.filter((t) => isMine(t, plan.me, states));
    }
    if (view.items && plan) {
      const wanted = new Set(view.items);
      const taskIds = new Set(plan.rows.filter((r) => wanted.has(r.itemId)).map((r) => r.task.id));
      shown = shown.filter((t) => taskIds.has(t.id));
    }
    return { rows: buildRows(shown, view.grouping, collapsed, noIntegrationLabel), shown };
  }, [scheduled, view, computedCritical, plan, collapsed, noIntegrationLabel]);

  const reload = React.useCallback(() => setLoadCount((n) => n + 1), []);

  const setAttendance = React.useCallback((taskId: number, personEmail: string, attending: boolean): void => {
    const current = stateRef.current;
    if (current.phase !== "ready") return;
    const key = personEmail.toLowerCase();
    const existing = current.plan.attendance.find((a) => a.value.taskId === taskId && a.value.personEmail.toLowerCase() === key);
    const write: Promise<void> = attending
      ? existing
        ? Promise.resolve()
        : repositories.attendance.addAttendance({ taskId, personEmail }).then((added) => dispatch({ type: "attendanceAdded", attendance: added }))
      : existing
        ? repositories.attendance.removeAttendance(existing).then(() => dispatch({ type: "attendanceRemoved", itemId: existing.itemId }))
        : Promise.resolve();
    write.catch((error: unknown) => dispatch({ type: "attendanceFailed", error }));
  }, [repositories]);
  const dismissNotice = React.useCallback(() => dispatch({ type: "noticeDismissed" }), []);

  const readiness = React.useMemo(
    () => (plan && scheduled.length > 0 ? computeReadiness(scheduled, plan.rows.map((r) => r.state), plan.bookings, plan.attendance.map((a) => a.value)) : undefined),
    [plan, scheduled]
  );

  return {
    state,
    view,
    setView,
    wave,
    scheduled,
    rows,
    shown,
    shownCount: shown.length,
    computedCritical,
    today,
    pendingWrites,
    toggleGroup,
    editTask,
    undo,
    redo,
    shiftTasks,
    keepMine,
    takeTheirs,
    retryPending,
    discardPending,
    setAttendance,
    dismissNotice,
    readiness,
    reload
  };
}
