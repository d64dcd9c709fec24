/**
 * The timeline's state is the plan session's (src/session/planReducer.ts): the same plan, saves,
 * conflict and undo the booking view will share. These names are the timeline's words for it.
 */
import {
  planReducer,
  type PlanAction,
  type PlanSessionState,
  type SessionPlan
} from "../../session/planReducer";

export { rowOf, UNDO_LIMIT, type ReadyState, type SaveState, type StateChanges, type TaskEdit } from "../../session/planReducer";

/** What was read from SharePoint for the timeline. */
export type TimelinePlan = SessionPlan;
export type TimelineState = PlanSessionState;
export type TimelineAction = PlanAction;
export const timelineReducer: (state: TimelineState, action: TimelineAction) => TimelineState = planReducer;
