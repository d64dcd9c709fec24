/** Udførelsesstatus shown by icon and text, never colour alone. */
import * as React from "react";
import { Icon, mergeStyleSets } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { TaskStatus } from "../../domain/model";

const STATUS_VIEW: Record<TaskStatus, { icon: string; label: () => string; color: string }> = {
  notStarted: { icon: "CircleRing", label: () => strings.StatusNotStarted, color: "#605e5c" },
  started: { icon: "CircleHalfFull", label: () => strings.StatusStarted, color: "#0078d4" },
  completed: { icon: "CompletedSolid", label: () => strings.StatusCompleted, color: "#107c10" }
};

const classes = mergeStyleSets({
  badge: { display: "inline-flex", alignItems: "center", gap: 6, whiteSpace: "nowrap" },
  icon: { fontSize: 14 }
});

/** The Danish word for a status. */
export function statusLabel(status: TaskStatus): string {
  return STATUS_VIEW[status].label();
}

export interface StatusBadgeProps {
  status: TaskStatus;
}

export function StatusBadge({ status }: StatusBadgeProps): JSX.Element {
  const view = STATUS_VIEW[status];
  return (
    <span className={classes.badge} data-status={status}>
      <Icon iconName={view.icon} className={classes.icon} styles={{ root: { color: view.color } }} aria-hidden={true} />
      <span>{view.label()}</span>
    </span>
  );
}
