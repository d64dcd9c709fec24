/** Filters (wave, role, person, task, integration, period) and export, above the grid. */
import * as React from "react";
import { DefaultButton, Dropdown, Stack, type IDropdownOption } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import * as common from "OirCommonStrings";
import { INTEGRATIONS, type Wave, type WorkingGroupMember } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { isoWeek } from "../../domain/isoWeek";
import { formatDate, formatText } from "../common/format";
import type { BookingFilters } from "./bookingFilterUrl";

export interface BookingCommandBarProps {
  filters: BookingFilters;
  onChange: (changes: Partial<BookingFilters>) => void;
  waves: Wave[];
  wave?: Wave;
  roles: string[];
  members: WorkingGroupMember[];
  tasks: ScheduledTask[];
  /** Every week of the plan (the period choices). */
  weeks: string[];
  locale: string;
  onExport: () => void;
}

const ALL = "__all";

function withAll(options: IDropdownOption[]): IDropdownOption[] {
  return [{ key: ALL, text: strings.FilterAll }, ...options];
}

function picked(option: IDropdownOption | undefined): string | undefined {
  return !option || option.key === ALL ? undefined : String(option.key);
}

function BookingCommandBarView(props: BookingCommandBarProps): JSX.Element {
  const { filters, onChange, locale } = props;
  const weekOptions = props.weeks.map((w) => ({ key: w, text: `${formatText(common.WeekLabel, isoWeek(w).week)} · ${formatDate(w, locale)}` }));
  const dropdown = (label: string, options: IDropdownOption[], selected: string | undefined, apply: (value: string | undefined) => void, width = 180): JSX.Element => (
    <Dropdown
      label={label}
      options={withAll(options)}
      selectedKey={selected ?? ALL}
      styles={{ root: { width } }}
      onChange={(_e, option) => apply(picked(option))}
    />
  );
  return (
    <div role="group" aria-label={strings.CommandBarLabel}>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }} verticalAlign="end">
        <Dropdown
          label={strings.FilterWave}
          options={props.waves.map((w) => ({ key: w.title, text: w.title }))}
          selectedKey={props.wave?.title ?? null}
          styles={{ root: { width: 160 } }}
          onChange={(_e, option) => option && onChange({ wave: String(option.key), taskId: undefined })}
        />
        {dropdown(strings.FilterRole, props.roles.map((r) => ({ key: r, text: r })), filters.role, (role) => onChange({ role }), 220)}
        {dropdown(
          strings.FilterPerson,
          props.members.map((m) => ({ key: m.person.email, text: m.person.displayName })),
          filters.person,
          (person) => onChange({ person })
        )}
        {dropdown(
          strings.FilterTask,
          props.tasks.map((t) => ({ key: String(t.id), text: `${t.task.code} ${t.task.title}` })),
          filters.taskId === undefined ? undefined : String(filters.taskId),
          (id) => onChange({ taskId: id === undefined ? undefined : Number(id) }),
          220
        )}
        {dropdown(strings.FilterIntegration, INTEGRATIONS.map((i) => ({ key: i, text: i })), filters.integration, (i) =>
          onChange({ integration: INTEGRATIONS.find((x) => x === i) })
        )}
        {dropdown(strings.FilterFrom, weekOptions, filters.from, (from) => onChange({ from }), 170)}
        {dropdown(strings.FilterTo, weekOptions, filters.to, (to) => onChange({ to }), 170)}
        <DefaultButton
          text={strings.ClearFilters}
          iconProps={{ iconName: "ClearFilter" }}
          onClick={() => onChange({ role: undefined, person: undefined, taskId: undefined, integration: undefined, from: undefined, to: undefined })}
        />
        <DefaultButton text={strings.ExportCsv} iconProps={{ iconName: "ExcelDocument" }} onClick={props.onExport} />
      </Stack>
    </div>
  );
}

/** Memoized: the filters do not change while cells are edited. */
export const BookingCommandBar = React.memo(BookingCommandBarView);
