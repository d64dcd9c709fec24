/**
 * The timeline's state and its transitions, named by what happens in the domain. Pure: the
 * hook in useTimelineState runs the effects (loading, saving) and dispatches these actions.
 */
import type { Wave } from "../../domain/model";
import type { LocalPlanRow } from "../../data/repositories";

/** What was read from SharePoint for the timeline. */
export interface TimelinePlan {
  waves: Wave[];
  rows: LocalPlanRow[];
  canEdit: boolean;
}

export type TimelineState =
  | { phase: "loading"; selectedWave?: string }
  | { phase: "failed"; error: unknown; selectedWave?: string }
  | { phase: "ready"; plan: TimelinePlan; selectedWave?: string };

export type TimelineAction =
  | { type: "planRequested" }
  | { type: "planLoaded"; plan: TimelinePlan }
  | { type: "planFailed"; error: unknown }
  | { type: "waveSelected"; wave: string };

/** The wave to show: the one asked for if it exists, else the first wave the local plan uses, else the first. */
export function pickWave(plan: TimelinePlan, wanted: string | undefined): string | undefined {
  if (wanted && plan.waves.some((w) => w.title === wanted)) return wanted;
  const used = new Set(plan.rows.flatMap((row) => row.task.waves));
  return plan.waves.find((w) => used.has(w.title))?.title ?? plan.waves[0]?.title;
}

export function initialTimelineState(defaultWave: string | undefined): TimelineState {
  return { phase: "loading", selectedWave: defaultWave };
}

export function timelineReducer(state: TimelineState, action: TimelineAction): TimelineState {
  switch (action.type) {
    case "planRequested":
      return { phase: "loading", selectedWave: state.selectedWave };
    case "planLoaded":
      return { phase: "ready", plan: action.plan, selectedWave: pickWave(action.plan, state.selectedWave) };
    case "planFailed":
      return { phase: "failed", error: action.error, selectedWave: state.selectedWave };
    case "waveSelected":
      return { ...state, selectedWave: action.wave };
  }
}
