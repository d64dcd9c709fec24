/** A people picker over the site's users (PeopleDirectory.search), one person at a time. */
import * as React from "react";
import { Label, NormalPeoplePicker, type IPersonaProps } from "@fluentui/react";
import type { Person } from "../../domain/model";
import type { PeopleDirectory } from "../../data/repositories";

export interface PersonFieldProps {
  label: string;
  value: Person | undefined;
  people: PeopleDirectory;
  disabled?: boolean;
  searchPlaceholder: string;
  noResultsText: string;
  /** Label of the button that removes the chosen person. */
  removeLabel: string;
  onChange: (person: Person | undefined) => void;
  /** Search failures are shown by the caller (never swallowed). */
  onError: (error: unknown) => void;
}

interface PersonaWithPerson extends IPersonaProps {
  person: Person;
}

function toPersona(person: Person): PersonaWithPerson {
  return { key: person.email, text: person.displayName, secondaryText: person.email, person };
}

export function PersonField(props: PersonFieldProps): JSX.Element {
  const { label, value, people, disabled, onChange, onError } = props;
  const id = React.useMemo(() => `oir-person-${Math.random().toString(36).slice(2)}`, []);
  const resolve = React.useCallback(
    (filter: string): Promise<PersonaWithPerson[]> =>
      people.search(filter, 10).then(
        (found) => found.map(toPersona),
        (error: unknown) => {
          onError(error);
          return [];
        }
      ),
    [people, onError]
  );
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <NormalPeoplePicker
        itemLimit={1}
        disabled={disabled}
        selectedItems={value ? [toPersona(value)] : []}
        onResolveSuggestions={resolve}
        onEmptyResolveSuggestions={() => resolve("")}
        onChange={(items) => onChange((items?.[0] as PersonaWithPerson | undefined)?.person)}
        pickerSuggestionsProps={{ noResultsFoundText: props.noResultsText, loadingText: "…" }}
        inputProps={{ id, "aria-label": label, placeholder: value ? undefined : props.searchPlaceholder }}
        resolveDelay={200}
        removeButtonAriaLabel={props.removeLabel}
      />
    </div>
  );
}
