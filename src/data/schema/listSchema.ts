/**
 * The shape of src/data/schema/schema.json (the single source for provisioning, the runtime
 * ensureSchema check and the emulator) and the helpers that read it.
 */
export type SchemaSite = "kombit" | "municipality";

export interface SchemaField {
  internalName: string;
  displayName: string;
  /** SharePoint TypeAsString: Text, Note, Number, Boolean, Choice, MultiChoice, DateTime, User, Lookup, LookupMulti. */
  type: string;
  builtIn?: boolean;
  indexed?: boolean;
  /** SharePoint refuses a second item with the same value (needs `indexed`). */
  enforceUniqueValues?: boolean;
  /**
   * Added when the lists are provisioned or created, but a list without it still works (the code
   * checks for it): not reported missing, so lists made by an earlier version keep working.
   */
  optional?: boolean;
  required?: boolean;
  choices?: string[];
  default?: string;
  format?: string;
  richText?: boolean;
  /** Key of the list a lookup points to. */
  lookupList?: string;
  lookupField?: string;
}

export interface SchemaList {
  key: string;
  site: SchemaSite;
  title: string;
  description?: string;
  /** Key of a list whose fields this one has too (the municipality's Planer copies KOMBIT's). */
  copyOf?: string;
  fields: SchemaField[];
}

export interface ListSchema {
  prefix: string;
  lists: SchemaList[];
}

/** A list's fields with those of its copyOf list first; a field of its own replaces a copied one of the same name. */
export function fieldsOf(schema: ListSchema, list: SchemaList): SchemaField[] {
  const own = new Map(list.fields.map((f) => [f.internalName, f]));
  const base = list.copyOf ? schema.lists.find((l) => l.key === list.copyOf) : undefined;
  if (list.copyOf && !base) throw new RangeError(`List ${list.key} copies unknown list ${list.copyOf}`);
  const copied = base ? fieldsOf(schema, base).map((f) => own.get(f.internalName) ?? f) : [];
  const copiedNames = new Set(copied.map((f) => f.internalName));
  return [...copied, ...list.fields.filter((f) => !copiedNames.has(f.internalName))];
}

/** Display names by internal name over every list (to name a column SharePoint rejected). */
export function displayNamesOf(schema: ListSchema): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of schema.lists) for (const f of fieldsOf(schema, list)) if (!names.has(f.internalName)) names.set(f.internalName, f.displayName);
  return names;
}
