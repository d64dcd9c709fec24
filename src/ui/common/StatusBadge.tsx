/** Udførelsesstatus shown by icon and text, never colour alone. */
import * as React from "react";
import { FontIcon, mergeStyleSets, useTheme, type IDropdownOption, type IPalette, type ITheme } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import { TASK_STATUSES, type TaskStatus } from "../../domain/model";
import { classNamesPerTheme } from "./themedClassNames";
import { STATUS_ICON } from "./statusIcons";

// Colours come from the theme (SharePoint's, or Teams' dark one); the icon and the word carry the meaning.
const STATUS_VIEW: Record<TaskStatus, { icon: string; label: () => string; color: (p: IPalette) => string }> = {
  notStarted: { icon: STATUS_ICON.notStarted, label: () => strings.StatusNotStarted, color: (p) => p.neutralSecondary },
  started: { icon: STATUS_ICON.started, label: () => strings.StatusStarted, color: (p) => p.themePrimary },
  completed: { icon: STATUS_ICON.completed, label: () => strings.StatusCompleted, color: (p) => p.green }
};

/** The icons a status badge draws (their font is preloaded with the grids that show badges). */
export const STATUS_ICONS: readonly string[] = Object.values(STATUS_VIEW).map((view) => view.icon);

const classes = mergeStyleSets({
  badge: { display: "inline-flex", alignItems: "center", gap: 6, whiteSpace: "nowrap" }
});

/** One class per status, made once per theme (a styles prop would be re-merged on every row's render). */
const iconClassNames = classNamesPerTheme(({ palette }: ITheme): Record<TaskStatus, string> => {
  const names = mergeStyleSets({
    notStarted: { fontSize: 14, color: STATUS_VIEW.notStarted.color(palette) },
    started: { fontSize: 14, color: STATUS_VIEW.started.color(palette) },
    completed: { fontSize: 14, color: STATUS_VIEW.completed.color(palette) }
  });
  return { notStarted: names.notStarted, started: names.started, completed: names.completed };
});

/** The Danish word for a status. */
export function statusLabel(status: TaskStatus): string {
  return STATUS_VIEW[status].label();
}

/** The statuses as dropdown options, in KLIK's order (the task panel and the status filter). */
export function statusOptions(): IDropdownOption[] {
  return TASK_STATUSES.map((s) => ({ key: s, text: statusLabel(s) }));
}

export interface StatusBadgeProps {
  status: TaskStatus;
}

export function StatusBadge({ status }: StatusBadgeProps): JSX.Element {
  const view = STATUS_VIEW[status];
  const theme = useTheme();
  return (
    <span className={classes.badge} data-status={status}>
      <FontIcon iconName={view.icon} className={iconClassNames(theme)[status]} aria-hidden={true} />
      {view.label()}
    </span>
  );
}
