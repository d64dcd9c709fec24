/** The task column of a row: code and title, then status (icon + text), dates and flags. */
import * as React from "react";
import { FontIcon } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { ScheduledTask } from "../../domain/schedule";
import { StatusBadge } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import type { getTimelineGridClassNames } from "./TimelineGrid.styles";

/** The icons a row header draws besides the status badge's. */
export const ROW_HEADER_ICONS: readonly string[] = ["Flow", "Warning"];

export interface TaskRowHeaderProps {
  task: ScheduledTask;
  computedCritical: boolean;
  /** Flags in words (schedule flags and dependency violations). */
  flags: string[];
  locale: string;
  classNames: ReturnType<typeof getTimelineGridClassNames>;
  /** Editors select rows for "Forskyd"; undefined = no selection box. */
  selected?: boolean;
  onSelect?: (taskId: number, selected: boolean) => void;
  /** Whether the selection box is in the tab order (one row of the grid at a time). */
  tabbable?: boolean;
}

export function TaskRowHeader({ task, computedCritical, flags, locale, classNames, selected, onSelect, tabbable }: TaskRowHeaderProps): JSX.Element {
  const critical = task.task.declaredCritical ? strings.CriticalDeclared : computedCritical ? strings.CriticalComputed : undefined;
  return (
    <div role="rowheader" className={classNames.taskCell}>
      <div className={classNames.taskTitle} title={`${task.task.code} ${task.task.title}`}>
        {onSelect && (
          <input
            type="checkbox"
            tabIndex={tabbable === false ? -1 : 0}
            className={classNames.select}
            checked={selected === true}
            aria-label={formatText(strings.SelectTask, task.task.code)}
            onChange={(e) => onSelect(task.id, e.currentTarget.checked)}
          />
        )}
        <span className={classNames.taskCode} data-task-code="">{task.task.code}</span> {task.task.title}
      </div>
      <div className={classNames.taskMeta}>
        <StatusBadge status={task.status} />
        <span className={classNames.dates}>
          {formatDate(task.effective.start, locale)} – {formatDate(task.effective.end, locale)}
        </span>
        {critical && (
          <span className={classNames.critical} title={critical} role="img" aria-label={critical}>
            <FontIcon iconName="Flow" aria-hidden={true} />
          </span>
        )}
        {flags.map((text) => (
          <span key={text} className={classNames.flag} title={text} role="img" aria-label={text}>
            <FontIcon iconName="Warning" aria-hidden={true} />
          </span>
        ))}
      </div>
    </div>
  );
}
