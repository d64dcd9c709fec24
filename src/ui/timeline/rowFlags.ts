/**
 * The flags of a task row in words, made when the row is rendered. The grid renders only the
 * rows in view, so formatting the flags of every task of a large plan up front (thousands of
 * strings) was most of the grid's first render; the only index is a map by id, and each
 * row's texts are made once and kept, so a row keeps the same array (and stays memoized).
 */
import * as strings from "OirTimelineWebPartStrings";
import { taskDependencyViolations } from "../../domain/dependencies";
import type { ScheduledTask } from "../../domain/schedule";
import { flagText, violationText } from "./taskFlags";

/** A row's flags by task id; the same array for the same task while the inputs are the same. */
export type RowFlagsLookup = (taskId: number) => string[];

/** Shared empty list, so rows without flags keep equal props between renders. */
export const NO_FLAGS: string[] = [];

export function rowFlagsLookup(
  scheduled: readonly ScheduledTask[],
  locale: string,
  /** Webinars nobody from the municipality attends (a reminder on the row). */
  webinarsWithoutAttendees?: ReadonlySet<number>,
  /** Tasks whose shown value is a change SharePoint has not received yet (the pending queue sends it). */
  pendingTasks?: ReadonlySet<number>
): RowFlagsLookup {
  const byId = new Map<number, ScheduledTask>();
  for (const t of scheduled) byId.set(t.id, t);
  const codeOf = (id: number): string => byId.get(id)?.task.code ?? String(id);
  const made = new Map<number, string[]>();

  return (taskId: number): string[] => {
    const known = made.get(taskId);
    if (known) return known;
    const texts: string[] = [];
    const task = byId.get(taskId);
    if (pendingTasks?.has(taskId)) texts.push(strings.RowPendingSave);
    for (const flag of task?.flags ?? []) texts.push(flagText(flag, locale));
    for (const v of task ? taskDependencyViolations(task, byId) : []) texts.push(violationText(v, codeOf));
    if (webinarsWithoutAttendees?.has(taskId)) texts.push(strings.WebinarNoAttendees);
    const result = texts.length === 0 ? NO_FLAGS : texts;
    made.set(taskId, result);
    return result;
  };
}
