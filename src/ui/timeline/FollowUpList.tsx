/**
 * "Opfølgning" (PL 12's step 8 and every week after): the tasks that are behind today, from the
 * domain's rule (domain/followUp.ts) — slutdato passed and not fuldført, startdato passed and
 * not påbegyndt — and the tasks booked beyond their effort, each with the date that passed and
 * how long ago (or the hours), its ansvarlig, and a link that opens the task (as the task's name
 * in the timeline does).
 */
import * as React from "react";
import { FontIcon, mergeStyleSets, useTheme, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";
import * as strings from "OirTimelineWebPartStrings";
import type { FollowUp, FollowUpItem, OverBooking } from "../../domain/followUp";
import type { ScheduledTask } from "../../domain/schedule";
import { formatDate, formatHours, formatText, pluralText } from "../common/format";
import { taskHref } from "./timelineQuery";

export interface FollowUpListProps {
  id: string;
  followUp: FollowUp;
  /** Tasks booked beyond their effort (domain overBookedTasks). */
  overBooked: readonly OverBooking[];
  scheduled: readonly ScheduledTask[];
  locale: string;
  onOpen: (task: ScheduledTask) => void;
}

const getClasses = classNamesPerTheme((theme: ITheme) =>
  mergeStyleSets({
    root: { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: "8px 16px", margin: "8px 0" },
    heading: { fontSize: 16, fontWeight: 600, margin: "4px 0 8px" },
    subheading: { fontSize: 14, fontWeight: 600, margin: "12px 0 4px", display: "flex", alignItems: "center", gap: 6 },
    list: { margin: 0, paddingLeft: 20 },
    item: { margin: "2px 0" },
    detail: { color: theme.semanticColors.bodySubtext, marginLeft: 8 },
    link: { color: theme.palette.themeDark, selectors: { ":focus-visible": { outline: `2px solid ${theme.palette.black}`, outlineOffset: "1px" } } }
  })
);

function TaskLink({ task, onOpen }: { task: ScheduledTask; onOpen: (task: ScheduledTask) => void }): JSX.Element {
  const classes = getClasses(useTheme());
  return (
    <a
      href={taskHref(task.id)}
      className={classes.link}
      onClick={(event) => {
        // Ctrl/Cmd/Shift+click keeps the browser's own (a new tab opens the task there).
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(task);
      }}
    >
      {task.task.code} {task.task.title}
    </a>
  );
}

function Items({ items, byId, locale, onOpen }: { items: FollowUpItem[]; byId: ReadonlyMap<number, ScheduledTask>; locale: string; onOpen: (task: ScheduledTask) => void }): JSX.Element {
  const classes = getClasses(useTheme());
  if (items.length === 0) return <p>{strings.FollowUpNoneInList}</p>;
  return (
    <ul className={classes.list}>
      {items.map((item) => {
        const task = byId.get(item.taskId);
        if (!task) return null;
        const when = item.kind === "overdue"
          ? pluralText(item.daysLate, strings.FollowUpOverdueItemOne, strings.FollowUpOverdueItem)
          : pluralText(item.daysLate, strings.FollowUpLateItemOne, strings.FollowUpLateItem);
        const responsible = task.responsible ? formatText(strings.FollowUpResponsible, task.responsible.displayName || task.responsible.email) : strings.FollowUpNoResponsible;
        return (
          <li key={item.taskId} className={classes.item} data-follow-up={item.kind}>
            <TaskLink task={task} onOpen={onOpen} />
            <span className={classes.detail}>
              {formatText(when, formatDate(item.date, locale), item.daysLate)} · {responsible}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function OverBooked({ items, byId, locale, onOpen }: { items: readonly OverBooking[]; byId: ReadonlyMap<number, ScheduledTask>; locale: string; onOpen: (task: ScheduledTask) => void }): JSX.Element {
  const classes = getClasses(useTheme());
  if (items.length === 0) return <p>{strings.FollowUpNoneInList}</p>;
  return (
    <ul className={classes.list}>
      {items.map((item) => {
        const task = byId.get(item.taskId);
        if (!task) return null;
        return (
          <li key={item.taskId} className={classes.item} data-follow-up="overBooked">
            <TaskLink task={task} onOpen={onOpen} />
            <span className={classes.detail}>
              {formatText(strings.FollowUpOverBookedItem, formatHours(item.bookedHours, locale), formatHours(item.neededHours, locale), formatHours(item.excessHours, locale))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function FollowUpList({ id, followUp, overBooked, scheduled, locale, onOpen }: FollowUpListProps): JSX.Element {
  const classes = getClasses(useTheme());
  const headingId = `${id}-heading`;
  const byId = React.useMemo(() => new Map(scheduled.map((t) => [t.id, t])), [scheduled]);
  const none = followUp.overdue.length === 0 && followUp.lateStart.length === 0 && overBooked.length === 0;
  return (
    <section id={id} className={classes.root} aria-labelledby={headingId} data-oir-noprint="">
      <h3 id={headingId} className={classes.heading}>{strings.FollowUpHeading}</h3>
      {none ? (
        <p>{strings.FollowUpNone}</p>
      ) : (
        <>
          <h4 className={classes.subheading}>
            <FontIcon iconName="Warning" aria-hidden={true} />
            {formatText(strings.FollowUpOverdueHeading, followUp.overdue.length)}
          </h4>
          <Items items={followUp.overdue} byId={byId} locale={locale} onOpen={onOpen} />
          <h4 className={classes.subheading}>
            <FontIcon iconName="Clock" aria-hidden={true} />
            {formatText(strings.FollowUpLateHeading, followUp.lateStart.length)}
          </h4>
          <Items items={followUp.lateStart} byId={byId} locale={locale} onOpen={onOpen} />
          <h4 className={classes.subheading}>
            <FontIcon iconName="Money" aria-hidden={true} />
            {formatText(strings.FollowUpOverBookedHeading, overBooked.length)}
          </h4>
          <OverBooked items={overBooked} byId={byId} locale={locale} onOpen={onOpen} />
        </>
      )}
    </section>
  );
}
