/** CAML field definitions (SchemaXml) for the fields of schema.json, as createFieldAsXml and elements.xml take them. */
import type { SchemaField } from "./listSchema";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface FieldXmlOptions {
  /** What goes in List="…" of a lookup: the target list's id ("{guid}") at run time, "Self" or a web-relative URL ("Lists/Planer") in provisioning files. */
  lookupListRef?: string;
  id?: string;
  /** An SPFx Field Customizer that draws the column's cells (its component id). */
  clientSideComponentId?: string;
  /** Column format JSON (column formatting), stored as the field's CustomFormatter. */
  customFormatter?: object;
}

/** `<Field …/>` for one field. */
export function fieldXml(field: SchemaField, options: FieldXmlOptions = {}): string {
  const attrs: [string, string][] = [];
  if (options.id) attrs.push(["ID", options.id]);
  attrs.push(["Name", field.internalName], ["StaticName", field.internalName], ["DisplayName", field.displayName]);
  const type = field.type;
  attrs.push(["Type", type]);
  if (field.required) attrs.push(["Required", "TRUE"]);
  if (field.indexed) attrs.push(["Indexed", "TRUE"]);
  // SPField.EnforceUniqueValues; Microsoft: set Indexed too (above).
  if (field.enforceUniqueValues) attrs.push(["EnforceUniqueValues", "TRUE"]);
  if (type === "DateTime") attrs.push(["Format", field.format ?? "DateTime"]);
  if (type === "Note") {
    attrs.push(["NumLines", "6"], ["RichText", field.richText ? "TRUE" : "FALSE"]);
    if (field.richText) attrs.push(["RichTextMode", "FullHtml"]);
    // Rich text must not be truncated to 255 characters; plain notes neither (role lists, JSON).
    attrs.push(["UnlimitedLengthInDocumentLibrary", "TRUE"]);
  }
  if (type === "User") attrs.push(["UserSelectionMode", "PeopleOnly"], ["List", "UserInfo"], ["ShowField", "ImnName"]);
  if (type === "Lookup" || type === "LookupMulti") {
    if (!options.lookupListRef) throw new RangeError(`Lookup ${field.internalName} needs its target list`);
    attrs.push(["List", options.lookupListRef], ["ShowField", field.lookupField ?? "Title"]);
    if (type === "LookupMulti") attrs.push(["Mult", "TRUE"]);
  }
  if (type === "MultiChoice" || type === "Choice") attrs.push(["FillInChoice", "FALSE"]);
  if (options.clientSideComponentId) attrs.push(["ClientSideComponentId", options.clientSideComponentId]);
  if (options.customFormatter) attrs.push(["CustomFormatter", JSON.stringify(options.customFormatter)]);
  const head = `<Field ${attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ")}`;
  const inner: string[] = [];
  if (field.choices) inner.push(`<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join("")}</CHOICES>`);
  if (field.default !== undefined) inner.push(`<Default>${escapeXml(field.default)}</Default>`);
  return inner.length > 0 ? `${head}>${inner.join("")}</Field>` : `${head} />`;
}
