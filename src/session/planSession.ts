/**
 * The plan session: one per plan source on a page, shared by the views that show it (the
 * timeline now, the booking grid next). Plain TypeScript, no React: it loads the plan, holds the
 * ETags (in the rows), queues and sends saves (one in flight per task, a "Forskyd" in one $batch
 * as the data layer batches it), keeps a write SharePoint did not answer visible as pending and
 * sends it again by itself, opens conflicts (keep mine / take theirs) and runs undo/redo. Views
 * call its commands and read getSnapshot() whenever subscribe() tells them it changed.
 * docs/architecture.md shows how a change travels through it.
 */
import { addWorkingDays } from "../domain/calendar";
import type { ScheduledTask } from "../domain/schedule";
import { ConflictError, PendingWriteError } from "../data/errors";
import { isWaiting, UPDATE_STATE_OP } from "../data/pending/queuedStates";
import type { PendingWrite, PlanRepositories } from "../data/repositories";
import { loadPlan, withQueuedChanges } from "./planLoad";
import { PendingResender, type ResendReport } from "./pendingResender";
import {
  initialPlanSessionState,
  planReducer,
  rowOf,
  type PlanAction,
  type PlanSessionState,
  type StateChanges,
  type TaskEdit
} from "./planReducer";

/** What a view draws: the session's state and the writes waiting in the queue. */
export interface PlanSnapshot {
  state: PlanSessionState;
  pendingWrites: PendingWrite[];
}

export interface PlanSessionOptions {
  /** How often waiting writes are sent again while any wait (ms). Default 30 s. */
  resendMs?: number;
}

interface QueuedSave {
  changes: StateChanges;
  rollback: StateChanges;
}

type Timer = ReturnType<typeof setTimeout>;

const DEFAULT_RESEND_MS = 30_000;

/** Whether two listings of the queue show the same writes in the same states (nothing to tell the views). */
function sameWrites(a: readonly PendingWrite[], b: readonly PendingWrite[]): boolean {
  return a.length === b.length && a.every((w, i) => w.id === b[i].id && w.status === b[i].status && w.attempts === b[i].attempts && w.lastError === b[i].lastError);
}

export class PlanSession {
  private state: PlanSessionState = initialPlanSessionState();
  private pendingWrites: PendingWrite[];
  private snapshot: PlanSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly resendMs: number;
  private loadToken = 0;
  private started = false;
  private attached = 0;
  private stopPendingListener?: () => void;
  private readonly resender: PendingResender;
  private readonly queued = new Map<number, QueuedSave>();
  private readonly timers = new Map<number, Timer>();
  private readonly inFlight = new Map<number, Promise<void>>();

  public constructor(private readonly repositories: PlanRepositories, options: PlanSessionOptions = {}) {
    this.resendMs = options.resendMs ?? DEFAULT_RESEND_MS;
    this.pendingWrites = repositories.pending?.list() ?? [];
    this.resender = new PendingResender(repositories.pending, this.resendMs, {
      writes: () => this.pendingWrites,
      landed: (report) => this.adoptResent(report),
      failed: (error) => this.dispatch({ type: "noticeRaised", error })
    });
    this.snapshot = { state: this.state, pendingWrites: this.pendingWrites };
  }

  // ---- Binding ---------------------------------------------------------------------------

  /** Calls `listener` after every change; returns the unsubscribe function. */
  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The current state; the same object until something changes (views may compare by identity). */
  public getSnapshot(): PlanSnapshot {
    return this.snapshot;
  }

  /**
   * A view starts using the session: the first one starts the queue listener and the automatic
   * resend. Returns the function the view calls when it stops; when the last one has stopped,
   * saves still waiting for their debounce are sent at once (never dropped) and the timers stop.
   */
  public attach(): () => void {
    this.attached++;
    if (this.attached === 1) {
      this.stopPendingListener = this.repositories.pending?.subscribe((writes) => this.pendingChanged(writes));
      this.pendingChanged(this.repositories.pending?.list() ?? []);
      // Writes left from an earlier page wait to be sent also where no view loads the plan (a page
      // with only the booking web part); a view that loads it sends them sooner (reload()).
      this.resender.start();
    }
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      this.attached--;
      if (this.attached === 0) this.stop();
    };
  }

  /** Loads the plan unless a view has already: a second view of the page reads nothing again. */
  public start(): void {
    if (this.started) return;
    this.reload();
  }

  /** Reads the plan again (the views show loading); edits not yet sent are sent first and read back. */
  public reload(): void {
    this.started = true;
    const token = ++this.loadToken;
    this.sendEverything().then(() => token === this.loadToken && this.read(token), () => token === this.loadToken && this.read(token));
  }

  /** Sends the edits still gathering keys now; resolves when no save is on its way. */
  private sendEverything(): Promise<unknown> {
    for (const [taskId, timer] of [...this.timers]) {
      clearTimeout(timer);
      this.flush(taskId);
    }
    // A save reports its own outcome (send and sendBatch dispatch it): here we only wait for it.
    return Promise.all([...this.inFlight.values()]);
  }

  private read(token: number): void {
    this.dispatch({ type: "planRequested" });
    loadPlan(this.repositories).then(
      (plan) => {
        if (token !== this.loadToken) return;
        const shown = withQueuedChanges(plan, this.pendingWrites);
        this.dispatch({ type: "planLoaded", plan: shown.plan, pendingTasks: shown.pendingTasks });
        // Writes that waited over a reload are sent now, not half a minute later.
        this.resender.schedule(0);
      },
      (error: unknown) => token === this.loadToken && this.dispatch({ type: "planFailed", error })
    );
  }

  /**
   * Reads the plan again without leaving the view (after a write landed elsewhere, e.g. a queued
   * one sent again); rows with a save under way keep the session's value and ETag.
   */
  public async refresh(): Promise<void> {
    if (this.state.phase !== "ready") return;
    const token = this.loadToken;
    const plan = await loadPlan(this.repositories);
    if (token !== this.loadToken || this.state.phase !== "ready") return;
    const shown = withQueuedChanges(plan, this.pendingWrites);
    const keepTasks = new Set([...this.queued.keys(), ...this.inFlight.keys(), ...this.state.saves.keys()]);
    this.dispatch({ type: "planRefreshed", plan: shown.plan, keepTasks, pendingTasks: shown.pendingTasks });
  }

  // ---- Editing -----------------------------------------------------------------------------

  /** Saves local fields of a task (panel edits, moves); `delayMs` gathers a burst of keys into one save. */
  public editTask(taskId: number, changes: StateChanges, delayMs: number = 0): void {
    const state = this.state;
    if (state.phase !== "ready" || !state.plan.canEdit) return;
    const row = rowOf(state.plan, taskId);
    if (!row) return;
    const before: StateChanges = {};
    for (const key of Object.keys(changes) as (keyof StateChanges)[]) (before as Record<string, unknown>)[key] = row.state[key];
    this.dispatch({ type: "taskEdited", edit: { taskId, before, after: changes } });
    this.queueSave(taskId, changes, before, delayMs);
  }

  /** "Forskyd": moves tasks by N working days (negative = earlier), saved in one batch. */
  public shiftTasks(tasks: readonly ScheduledTask[], workingDays: number): void {
    const state = this.state;
    if (state.phase !== "ready" || !state.plan.canEdit || workingDays === 0) return;
    const edits: TaskEdit[] = [];
    for (const task of tasks) {
      const row = rowOf(state.plan, task.id);
      if (!row) continue;
      edits.push({
        taskId: task.id,
        before: { localStart: row.state.localStart, localEnd: row.state.localEnd },
        after: { localStart: addWorkingDays(task.effective.start, workingDays), localEnd: addWorkingDays(task.effective.end, workingDays) }
      });
    }
    if (edits.length === 0) return;
    this.dispatch({ type: "tasksShifted", edits });
    this.sendBatch(edits.map((edit) => ({ taskId: edit.taskId, changes: edit.after, rollback: edit.before })));
  }

  public undo(): void {
    const state = this.state;
    if (state.phase !== "ready") return;
    const edits = state.undo[state.undo.length - 1];
    if (!edits) return;
    this.dispatch({ type: "editUndone" });
    for (const edit of edits) this.queueSave(edit.taskId, edit.before, edit.after, 0);
  }

  public redo(): void {
    const state = this.state;
    if (state.phase !== "ready") return;
    const edits = state.redo[state.redo.length - 1];
    if (!edits) return;
    this.dispatch({ type: "editRedone" });
    for (const edit of edits) this.queueSave(edit.taskId, edit.after, edit.before, 0);
  }

  // ---- Conflicts ---------------------------------------------------------------------------

  /** Mine stays and is sent again over their version (their ETag). */
  public keepMine(): void {
    const conflict = this.conflictToResolve();
    if (!conflict) return;
    this.dispatch({ type: "conflictResolvedWithMine", taskId: conflict.taskId, etag: conflict.theirs.etag });
    this.queueSave(conflict.taskId, conflict.mine, conflict.theirs.value, 0);
  }

  /** Their version replaces mine on screen; nothing is sent. */
  public takeTheirs(): void {
    const conflict = this.conflictToResolve();
    if (!conflict) return;
    this.dispatch({ type: "conflictResolvedWithTheirs", taskId: conflict.taskId, theirs: conflict.theirs.value, etag: conflict.theirs.etag });
  }

  // ---- Pending writes ----------------------------------------------------------------------

  /** "Send igen nu": sends every waiting write now. */
  public retryPending(): Promise<void> {
    return this.resender.sendNow();
  }

  /** Drops a pending write the user has seen fail, and reads the plan again. */
  public discardPending(pendingId: string): void {
    this.repositories.pending?.discard(pendingId);
    this.reload();
  }

  // ---- Webinar attendance and notices ------------------------------------------------------

  /** Signs a working-group member up for a webinar, or off. */
  public setAttendance(taskId: number, personEmail: string, attending: boolean): void {
    const state = this.state;
    if (state.phase !== "ready") return;
    const key = personEmail.toLowerCase();
    const existing = state.plan.attendance.find((a) => a.value.taskId === taskId && a.value.personEmail.toLowerCase() === key);
    const { attendance } = this.repositories;
    let write: Promise<void> = Promise.resolve();
    if (attending && !existing) write = attendance.addAttendance({ taskId, personEmail }).then((added) => this.dispatch({ type: "attendanceAdded", attendance: added }));
    if (!attending && existing) write = attendance.removeAttendance(existing).then(() => this.dispatch({ type: "attendanceRemoved", itemId: existing.itemId }));
    write.catch((error: unknown) => this.dispatch({ type: "attendanceFailed", error }));
  }

  public dismissNotice(): void {
    this.dispatch({ type: "noticeDismissed" });
  }

  // ---- Inside: state -----------------------------------------------------------------------

  private dispatch(action: PlanAction): void {
    const next = planReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.changed();
  }

  private changed(): void {
    this.snapshot = { state: this.state, pendingWrites: this.pendingWrites };
    for (const listener of [...this.listeners]) listener();
  }

  private stop(): void {
    // The next view to come (a web part rendered again) reads the plan afresh, as a page load would.
    this.started = false;
    this.stopPendingListener?.();
    this.stopPendingListener = undefined;
    this.resender.stop();
    // A burst still gathering is sent now: the user made that change.
    void this.sendEverything();
  }

  // ---- Inside: sending ---------------------------------------------------------------------

  private queueSave(taskId: number, changes: StateChanges, rollback: StateChanges, delayMs: number): void {
    const old = this.queued.get(taskId);
    this.queued.set(taskId, { changes: { ...old?.changes, ...changes }, rollback: { ...rollback, ...old?.rollback } });
    const timer = this.timers.get(taskId);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(taskId, setTimeout(() => this.flush(taskId), delayMs));
  }

  /** Runs `send` after the task's save in flight: the next save needs the ETag the previous one returns. */
  private afterInFlight(taskIds: readonly number[], send: () => Promise<void>): void {
    const previous = Promise.all(taskIds.map((id) => this.inFlight.get(id)));
    const next = previous.then(send);
    for (const id of taskIds) this.inFlight.set(id, next);
    const settle = (): void => {
      for (const id of taskIds) if (this.inFlight.get(id) === next) this.inFlight.delete(id);
    };
    next.then(settle, settle);
  }

  private flush(taskId: number): void {
    this.timers.delete(taskId);
    this.afterInFlight([taskId], () => this.send(taskId));
  }

  private async send(taskId: number): Promise<void> {
    const job = this.queued.get(taskId);
    const state = this.state;
    if (!job || state.phase !== "ready") return;
    this.queued.delete(taskId);
    const row = rowOf(state.plan, taskId);
    if (!row) return;
    this.dispatch({ type: "saveStarted", taskId });
    try {
      const etag = await this.repositories.local.updateState({ itemId: row.itemId, etag: row.etag }, job.changes);
      this.dispatch({ type: "saveSucceeded", taskId, etag });
    } catch (error) {
      this.saveFailed(taskId, error, job.rollback);
    }
  }

  /** One $batch for several tasks ($batch is not transactional, so each part reports alone). */
  private sendBatch(jobs: { taskId: number; changes: StateChanges; rollback: StateChanges }[]): void {
    const taskIds = jobs.map((j) => j.taskId);
    this.afterInFlight(taskIds, async () => {
      const state = this.state;
      if (state.phase !== "ready") return;
      const parts = jobs.flatMap((job) => {
        const row = rowOf(state.plan, job.taskId);
        return row ? [{ ...job, ref: { itemId: row.itemId, etag: row.etag } }] : [];
      });
      parts.forEach((p) => this.dispatch({ type: "saveStarted", taskId: p.taskId }));
      try {
        const results = await this.repositories.local.updateStates(parts.map(({ ref, changes }) => ({ ref, changes })));
        results.forEach((result, i) => {
          const { taskId, rollback } = parts[i];
          if (result.ok) this.dispatch({ type: "saveSucceeded", taskId, etag: result.etag });
          else this.saveFailed(taskId, result.error, rollback);
        });
      } catch (error) {
        parts.forEach(({ taskId, rollback }) => this.dispatch({ type: "saveRefused", taskId, error, rollback }));
      }
    });
  }

  private saveFailed(taskId: number, error: unknown, rollback: StateChanges): void {
    if (error instanceof ConflictError) this.dispatch({ type: "saveConflicted", taskId, error: error as ConflictError<StateChanges, StateChanges> });
    else if (error instanceof PendingWriteError) this.dispatch({ type: "saveQueued", taskId, error });
    else this.dispatch({ type: "saveRefused", taskId, error, rollback });
  }

  /**
   * The open conflict with SharePoint's current version; or undefined when there is none to
   * resolve (the item was deleted: the dialog closes and the plan is read again).
   */
  private conflictToResolve(): { taskId: number; mine: StateChanges; theirs: { value: StateChanges; etag: string } } | undefined {
    const state = this.state;
    if (state.phase !== "ready" || !state.conflict) return undefined;
    const { taskId, error } = state.conflict;
    if (!error.theirs) {
      this.dispatch({ type: "conflictDismissed" });
      this.reload();
      return undefined;
    }
    return { taskId, mine: error.mine, theirs: error.theirs };
  }

  // ---- Inside: the pending queue -----------------------------------------------------------

  private pendingChanged(writes: PendingWrite[]): void {
    if (sameWrites(writes, this.pendingWrites)) return;
    this.pendingWrites = writes;
    // A task stays marked pending while the queue holds a waiting write of its item.
    const waitingItems = new Set(writes.filter(isWaiting).map((w) => w.itemId));
    const state = this.state;
    const cleared =
      state.phase === "ready"
        ? [...state.saves].filter(([taskId, save]) => save.kind === "pending" && !waitingItems.has(rowOf(state.plan, taskId)?.itemId)).map(([id]) => id)
        : [];
    if (cleared.length > 0) this.state = planReducer(state, { type: "pendingCleared", taskIds: cleared });
    this.changed();
    this.resender.schedule(this.resendMs);
  }

  /** A landed local save gives its row the new ETag; other landed writes a fresh read of the plan. */
  private async adoptResent({ landed }: ResendReport): Promise<void> {
    let otherLanded = false;
    for (const { write, result } of landed) {
      const state = this.state;
      const row = state.phase === "ready" ? state.plan.rows.find((r) => r.itemId === write.itemId) : undefined;
      const busy = row && (this.queued.has(row.task.id) || this.inFlight.has(row.task.id));
      if (write.op === UPDATE_STATE_OP && row && typeof result === "string" && !busy) {
        this.dispatch({ type: "saveSucceeded", taskId: row.task.id, etag: result });
      } else {
        otherLanded = true;
      }
    }
    if (otherLanded) await this.refresh();
  }
}
