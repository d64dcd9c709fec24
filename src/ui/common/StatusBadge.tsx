/** Udførelsesstatus shown by icon and text, never colour alone. */
import * as React from "react";
import { getTheme, Icon, mergeStyleSets, type IPalette } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { TaskStatus } from "../../domain/model";

// Colours come from the theme (SharePoint's, or Teams' dark one); the icon and the word carry the meaning.
const STATUS_VIEW: Record<TaskStatus, { icon: string; label: () => string; color: (p: IPalette) => string }> = {
  notStarted: { icon: "CircleRing", label: () => strings.StatusNotStarted, color: (p) => p.neutralSecondary },
  started: { icon: "CircleHalfFull", label: () => strings.StatusStarted, color: (p) => p.themePrimary },
  completed: { icon: "CompletedSolid", label: () => strings.StatusCompleted, color: (p) => p.green }
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
      <Icon iconName={view.icon} className={classes.icon} styles={{ root: { color: view.color(getTheme().palette) } }} aria-hidden={true} />
      <span>{view.label()}</span>
    </span>
  );
}
