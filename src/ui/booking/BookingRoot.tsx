/**
 * Ressourcebooking: the local working group with each person's weekly capacity and the hours
 * booked per ISO week. Gets repositories and plain values as props (no SPFx).
 */
import * as React from "react";
import * as strings from "ResourceBookingWebPartStrings";
import * as common from "OirCommonStrings";
import type { PlanRepositories } from "../../data/repositories";
import { EmptyState, ErrorState, LoadingState } from "../common/LoadStates";
import { formatDate, formatHours, formatText } from "../common/format";
import { getBookingRootClassNames } from "./BookingRoot.styles";
import { useBookingState } from "./useBookingState";
import { groupBookingsByWeek } from "./weeklyBookings";
import type { BookingPlan } from "./bookingReducer";

export interface BookingRootProps {
  repositories: PlanRepositories;
  municipalityName: string;
  defaultWave?: string;
  locale: string;
}

interface GridProps {
  plan: BookingPlan;
  locale: string;
  classNames: ReturnType<typeof getBookingRootClassNames>;
}

function WorkingGroupGrid({ plan, locale, classNames }: GridProps): JSX.Element {
  const weekly = React.useMemo(() => groupBookingsByWeek(plan.bookings), [plan.bookings]);
  const taskTitle = React.useMemo(() => {
    const byId = new Map(plan.tasks.map((t) => [t.id, `${t.code} ${t.title}`]));
    return (id: number): string => byId.get(id) ?? formatText(strings.UnknownTask, id);
  }, [plan.tasks]);
  const hours = (h: number): string => formatText(strings.HoursValue, formatHours(h, locale));

  return (
    <div className={classNames.scroller}>
      <table className={classNames.table} aria-label={strings.WorkingGroupHeading}>
        <thead>
          <tr>
            <th scope="col" className={classNames.headCell}>{strings.ColumnName}</th>
            <th scope="col" className={classNames.headCell}>{strings.ColumnRoles}</th>
            <th scope="col" className={classNames.headCell}>{strings.ColumnCapacity}</th>
            {weekly.weeks.map((w) => (
              <th key={w.weekStart} scope="col" className={classNames.headCell}>
                {formatText(common.WeekLabel, w.week)}
                <span className={classNames.weekSub}>{formatText(strings.WeekStartsOn, formatDate(w.weekStart, locale))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.members.map((member) => {
            const row = weekly.cells.get(member.person.email.toLowerCase());
            return (
              <tr key={member.person.email}>
                <th scope="row" className={classNames.cell}>{member.person.displayName}</th>
                <td className={classNames.cell}>{member.roles.join(", ")}</td>
                <td className={classNames.numberCell}>{hours(member.weeklyCapacityHours)}</td>
                {weekly.weeks.map((w) => {
                  const cell = row?.get(w.weekStart);
                  if (!cell) return <td key={w.weekStart} className={classNames.numberCell} />;
                  const over = cell.hours > member.weeklyCapacityHours;
                  return (
                    <td key={w.weekStart} className={classNames.numberCell} title={cell.taskIds.map(taskTitle).join("\n")}>
                      <span className={over ? classNames.overbooked : undefined}>{hours(cell.hours)}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        {weekly.weeks.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className={classNames.cell}>{strings.ColumnHours}</th>
              {weekly.weeks.map((w) => (
                <td key={w.weekStart} className={classNames.numberCell}>{hours(weekly.totals.get(w.weekStart) ?? 0)}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

export function BookingRoot(props: BookingRootProps): JSX.Element {
  const { repositories, municipalityName, locale } = props;
  const { state, reload } = useBookingState(repositories);
  const classNames = React.useMemo(getBookingRootClassNames, []);
  const headingId = React.useMemo(() => `oir-booking-${Math.random().toString(36).slice(2)}`, []);

  let body: JSX.Element;
  if (state.phase === "loading") body = <LoadingState lines={4} />;
  else if (state.phase === "failed") body = <ErrorState title={common.ErrorTitle} error={state.error} onRetry={reload} />;
  else if (state.plan.members.length === 0) body = <EmptyState message={strings.EmptyWorkingGroup} />;
  else {
    body = (
      <>
        <h3 className={classNames.subtitle}>{strings.WorkingGroupHeading}</h3>
        <WorkingGroupGrid plan={state.plan} locale={locale} classNames={classNames} />
        {state.plan.bookings.length === 0 && <EmptyState message={strings.EmptyBookings} />}
      </>
    );
  }

  return (
    <section className={classNames.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classNames.title}>
        {strings.Title} · {municipalityName}
      </h2>
      {body}
    </section>
  );
}
