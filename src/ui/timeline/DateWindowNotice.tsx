/**
 * Says in words, above the timeline, which tasks hold a date outside the plan's date window
 * (domain/dateWindow.ts): the plan still loads, those rows carry a warning icon with the
 * reason, and each task named here opens its panel, where the date is corrected.
 */
import * as React from "react";
import { Link, MessageBar, MessageBarType } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { ScheduledTask } from "../../domain/schedule";
import { formatDate, formatText } from "../common/format";

export interface DateWindowNoticeProps {
  scheduled: readonly ScheduledTask[];
  locale: string;
  onOpen: (task: ScheduledTask) => void;
}

/** Tasks with a date outside the plan's window, in timeline order. */
function tasksOutsideWindow(scheduled: readonly ScheduledTask[]): ScheduledTask[] {
  return scheduled.filter((t) => t.flags.some((f) => f.kind === "dateOutsideWindow"));
}

export function DateWindowNotice({ scheduled, locale, onOpen }: DateWindowNoticeProps): JSX.Element | null {
  const tasks = React.useMemo(() => tasksOutsideWindow(scheduled), [scheduled]);
  if (tasks.length === 0) return null;
  const { first, last } = tasks[0].dateWindow;
  const period = [formatDate(first, locale), formatDate(last, locale)] as const;
  const link = (task: ScheduledTask): JSX.Element => (
    <Link key={task.id} onClick={() => onOpen(task)} aria-label={formatText(strings.OpenTaskToFix, `${task.task.code} ${task.task.title}`)}>
      {task.task.code}
    </Link>
  );
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} data-oir-date-window="">
      {tasks.length === 1 ? (
        <>
          {formatText(strings.DatesOutsideWindowOne, tasks[0].task.code, ...period)} {link(tasks[0])}
        </>
      ) : (
        <>
          {formatText(strings.DatesOutsideWindowMany, tasks.length, ...period)}{" "}
          {tasks.map((t, i) => (
            <React.Fragment key={t.id}>
              {i > 0 && ", "}
              {link(t)}
            </React.Fragment>
          ))}
        </>
      )}
    </MessageBar>
  );
}
