/**
 * KLIK method steps may carry sub-bullets on their own lines ("… stedfortræder\n- Sikr at …"),
 * but the Planer list stores list values one per line (mappers/fieldValues linesToNote refuses a
 * value with a line break rather than split it into two steps). Until the list format can hold
 * them, a value's inner lines are joined with " · " (one step stays one step, nothing is dropped).
 */
import type { KlikTask } from "../../domain/model";

const joinLines = (value: string): string =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" · ");

export function storableTask(task: KlikTask): KlikTask {
  return {
    ...task,
    waves: task.waves.map(joinLines),
    recommendedRoles: task.recommendedRoles.map(joinLines),
    involvedRoles: task.involvedRoles.map(joinLines),
    methodSteps: task.methodSteps.map(joinLines)
  };
}
