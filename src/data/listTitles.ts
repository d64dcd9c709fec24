/**
 * List titles by schema key. Titles are configurable in the property pane (a municipality may
 * have renamed a list); the defaults are those of src/data/schema/schema.json (a unit test
 * keeps them equal).
 */
export interface ListTitles {
  /** KOMBIT's Planer (on KOMBIT's site). */
  masterPlan: string;
  /** KOMBIT's Bølger. */
  waves: string;
  /** The municipality's Planer. */
  localPlan: string;
  workingGroup: string;
  bookings: string;
  attendance: string;
}

export const DEFAULT_LIST_TITLES: Readonly<ListTitles> = {
  masterPlan: "Planer",
  waves: "Bølger",
  localPlan: "Planer",
  workingGroup: "Arbejdsgruppe",
  bookings: "Ressourcebookinger",
  attendance: "Webinardeltagelse"
};

export function resolveListTitles(overrides: Partial<ListTitles> = {}): ListTitles {
  const titles: ListTitles = { ...DEFAULT_LIST_TITLES };
  for (const key of Object.keys(overrides) as (keyof ListTitles)[]) {
    const value = overrides[key];
    if (typeof value === "string" && value.trim() !== "") titles[key] = value.trim();
  }
  return titles;
}
