/**
 * The local working group (PL 12 step 6): who takes part, in which KLIK roles, with how many
 * hours a week. Editors add people (people picker over the site's users) and remove them;
 * readers see the list only. Saved through WorkingGroupRepository.
 */
import * as React from "react";
import {
  Dropdown,
  IconButton,
  Label,
  MessageBar,
  MessageBarType,
  NormalPeoplePicker,
  PrimaryButton,
  Stack,
  TextField,
  type IDropdownOption
} from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { PeopleDirectory, Stored } from "../../data/repositories";
import { ErrorState } from "../common/LoadStates";
import { toPersona, usePeopleSuggestions, type PersonaWithPerson } from "../common/PersonField";
import { formatHours, formatText, isDanish } from "../common/format";
import { CapacityField } from "./CapacityField";
import { RolesField } from "./RolesField";
import { validateMemberDraft, type MemberDraft, type MemberDraftErrors } from "./workingGroupForm";

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

const EMPTY_DRAFT: MemberDraft = { roles: [], capacityText: "" };

function personError(errors: MemberDraftErrors, draft: MemberDraft): string | undefined {
  if (errors.person === "required") return strings.ErrorPersonRequired;
  if (errors.person === "alreadyMember") return formatText(strings.ErrorPersonAlreadyMember, draft.person?.displayName ?? "");
  return undefined;
}

function AddMemberForm(props: WorkingGroupPanelProps & { onStatus: (text: string) => void; onError: (e: unknown) => void }): JSX.Element {
  const { roles, people, members, onAdd, onStatus, onError } = props;
  const [draft, setDraft] = React.useState<MemberDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = React.useState<MemberDraftErrors>({});
  const [busy, setBusy] = React.useState(false);
  const pickerId = React.useMemo(() => `oir-wg-person-${Math.random().toString(36).slice(2)}`, []);
  const personErrorId = `${pickerId}-error`;

  const resolve = usePeopleSuggestions(people, onError);
  const roleOptions: IDropdownOption[] = roles.map((r) => ({ key: r, text: r }));
  const submit = (): void => {
    const result = validateMemberDraft(draft, members.map((m) => m.value));
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    onAdd(result.member).then(
      () => {
        setBusy(false);
        setDraft(EMPTY_DRAFT);
        onStatus(formatText(strings.WorkingGroupAdded, result.member.person.displayName));
      },
      (error: unknown) => {
        setBusy(false);
        onError(error);
      }
    );
  };
  const personText = personError(errors, draft);

  return (
    // noValidate: the browser's own "fill in this field" bubble (required inputs) would block the
    // submit in the browser's language; our validation answers in Danish for every field.
    <form
      noValidate={true}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={strings.WorkingGroupAdd}
    >
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }} verticalAlign="start">
        <Stack.Item styles={{ root: { minWidth: 260 } }}>
          <Label htmlFor={pickerId} required={true}>
            {strings.WorkingGroupPerson}
          </Label>
          <NormalPeoplePicker
            itemLimit={1}
            selectedItems={draft.person ? [toPersona(draft.person)] : []}
            onResolveSuggestions={resolve}
            onEmptyResolveSuggestions={() => resolve("")}
            onChange={(items) => setDraft((d) => ({ ...d, person: (items?.[0] as PersonaWithPerson | undefined)?.person }))}
            pickerSuggestionsProps={{ noResultsFoundText: strings.PeopleNoResults, loadingText: "…" }}
            inputProps={{
              id: pickerId,
              "aria-label": strings.WorkingGroupPerson,
              "aria-invalid": personText ? true : undefined,
              "aria-describedby": personText ? personErrorId : undefined,
              placeholder: draft.person ? undefined : strings.PeopleSearchPlaceholder
            }}
            resolveDelay={150}
          />
          {personText && (
            <div id={personErrorId} role="alert" style={{ color: "#a4262c", fontSize: 12, paddingTop: 4 }}>
              {personText}
            </div>
          )}
        </Stack.Item>
        <Dropdown
          label={strings.WorkingGroupRoles}
          required={true}
          multiSelect={true}
          options={roleOptions}
          selectedKeys={draft.roles}
          styles={{ root: { minWidth: 260 } }}
          errorMessage={errors.roles ? strings.ErrorRolesRequired : undefined}
          onChange={(_e, option) => {
            if (!option) return;
            const role = String(option.key);
            setDraft((d) => ({ ...d, roles: option.selected ? [...d.roles, role] : d.roles.filter((r) => r !== role) }));
          }}
        />
        <TextField
          label={strings.WorkingGroupCapacity}
          required={true}
          inputMode="decimal"
          value={draft.capacityText}
          styles={{ root: { width: 140 } }}
          errorMessage={errors.capacity ? strings.ErrorCapacity : undefined}
          onChange={(_e, value) => setDraft((d) => ({ ...d, capacityText: value ?? "" }))}
        />
        <PrimaryButton type="submit" text={strings.WorkingGroupAdd} disabled={busy} styles={{ root: { marginTop: 29 } }} />
      </Stack>
    </form>
  );
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
      {canEdit && <AddMemberForm {...props} onStatus={setStatus} onError={onError} />}
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
