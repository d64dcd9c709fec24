/**
 * The task panel's draft: every change in the panel (dates, people, status, note, the
 * municipality's own predecessors and, for a webinar, who attends) stays here until Gem.
 * Annullér, Escape, the X and a click outside discard it (asking first when it holds changes).
 */
import { planDateProblem } from "../../domain/dateWindow";
import type { LocalTaskState, TaskStatus } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import type { StateChanges } from "./timelineReducer";

export interface TaskDraft {
  start: string;
  end: string;
  responsible: LocalTaskState["responsible"];
  performer: LocalTaskState["performer"];
  status: TaskStatus;
  note: string;
  /** Whether the dates are KOMBIT's (no local override). */
  kombitDates: boolean;
  /** The municipality's own predecessors (task ids), in the order they were added. */
  localPredecessors: number[];
  /** E-mails (lower case) of the working-group members signed up for the webinar. */
  attending: ReadonlySet<string>;
}

export function initialDraft(task: ScheduledTask, state: LocalTaskState, attending: ReadonlySet<string>): TaskDraft {
  return {
    start: task.effective.start,
    end: task.effective.end,
    responsible: state.responsible,
    performer: state.performer,
    status: state.status,
    note: state.note,
    kombitDates: !state.localStart && !state.localEnd,
    localPredecessors: state.localPredecessors ?? [],
    attending: new Set(attending)
  };
}

/** Whether a stored local date is one the schedule does not use (outside the plan's window). */
function unusable(task: ScheduledTask, stored: string | undefined): boolean {
  return stored !== undefined && stored !== "" && planDateProblem(stored, task.dateWindow) !== undefined;
}

/**
 * What a date field saves: the date shown when it differs from the effective one; when the
 * stored local date is unusable (the KOMBIT date shown in its place), saving replaces it with
 * what is shown (nothing, when that is KOMBIT's date).
 */
function dateChange(shown: string, effective: string, baseline: string, storedUnusable: boolean): { value: string | undefined } | undefined {
  if (shown !== effective) return { value: shown };
  if (storedUnusable) return { value: shown === baseline ? undefined : shown };
  return undefined;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** The local row's fields that differ from what is stored (saved with the row's ETag). */
export function changedFields(task: ScheduledTask, state: LocalTaskState, draft: TaskDraft): StateChanges {
  const changes: StateChanges = {};
  if (draft.kombitDates) {
    if (state.localStart) changes.localStart = undefined;
    if (state.localEnd) changes.localEnd = undefined;
  } else {
    const start = dateChange(draft.start, task.effective.start, task.baseline.start, unusable(task, state.localStart));
    const end = dateChange(draft.end, task.effective.end, task.baseline.end, unusable(task, state.localEnd));
    if (start) changes.localStart = start.value;
    if (end) changes.localEnd = end.value;
  }
  if (draft.responsible?.email !== state.responsible?.email) changes.responsible = draft.responsible;
  if (draft.performer?.email !== state.performer?.email) changes.performer = draft.performer;
  if (draft.status !== state.status) changes.status = draft.status;
  if (draft.note !== state.note) changes.note = draft.note;
  if (!sameIds(draft.localPredecessors, state.localPredecessors ?? [])) changes.localPredecessors = draft.localPredecessors;
  return changes;
}

export interface AttendanceChange {
  /** Lower-case e-mail. */
  email: string;
  attending: boolean;
}

/** Sign-ups and sign-offs in the draft, against who is signed up now. */
export function attendanceChanges(saved: ReadonlySet<string>, draft: TaskDraft): AttendanceChange[] {
  const added = [...draft.attending].filter((email) => !saved.has(email)).map((email) => ({ email, attending: true }));
  const removed = [...saved].filter((email) => !draft.attending.has(email)).map((email) => ({ email, attending: false }));
  return [...added, ...removed];
}
