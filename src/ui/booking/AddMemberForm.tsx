/**
 * The form that adds a person to the local working group (people picker over the site's users,
 * KLIK roles, weekly hours). Editors only: it loads on demand (LazyAddMemberForm), as the people
 * picker is a large part of Fluent that readers never need.
 */
import * as React from "react";
import { Dropdown, Label, NormalPeoplePicker, PrimaryButton, Stack, TextField, type IDropdownOption } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { PeopleDirectory } from "../../data/repositories";
import { toPersona, usePeopleSuggestions, type PersonaWithPerson } from "../common/PersonField";
import { formatText } from "../common/format";
import { validateMemberDraft, type MemberDraft, type MemberDraftErrors } from "./workingGroupForm";

export interface AddMemberFormProps {
  /** Members, saved and waiting for SharePoint (nobody is added twice). */
  members: WorkingGroupMember[];
  roles: string[];
  people: PeopleDirectory;
  /** "pending": SharePoint did not answer; the person is shown as waiting and added when it does. */
  onAdd: (member: WorkingGroupMember) => Promise<"saved" | "pending">;
  /** Announces a done addition (the panel's status line). */
  onStatus: (text: string, pending?: boolean) => void;
  /** Shows a failed save or people search (the panel's error bar). */
  onError: (e: unknown) => void;
}

const EMPTY_DRAFT: MemberDraft = { roles: [], capacityText: "" };

function personError(errors: MemberDraftErrors, draft: MemberDraft): string | undefined {
  if (errors.person === "required") return strings.ErrorPersonRequired;
  if (errors.person === "alreadyMember") return formatText(strings.ErrorPersonAlreadyMember, draft.person?.displayName ?? "");
  return undefined;
}

export function AddMemberForm(props: AddMemberFormProps): JSX.Element {
  const { roles, people, members, onAdd, onStatus, onError } = props;
  const [draft, setDraft] = React.useState<MemberDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = React.useState<MemberDraftErrors>({});
  const [busy, setBusy] = React.useState(false);
  const pickerId = React.useMemo(() => `oir-wg-person-${Math.random().toString(36).slice(2)}`, []);
  const personErrorId = `${pickerId}-error`;

  const resolve = usePeopleSuggestions(people, onError);
  const roleOptions: IDropdownOption[] = roles.map((r) => ({ key: r, text: r }));
  const submit = (): void => {
    const result = validateMemberDraft(draft, members);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    onAdd(result.member).then(
      (outcome) => {
        setBusy(false);
        setDraft(EMPTY_DRAFT);
        const pending = outcome === "pending";
        onStatus(formatText(pending ? strings.WorkingGroupAddedPending : strings.WorkingGroupAdded, result.member.person.displayName), pending);
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
          errorMessage={errors.capacity === "belowOneTenth" ? strings.ErrorCapacityBelowOneTenth : errors.capacity ? strings.ErrorCapacity : undefined}
          onChange={(_e, value) => setDraft((d) => ({ ...d, capacityText: value ?? "" }))}
        />
        <PrimaryButton type="submit" text={strings.WorkingGroupAdd} disabled={busy} styles={{ root: { marginTop: 29 } }} />
      </Stack>
    </form>
  );
}
