/** A people picker over the site's users (PeopleDirectory.search), one person at a time. */
import * as React from "react";
import { Label, NormalPeoplePicker, PersonaInitialsColor, type IPersonaProps } from "@fluentui/react";
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

/** A picker item that carries the domain person it shows. */
export interface PersonaWithPerson extends IPersonaProps {
  person: Person;
}

// Fluent picks the initials' background from the name, and some of its colours (e.g. violet) give
// white initials less than 4.5:1 contrast (WCAG 1.4.3). These keep the variety and reach at least 4.5:1.
const INITIALS_COLORS: PersonaInitialsColor[] = [
  PersonaInitialsColor.darkBlue,
  PersonaInitialsColor.darkGreen,
  PersonaInitialsColor.darkRed,
  PersonaInitialsColor.magenta,
  PersonaInitialsColor.burgundy
];

/** A person's initials colour, stable per e-mail, always readable (≥ 4.5:1 with white). */
function initialsColor(email: string): PersonaInitialsColor {
  let hash = 0;
  for (const ch of email) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return INITIALS_COLORS[hash % INITIALS_COLORS.length];
}

export function toPersona(person: Person): PersonaWithPerson {
  return { key: person.email, text: person.displayName, secondaryText: person.email, initialsColor: initialsColor(person.email), person };
}

/**
 * A people picker's onResolveSuggestions: the directory's first 10 matches. A failed search is
 * handed to onError (the caller shows it) and suggests nobody, so the picker stays usable.
 */
export function usePeopleSuggestions(
  people: PeopleDirectory,
  onError: (error: unknown) => void
): (filter: string) => Promise<PersonaWithPerson[]> {
  return React.useCallback(
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
}

export function PersonField(props: PersonFieldProps): JSX.Element {
  const { label, value, people, disabled, onChange, onError } = props;
  const id = React.useMemo(() => `oir-person-${Math.random().toString(36).slice(2)}`, []);
  const resolve = usePeopleSuggestions(people, onError);
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
