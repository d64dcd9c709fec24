/**
 * The task column of a row: code and title (a link that opens the task, like the bar), then
 * status (icon + text), dates, flags and the task's ansvarlig and udfører.
 */
import * as React from "react";
import { css, FontIcon, useTheme } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { ScheduledTask } from "../../domain/schedule";
import { StatusBadge } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import type { getTimelineGridClassNames } from "./TimelineGrid.styles";
import { getTaskRowHeaderClassNames } from "./TaskRowHeader.styles";
import { taskHref } from "./timelineQuery";

/** The icons a row header draws besides the status badge's. */
export const ROW_HEADER_ICONS: readonly string[] = ["Flow", "Warning", "Contact"];

/**
 * A name as short as the row can hold and a colleague still reads: first name and the last
 * name's initial ("Anne Kirstine Holm" → "Anne H."); a one-word name as it is; no name: the
 * e-mail's local part.
 */
export function shortPersonName(person: { displayName: string; email: string }): string {
  const words = person.displayName.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return person.email.split("@")[0];
  if (words.length === 1) return words[0];
  return `${words[0]} ${words[words.length - 1].charAt(0)}.`;
}

/**
 * Ansvarlig and udfører of a task: what the row shows (short names, cut where the column is
 * narrow) and the whole sentence, with full names, that a screen reader and the tooltip give.
 * Undefined when neither is set.
 */
function rowPeopleText(task: Pick<ScheduledTask, "responsible" | "performer">): { shown: string; full: string } | undefined {
  const { responsible, performer } = task;
  if (!responsible && !performer) return undefined;
  const short = (p: typeof responsible): string => (p ? shortPersonName(p) : "–");
  const spoken = (p: typeof responsible): string => (p ? p.displayName || p.email : strings.RowNoPerson);
  if (responsible && performer && responsible.email.toLowerCase() === performer.email.toLowerCase()) {
    return { shown: short(responsible), full: formatText(strings.RowPeopleSame, spoken(responsible)) };
  }
  return { shown: `${short(responsible)} / ${short(performer)}`, full: formatText(strings.RowPeople, spoken(responsible), spoken(performer)) };
}

export interface TaskRowHeaderProps {
  task: ScheduledTask;
  computedCritical: boolean;
  /** Flags in words (schedule flags and dependency violations). */
  flags: string[];
  locale: string;
  classNames: ReturnType<typeof getTimelineGridClassNames>;
  /** Editors select rows for "Forskyd"; undefined = no selection box. */
  selected?: boolean;
  /** No selection box on this row while the others have one: keep the title aligned with theirs. */
  selectSpacer?: boolean;
  onSelect?: (taskId: number, selected: boolean) => void;
  /** Whether the selection box and the name are in the tab order (one row of the grid at a time). */
  tabbable?: boolean;
  /** Opens the task panel (from the name, as from the bar). */
  onOpen?: (task: ScheduledTask) => void;
  /** Up/Down from the name: to the previous or next task row, as from the bar. */
  onNavigate?: (direction: -1 | 1) => void;
}

export function TaskRowHeader({ task, computedCritical, flags, locale, classNames, selected, selectSpacer, onSelect, tabbable, onOpen, onNavigate }: TaskRowHeaderProps): JSX.Element {
  const critical = task.task.declaredCritical ? strings.CriticalDeclared : computedCritical ? strings.CriticalComputed : undefined;
  const own = getTaskRowHeaderClassNames(useTheme());
  const people = rowPeopleText(task);
  const onNameKeyDown = (event: React.KeyboardEvent): void => {
    if (!onNavigate || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    onNavigate(event.key === "ArrowUp" ? -1 : 1);
  };
  // A link to the task (a new tab opens the timeline with its panel open); here it opens the panel.
  const onNameClick = (event: React.MouseEvent): void => {
    if (!onOpen || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(task);
  };
  const name = (
    <>
      <span className={classNames.taskCode} data-task-code="">{task.task.code}</span> {task.task.title}
    </>
  );
  return (
    <div role="rowheader" className={classNames.taskCell}>
      <div className={css(classNames.taskTitle, own.titleRow)} title={`${task.task.code} ${task.task.title}`}>
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
        {!onSelect && selectSpacer && <span className={own.selectSpacer} aria-hidden={true} />}
        {onOpen ? (
          <a
            href={taskHref(task.id)}
            className={own.nameLink}
            tabIndex={tabbable === false ? -1 : 0}
            data-task-name=""
            onClick={onNameClick}
            onKeyDown={onNameKeyDown}
          >
            {name}
          </a>
        ) : (
          <span>{name}</span>
        )}
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
        {people && (
          <span className={own.people} title={people.full} data-task-people="">
            <FontIcon iconName="Contact" className={own.peopleIcon} aria-hidden={true} />
            <span aria-hidden={true}>{people.shown}</span>
            <span className={own.visuallyHidden}>{people.full}</span>
          </span>
        )}
      </div>
    </div>
  );
}
