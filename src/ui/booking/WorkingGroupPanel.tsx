/**
 * The local working group (PL 12 step 6): who takes part, in which KLIK roles, with how many
 * hours a week. Editors add people (AddMemberForm, loaded on demand) and remove them;
 * readers see the list only. Saved through WorkingGroupRepository.
 */
import * as React from "react";
import { IconButton, MessageBar, MessageBarType, Stack } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { PeopleDirectory, Stored } from "../../data/repositories";
import { ErrorState } from "../common/LoadStates";
import { formatHours, formatText, isDanish } from "../common/format";
import { CapacityField } from "./CapacityField";
import { RolesField } from "./RolesField";
import { LazyAddMemberForm } from "./LazyAddMemberForm";

export interface WorkingGroupPanelProps {
  members: Stored<WorkingGroupMember>[];
  roles: string[];
  people: PeopleDirectory;
  canEdit: boolean;
  locale: string;
  onAdd: (member: WorkingGroupMember) => Promise<void>;
  onRemove: (member: Stored<WorkingGroupMember>) => Promise<void>;
  onUpdate: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
}

function WorkingGroupPanelView(props: WorkingGroupPanelProps): JSX.Element {
  const { members, canEdit, locale, onRemove, onUpdate } = props;
  const [status, setStatus] = React.useState<string | undefined>();
  const [error, setError] = React.useState<unknown>();
  const sorted = [...members].sort((a, b) => a.value.person.displayName.localeCompare(b.value.person.displayName, "da"));
  const remove = (member: Stored<WorkingGroupMember>): void => {
    setError(undefined);
    onRemove(member).then(
      () => setStatus(formatText(strings.WorkingGroupRemoved, member.value.person.displayName)),
      (e: unknown) => setError(e)
    );
  };
  const onError = React.useCallback((e: unknown) => setError(e), []);
  const update = React.useCallback(
    (member: Stored<WorkingGroupMember>, value: WorkingGroupMember): Promise<void> => {
      setError(undefined);
      return onUpdate(member, value).then(() =>
        setStatus(
          value.weeklyCapacityHours !== member.value.weeklyCapacityHours
            ? formatText(strings.WorkingGroupUpdated, value.person.displayName, formatHours(value.weeklyCapacityHours, locale))
            : formatText(strings.WorkingGroupRolesUpdated, value.person.displayName, value.roles.join(", "))
        )
      );
    },
    [onUpdate, locale]
  );

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {canEdit && (
        <LazyAddMemberForm members={members} roles={props.roles} people={props.people} onAdd={props.onAdd} onStatus={setStatus} onError={onError} />
      )}
      {error !== undefined && <ErrorState title={strings.WorkingGroupSaveFailed} error={error} />}
      <div role="status" aria-live="polite">
        {status && <MessageBar messageBarType={MessageBarType.success}>{status}</MessageBar>}
      </div>
      {members.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{canEdit ? strings.WorkingGroupEmptyEditor : strings.EmptyWorkingGroup}</MessageBar>
      ) : (
        <table aria-label={strings.WorkingGroupHeading} style={{ borderCollapse: "collapse" }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left", padding: "4px 8px" }}>{strings.ColumnName}</th>
              <th scope="col" style={{ textAlign: "left", padding: "4px 8px" }}>{strings.ColumnRoles}</th>
              <th scope="col" style={{ textAlign: "right", padding: "4px 8px" }}>{strings.ColumnCapacity}</th>
              {canEdit && <th scope="col" style={{ padding: "4px 8px" }}>{strings.WorkingGroupActions}</th>}
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.itemId}>
                <th scope="row" style={{ textAlign: "left", padding: "4px 8px", fontWeight: 600 }}>{m.value.person.displayName}</th>
                <td style={{ padding: "4px 8px" }}>
                  {canEdit ? <RolesField member={m} roles={props.roles} onSave={update} onError={onError} /> : m.value.roles.join(", ")}
                </td>
                <td style={{ padding: "4px 8px", textAlign: "right" }}>
                  {canEdit ? (
                    <CapacityField member={m} danish={isDanish(locale)} onSave={update} onError={onError} />
                  ) : (
                    formatText(strings.HoursValue, formatHours(m.value.weeklyCapacityHours, locale))
                  )}
                </td>
                {canEdit && (
                  <td style={{ padding: "0 8px" }}>
                    <IconButton
                      iconProps={{ iconName: "Delete" }}
                      ariaLabel={formatText(strings.WorkingGroupRemove, m.value.person.displayName)}
                      title={formatText(strings.WorkingGroupRemove, m.value.person.displayName)}
                      onClick={() => remove(m)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}

/** Memoized: grid edits re-render the root, and the working group (200 fields) need not follow. */
export const WorkingGroupPanel = React.memo(WorkingGroupPanelView);
