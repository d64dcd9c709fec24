/** The selected wave's tasks as a table: code, title, computed start and end, status, responsible. */
import * as React from "react";
import { Icon } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { ScheduledTask } from "../../domain/schedule";
import type { IsoDate } from "../../domain/model";
import { StatusBadge } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import type { getTimelineRootClassNames } from "./TimelineRoot.styles";

export interface TaskTableProps {
  label: string;
  tasks: ScheduledTask[];
  locale: string;
  classNames: ReturnType<typeof getTimelineRootClassNames>;
  /** Responsible per task id (from the local plan). */
  responsibleById: ReadonlyMap<number, string>;
}

function DateCell(props: { date: IsoDate; baseline: IsoDate; locale: string; className: string; localClass: string }): JSX.Element {
  const { date, baseline, locale } = props;
  const text = formatDate(date, locale);
  if (date === baseline) return <td className={props.className}>{text}</td>;
  return (
    <td className={props.className}>
      <span className={props.localClass} title={formatText(strings.LocalDateHint, formatDate(baseline, locale))}>
        {text}
      </span>
    </td>
  );
}

function kindLabel(task: ScheduledTask): string | undefined {
  if (task.task.kind === "webinar") return strings.KindWebinar;
  if (task.task.kind === "milestone") return strings.KindMilestone;
  return undefined;
}

export function TaskTable({ label, tasks, locale, classNames, responsibleById }: TaskTableProps): JSX.Element {
  return (
    <table className={classNames.table} aria-label={label}>
      <thead>
        <tr>
          <th scope="col" className={classNames.headCell}>{strings.ColumnCode}</th>
          <th scope="col" className={classNames.headCell}>{strings.ColumnTitle}</th>
          <th scope="col" className={classNames.headCell}>{strings.ColumnStart}</th>
          <th scope="col" className={classNames.headCell}>{strings.ColumnEnd}</th>
          <th scope="col" className={classNames.headCell}>{strings.ColumnStatus}</th>
          <th scope="col" className={classNames.headCell}>{strings.ColumnResponsible}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((t) => {
          const kind = kindLabel(t);
          return (
            <tr key={t.id} data-task-id={t.id}>
              <th scope="row" className={classNames.codeCell}>{t.task.code}</th>
              <td className={classNames.cell}>
                {t.task.title}
                {kind && <span className={classNames.meta}> · {kind}</span>}
                {t.task.declaredCritical && (
                  <span className={classNames.marker}>
                    <Icon iconName="Warning" aria-hidden={true} /> {strings.CriticalMarker}
                  </span>
                )}
              </td>
              <DateCell date={t.effective.start} baseline={t.baseline.start} locale={locale} className={classNames.dateCell} localClass={classNames.localDate} />
              <DateCell date={t.effective.end} baseline={t.baseline.end} locale={locale} className={classNames.dateCell} localClass={classNames.localDate} />
              <td className={classNames.cell}><StatusBadge status={t.status} /></td>
              <td className={classNames.cell}>{responsibleById.get(t.id) ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
