/**
 * Recognises a municipality's local Planer list by its columns, not its title: KOMBIT's master
 * list is also called "Planer" (and a municipality may rename its copy). The command set is
 * registered on every generic list, so this runs on every list view: one small GET of two field
 * names, answered once per list and page.
 */

/**
 * Columns only the local plan has (src/data/schema/schema.json, list "localPlan"): the master
 * item's id and the local status. KOMBIT's master Planer list has neither
 * (tests/unit/extensions/localPlanProbe.test.ts checks this against the schema).
 */
export const LOCAL_PLAN_COLUMNS = ["OirMasterItemId", "OirStatus"] as const;

/** The REST URL that lists which of LOCAL_PLAN_COLUMNS the list has (JSON light, nometadata). */
export function localPlanFieldsUrl(webAbsoluteUrl: string, listId: string): string {
  const id = listId.replace(/[{}]/g, "");
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`Not a list id: ${listId}`);
  const filter = LOCAL_PLAN_COLUMNS.map((name) => `InternalName eq '${name}'`).join(" or ");
  return `${webAbsoluteUrl.replace(/\/+$/, "")}/_api/web/lists(guid'${id}')/fields?$select=InternalName&$filter=${encodeURIComponent(filter)}`;
}

/** Whether a fields answer (JSON light `value`, or verbose `d.results`) holds every local plan column. */
export function hasLocalPlanColumns(body: unknown): boolean {
  const record = (body ?? {}) as { value?: unknown; d?: { results?: unknown } };
  const fields = Array.isArray(record.value) ? record.value : Array.isArray(record.d?.results) ? record.d?.results : undefined;
  if (!Array.isArray(fields)) throw new Error("The list's fields answer has no value array");
  const names = new Set(fields.map((f: { InternalName?: unknown }) => f?.InternalName));
  return LOCAL_PLAN_COLUMNS.every((name) => names.has(name));
}
