/**
 * The icon of each Udførelsesstatus: one map for the web parts' status badge and the Planer list's
 * status cell (the field customizer), so a status looks the same wherever it is shown. The icon
 * goes with the status word, never instead of it (status never by colour or icon alone).
 */
import type { TaskStatus } from "../../domain/model";

export const STATUS_ICON = {
  notStarted: "CircleRing",
  started: "CircleHalfFull",
  completed: "CompletedSolid"
} as const satisfies Record<TaskStatus, string>;
