/**
 * The timeline's state hook, a thin adapter over the plan session (src/session): the session
 * loads the plan, saves, resends and resolves conflicts; this hook binds it to React, keeps the
 * view (filters in the URL, collapsed groups) and derives what the timeline draws with the
 * domain (the chosen wave scheduled, critical path, filters, readiness).
 */
import * as React from "react";
import { criticalPath } from "../../domain/criticalPath";
import { dateInTimeZone } from "../../domain/isoDate";
import { schedulePlan, type ScheduledTask } from "../../domain/schedule";
import { filterTasks } from "../../domain/filters";
import { readiness as computeReadiness, type Readiness } from "../../domain/readiness";
import type { Wave } from "../../domain/model";
import type { PendingWrite, PlanRepositories } from "../../data/repositories";
import { pickWave } from "../../session/planLoad";
import type { PlanSession, PlanSnapshot } from "../../session/planSession";
import { planSessionFor } from "../../session/sessionRegistry";
import type { TimelineViewState } from "./filterUrl";
import { buildRows, domainFilter, isMine, type TimelineRow } from "./timelineRows";
import type { StateChanges, TimelineState } from "./timelineReducer";
import { useTimelineView } from "./useTimelineView";
import { compareDanish } from "../common/format";


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
  /** Tasks whose shown value waits in the pending queue (SharePoint has not received it yet). */
  pendingTasks: ReadonlySet<number>;
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

function byStartThenCode(a: ScheduledTask, b: ScheduledTask): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || compareDanish(a.task.code, b.task.code);
}

/** The plan session of these repositories, bound to React: its snapshot as state, attached while mounted. */
function usePlanSession(repositories: PlanRepositories): { session: PlanSession; snapshot: PlanSnapshot } {
  const session = React.useMemo(() => planSessionFor(repositories), [repositories]);
  const [bound, setBound] = React.useState(() => ({ session, snapshot: session.getSnapshot() }));
  // A layout effect, not a passive one: the plan is requested as soon as the first render is on the page,
  // not a frame later after the browser has painted the loading state, and a plan that is already there
  // (a second view of the page) is drawn before that paint.
  React.useLayoutEffect(() => {
    // React 17 has no useSyncExternalStore: subscribe in an effect and catch up on what changed before it.
    const update = (): void => setBound({ session, snapshot: session.getSnapshot() });
    // The plan is requested first: everything else the timeline sets up waits on it anyway.
    session.start();
    const unsubscribe = session.subscribe(update);
    const detach = session.attach();
    update();
    return () => {
      unsubscribe();
      detach();
    };
  }, [session]);
  return { session, snapshot: bound.session === session ? bound.snapshot : session.getSnapshot() };
}

export function useTimelineState(repositories: PlanRepositories, defaultWave: string | undefined, noIntegrationLabel: string): TimelineModel {
  const { session, snapshot } = usePlanSession(repositories);
  const { state, pendingWrites } = snapshot;
  const [view, setView] = useTimelineView(defaultWave);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());

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

  // The same set while the same tasks wait, so the grid's rows keep their flags (and stay memoized).
  const pendingIds = state.phase === "ready" ? [...state.saves].filter(([, save]) => save.kind === "pending").map(([taskId]) => taskId).join(",") : "";
  const pendingTasks = React.useMemo(() => new Set(pendingIds ? pendingIds.split(",").map(Number) : []), [pendingIds]);

  const readiness = React.useMemo(
    () => (plan && scheduled.length > 0 ? computeReadiness(scheduled, plan.rows.map((r) => r.state), plan.bookings, plan.attendance.map((a) => a.value)) : undefined),
    [plan, scheduled]
  );

  const commands = React.useMemo(
    () => ({
      editTask: (taskId: number, changes: StateChanges, delayMs?: number) => session.editTask(taskId, changes, delayMs),
      undo: () => session.undo(),
      redo: () => session.redo(),
      shiftTasks: (tasks: readonly ScheduledTask[], workingDays: number) => session.shiftTasks(tasks, workingDays),
      keepMine: () => session.keepMine(),
      takeTheirs: () => session.takeTheirs(),
      retryPending: () => void session.retryPending(),
      discardPending: (pendingId: string) => session.discardPending(pendingId),
      setAttendance: (taskId: number, personEmail: string, attending: boolean) => session.setAttendance(taskId, personEmail, attending),
      dismissNotice: () => session.dismissNotice(),
      reload: () => session.reload()
    }),
    [session]
  );

  return {
    ...commands,
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
    pendingTasks,
    toggleGroup,
    readiness
  };
}
