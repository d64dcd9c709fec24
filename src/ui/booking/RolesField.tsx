/**
 * A member's KLIK roles, editable in place (multi-select from the plan's roles): saved when the
 * list closes, refused in Danish when no role is left.
 */
import * as React from "react";
import { Dropdown, type IDropdownOption } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { Stored } from "../../data/repositories";
import { formatText } from "../common/format";

export interface RolesFieldProps {
  member: Stored<WorkingGroupMember>;
  roles: string[];
  onSave: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
  onError: (error: unknown) => void;
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

export function RolesField({ member, roles, onSave, onError }: RolesFieldProps): JSX.Element {
  const saved = member.value.roles;
  const [selected, setSelected] = React.useState<string[]>(saved);
  const [invalid, setInvalid] = React.useState(false);
  React.useEffect(() => setSelected(saved), [saved]);
  // A member may hold a role the plan no longer names: keep it choosable.
  const options: IDropdownOption[] = [...new Set([...roles, ...saved])].map((r) => ({ key: r, text: r }));

  const commit = (): void => {
    if (sameRoles(selected, saved)) return;
    if (selected.length === 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSave(member, { ...member.value, roles: selected }).catch((error: unknown) => {
      setSelected(saved);
      onError(error);
    });
  };
  return (
    <Dropdown
      ariaLabel={formatText(strings.RolesOf, member.value.person.displayName)}
      multiSelect={true}
      options={options}
      selectedKeys={selected}
      styles={{ root: { minWidth: 240, maxWidth: 360 } }}
      errorMessage={invalid ? strings.ErrorRolesRequired : undefined}
      onChange={(_e, option) => {
        if (!option) return;
        const role = String(option.key);
        setSelected((current) => (option.selected ? [...current, role] : current.filter((r) => r !== role)));
      }}
      onDismiss={commit}
    />
  );
}
