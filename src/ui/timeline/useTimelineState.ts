/**
 * The timeline's state hook: loads waves and the local plan, schedules the selected wave with
 * the domain, and exposes the actions the view may take. The view stays a dumb render of this.
 */
import * as React from "react";
import { dateInTimeZone } from "../../domain/isoDate";
import { schedulePlan, type ScheduledTask } from "../../domain/schedule";
import type { Wave } from "../../domain/model";
import type { PlanRepositories } from "../../data/repositories";
import { initialTimelineState, timelineReducer, type TimelinePlan, type TimelineState } from "./timelineReducer";

export interface TimelineView {
  state: TimelineState;
  wave?: Wave;
  /** The selected wave's tasks with baseline and effective dates, ordered by start. */
  scheduled: ScheduledTask[];
  selectWave: (title: string) => void;
  reload: () => void;
}

async function loadPlan(repositories: PlanRepositories): Promise<TimelinePlan> {
  const [waves, rows, canEdit] = await Promise.all([
    repositories.master.getWaves(),
    repositories.local.getRows(),
    repositories.local.canEdit()
  ]);
  return { waves, rows, canEdit };
}

function byStartThenCode(a: ScheduledTask, b: ScheduledTask): number {
  return a.startDay - b.startDay || a.endDay - b.endDay || a.task.code.localeCompare(b.task.code, "da");
}

export function useTimelineState(repositories: PlanRepositories, defaultWave: string | undefined): TimelineView {
  const [state, dispatch] = React.useReducer(timelineReducer, defaultWave, initialTimelineState);
  const [loadCount, setLoadCount] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    dispatch({ type: "planRequested" });
    loadPlan(repositories).then(
      (plan) => current && dispatch({ type: "planLoaded", plan }),
      (error: unknown) => current && dispatch({ type: "planFailed", error })
    );
    return () => {
      current = false;
    };
  }, [repositories, loadCount]);

  const plan = state.phase === "ready" ? state.plan : undefined;
  const wave = plan?.waves.find((w) => w.title === state.selectedWave);

  const scheduled = React.useMemo((): ScheduledTask[] => {
    if (!plan || !wave) return [];
    const rows = plan.rows.filter((row) => row.task.waves.includes(wave.title));
    const today = dateInTimeZone(new Date());
    return schedulePlan(rows.map((r) => r.task), wave, rows.map((r) => r.state), today).sort(byStartThenCode);
  }, [plan, wave]);

  const selectWave = React.useCallback((title: string) => dispatch({ type: "waveSelected", wave: title }), []);
  const reload = React.useCallback(() => setLoadCount((n) => n + 1), []);

  return { state, wave, scheduled, selectWave, reload };
}
