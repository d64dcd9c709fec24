/**
 * A member's weekly capacity, editable in place: saved on Enter or when the field loses focus,
 * validated like the add form (Danish message in the field), Escape restores the saved value.
 */
import * as React from "react";
import { TextField, type ITextFieldStyles } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { Stored } from "../../data/repositories";
import { formatText } from "../common/format";
import { hoursForInput } from "./hoursText";
import { checkCapacityText } from "./workingGroupForm";

/** One styles object for every row: Fluent caches class names per styles object, so an inline
 * object would recompute them for each of the (up to hundreds of) members. */
const FIELD_STYLES: Partial<ITextFieldStyles> = { root: { width: 110 } };

export interface CapacityFieldProps {
  member: Stored<WorkingGroupMember>;
  danish: boolean;
  onSave: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
  onError: (error: unknown) => void;
}

export function CapacityField({ member, danish, onSave, onError }: CapacityFieldProps): JSX.Element {
  const saved = hoursForInput(member.value.weeklyCapacityHours, danish);
  const [text, setText] = React.useState(saved);
  // The Danish message for a refused value (undefined when the field is valid).
  const [invalid, setInvalid] = React.useState<string | undefined>();
  React.useEffect(() => setText(saved), [saved]);

  const commit = (): void => {
    if (text === saved) return;
    const capacity = checkCapacityText(text);
    if (!capacity.ok) {
      // "0,01" rounds to 0 tenths: say so, rather than "above 0" for a value that is above 0.
      setInvalid(capacity.problem === "belowOneTenth" ? strings.ErrorCapacityBelowOneTenth : strings.ErrorCapacity);
      return;
    }
    setInvalid(undefined);
    onSave(member, { ...member.value, weeklyCapacityHours: capacity.hours }).catch((error: unknown) => {
      setText(saved);
      onError(error);
    });
  };
  return (
    <TextField
      ariaLabel={formatText(strings.CapacityOf, member.value.person.displayName)}
      value={text}
      inputMode="decimal"
      styles={FIELD_STYLES}
      errorMessage={invalid}
      onChange={(_e, value) => setText(value ?? "")}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit();
        } else if (e.key === "Escape") {
          setText(saved);
          setInvalid(undefined);
        }
      }}
    />
  );
}
