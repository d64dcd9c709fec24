/**
 * Fields KOMBIT sets that the municipality's plan shows but does not change. A webinar is held
 * by KOMBIT on its date for every municipality of the wave: the municipality signs up for it,
 * it cannot move it. (Tasks and milestones are the municipality's to plan.)
 */
import type { KlikTask } from "./model";

/** Whether KOMBIT sets the row's dates, so they are read-only in the municipality's plan. */
export function datesSetByKombit(task: Pick<KlikTask, "kind">): boolean {
  return task.kind === "webinar";
}
