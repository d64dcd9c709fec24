/**
 * The row header of a booking grid row: a person (expand button, roles, capacity or "no longer in
 * the working group", over-allocation), a task (code and title, why the row is there when the
 * person is ansvarlig/udfører, coverage, suggest), a demand row, the former members' heading, or
 * the total.
 */
import * as React from "react";
import { Icon } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import { formatHours, formatText, pluralText } from "../common/format";
import type { GridRow, PersonRow, TaskRow } from "./bookingGridModel";
import type { RowContext } from "./BookingGridRow";
import { overBookedHours } from "../../domain/bookings";

export function roleName(role: string): string {
  return role || strings.NoRole;
}

/** Visible words for how a person is set on a task: "Ansvarlig", "Udfører", "Ansvarlig og udfører". */
function assignmentText(row: TaskRow): string | undefined {
  const responsible = row.assignedAs.includes("responsible");
  const performer = row.assignedAs.includes("performer");
  if (responsible && performer) return strings.TaskAssignedBoth;
  if (responsible) return strings.TaskAssignedResponsible;
  if (performer) return strings.TaskAssignedPerformer;
  return undefined;
}

interface RowHeaderProps {
  row: GridRow;
  index: number;
  ctx: RowContext;
}

function PersonHeader({ row, index, ctx }: RowHeaderProps & { row: PersonRow }): JSX.Element {
  const { classNames, focus, locale } = ctx;
  const focused = focus.row === index && focus.col === -1;
  const name = row.member.person.displayName;
  // A former member has no capacity: their hours are shown, never flagged as over it.
  const overWeeks = row.former ? 0 : row.hours.filter((h, i) => h > row.capacity[i] + 1e-6).length;
  return (
    <div role="rowheader" aria-colindex={1} className={classNames.rowHeader} aria-expanded={row.taskCount > 0 ? row.expanded : undefined}>
      <button
        type="button"
        className={classNames.headerButton}
        data-pos={`${index}:-1`}
        tabIndex={focused ? 0 : -1}
        onFocus={() => ctx.onCellFocus({ row: index, col: -1 })}
        onClick={() => ctx.onToggle(row.member.person.email)}
        aria-label={`${formatText(strings.ExpandPerson, name)}`}
        aria-expanded={row.expanded}
      >
        <Icon iconName={row.expanded ? "ChevronDown" : "ChevronRight"} aria-hidden={true} />
        <span>{name}</span>
      </button>
      <span className={classNames.subLine}>
        {row.former
          ? strings.FormerMemberNote
          : `${row.member.roles.join(", ") || strings.NoRole} · ${formatText(strings.CapacityValue, formatHours(row.member.weeklyCapacityHours, locale))}`}
        {overWeeks > 0 && (
          <span className={classNames.flag}>
            {" · "}
            <Icon iconName="Warning" aria-hidden={true} />
            {formatText(pluralText(overWeeks, strings.OverAllocatedSummaryOne, strings.OverAllocatedSummary), name, overWeeks)}
          </span>
        )}
      </span>
    </div>
  );
}

function TaskHeader({ row, index, ctx }: RowHeaderProps & { row: TaskRow }): JSX.Element {
  const { classNames, focus, locale } = ctx;
  const focused = focus.row === index && focus.col === -1;
  const pos = `${index}:-1`;
  const onFocus = (): void => ctx.onCellFocus({ row: index, col: -1 });
  const { task } = row.task;
  const label = `${task.code} ${task.title}`;
  const coverage = row.coverage;
  const underBooked = row.critical && !coverage.covered;
  const overBooked = overBookedHours(coverage);
  // A suggestion needs the person's capacity: not for someone no longer in the working group.
  const canSuggest = ctx.canEdit && !row.former;
  const assigned = assignmentText(row);
  // Without a role naming the task, the assignment is the reason for the row: say so.
  const why = assigned && !row.byRole ? formatText(strings.TaskAssignedOnly, assigned, row.member.person.displayName) : undefined;
  return (
    <div role="rowheader" aria-colindex={1} className={`${classNames.rowHeader} ${classNames.rowHeaderIndent}`} data-pos={canSuggest ? undefined : pos} tabIndex={canSuggest ? undefined : focused ? 0 : -1} onFocus={canSuggest ? undefined : onFocus}>
      <span className={classNames.firstLine}>
        <span className={classNames.ellipsis} title={label}>
          {label}
        </span>
        {canSuggest && (
          <button
            type="button"
            className={`${classNames.headerButton} ${classNames.suggestButton}`}
            data-pos={pos}
            tabIndex={focused ? 0 : -1}
            onFocus={onFocus}
            onClick={() => ctx.onSuggest(row.member.person.email, task.id)}
            aria-label={formatText(strings.SuggestButtonFor, row.member.person.displayName, task.code)}
            title={formatText(strings.SuggestButtonFor, row.member.person.displayName, task.code)}
          >
            <Icon iconName="Lightbulb" aria-hidden={true} />
            {strings.SuggestButton}
          </button>
        )}
      </span>
      <span className={classNames.subLine}>
        {assigned && (
          <span className={classNames.tag} title={why ?? assigned}>
            {/* The explanation starts with the tag's word: a screen reader reads it once. */}
            <span aria-hidden={why ? true : undefined}>{assigned}</span>
            {why && <span className={classNames.screenReaderOnly}>{why}</span>}
          </span>
        )}
        {formatText(strings.TaskCoverage, formatHours(coverage.bookedHours, locale), formatHours(Math.round(coverage.neededHours * 10) / 10, locale))}
        {overBooked > 0 && (
          // More booked than the task needs: said in words with an icon, not by colour alone.
          <span className={classNames.flag}>
            {" · "}
            <Icon iconName="Warning" aria-hidden={true} />
            {formatText(strings.TaskOverBooked, formatHours(Math.round(overBooked * 10) / 10, locale))}
          </span>
        )}
        {underBooked && (
          <span className={classNames.flag}>
            {" · "}
            <Icon iconName="Warning" aria-hidden={true} />
            {formatText(strings.CriticalUnderBooked, formatHours(Math.round(coverage.missingHours * 10) / 10, locale))}
          </span>
        )}
      </span>
    </div>
  );
}

export function RowHeader({ row, index, ctx }: RowHeaderProps): JSX.Element {
  if (row.kind === "person") return <PersonHeader row={row} index={index} ctx={ctx} />;
  if (row.kind === "task") return <TaskHeader row={row} index={index} ctx={ctx} />;
  const { classNames, focus } = ctx;
  const focused = focus.row === index && focus.col === -1;
  const text = row.kind === "demand" ? formatText(strings.DemandRow, roleName(row.role)) : row.kind === "former" ? strings.FormerMembersHeading : strings.TotalRow;
  return (
    <div role="rowheader" aria-colindex={1} className={classNames.rowHeader} data-pos={`${index}:-1`} tabIndex={focused ? 0 : -1} onFocus={() => ctx.onCellFocus({ row: index, col: -1 })}>
      <strong className={classNames.ellipsis}>{text}</strong>
      {row.kind === "demand" && !row.staffed && (
        <span className={classNames.flag}>
          <Icon iconName="Warning" aria-hidden={true} />
          {strings.RoleUnstaffed}
        </span>
      )}
      {row.kind === "former" && <span className={classNames.subLine}>{strings.FormerMembersHint}</span>}
    </div>
  );
}
