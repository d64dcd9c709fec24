"use strict";
/**
 * List definitions: read src/data/schema/schema.json (the same file provisioning and
 * ensureSchema use), resolve `copyOf`, and describe each field the way SharePoint does
 * (TypeAsString, FieldTypeKind, entity property names, built-in columns every list has).
 */
const fs = require("fs");

const FIELD_TYPE_KIND = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8,
  Number: 9, Currency: 10, URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19,
  User: 20, LookupMulti: 7, UserMulti: 20
};
const TYPE_BY_KIND = { 1: "Integer", 2: "Text", 3: "Note", 4: "DateTime", 6: "Choice", 7: "Lookup", 8: "Boolean", 9: "Number", 10: "Currency", 15: "MultiChoice", 20: "User" };

const FIELD_ODATA_TYPE = {
  Text: "SP.FieldText", Note: "SP.FieldMultiLineText", DateTime: "SP.FieldDateTime", Counter: "SP.FieldNumber",
  Choice: "SP.FieldChoice", MultiChoice: "SP.FieldMultiChoice", Lookup: "SP.FieldLookup", LookupMulti: "SP.FieldLookup",
  Boolean: "SP.Field", Number: "SP.FieldNumber", Integer: "SP.Field", Currency: "SP.FieldCurrency", User: "SP.FieldUser",
  UserMulti: "SP.FieldUser", Computed: "SP.FieldComputed", Guid: "SP.FieldGuid", Attachments: "SP.Field", URL: "SP.FieldUrl"
};

/** Edm type of a field's value in the item entity (used in "wrong type" messages). */
const EDM_TYPE = {
  Text: "Edm.String", Note: "Edm.String", Choice: "Edm.String", DateTime: "Edm.DateTime", Number: "Edm.Double",
  Currency: "Edm.Double", Integer: "Edm.Int32", Counter: "Edm.Int32", Boolean: "Edm.Boolean", MultiChoice: "Collection(Edm.String)",
  Lookup: "Edm.Int32", User: "Edm.Int32", LookupMulti: "Collection(Edm.Int32)", UserMulti: "Collection(Edm.Int32)", Guid: "Edm.Guid"
};

/** Columns every generic list has; readOnly ones are ignored on write, as SharePoint does. */
const BUILT_IN_FIELDS = [
  { internalName: "ID", displayName: "ID", type: "Counter", readOnly: true, indexed: true },
  { internalName: "ContentTypeId", displayName: "Content Type ID", type: "Computed", readOnly: true, hidden: true },
  { internalName: "Created", displayName: "Created", type: "DateTime", readOnly: true },
  { internalName: "Modified", displayName: "Modified", type: "DateTime", readOnly: true },
  { internalName: "Author", displayName: "Created By", type: "User", readOnly: true },
  { internalName: "Editor", displayName: "Modified By", type: "User", readOnly: true },
  { internalName: "_UIVersionString", displayName: "Version", type: "Text", readOnly: true },
  { internalName: "Attachments", displayName: "Attachments", type: "Attachments", readOnly: true },
  { internalName: "GUID", displayName: "GUID", type: "Guid", readOnly: true, hidden: true },
  { internalName: "FileSystemObjectType", displayName: "Item Type", type: "Integer", readOnly: true, hidden: true }
];

/** SharePoint's XML-name encoding of a non-ASCII or special character: "ø" → "_x00f8_". */
function encodeXmlName(name) {
  let out = "";
  for (const ch of name) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0).toString(16).padStart(4, "0")}_`;
  }
  return out;
}

/** The entity property name SharePoint uses for a field ("_UIVersionString" → "OData__UIVersionString"). */
function entityPropertyName(internalName) {
  return internalName.startsWith("_") ? `OData_${internalName}` : internalName;
}

function isUserType(type) { return type === "User" || type === "UserMulti"; }
function isLookupType(type) { return type === "Lookup" || type === "LookupMulti" || isUserType(type); }
function isMultiType(type) { return type === "LookupMulti" || type === "UserMulti" || type === "MultiChoice"; }

function loadSchema(schemaFile) {
  const raw = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const byKey = new Map(raw.lists.map((l) => [l.key, l]));
  const resolveFields = (def) => {
    if (!def.copyOf) return def.fields.slice();
    const base = resolveFields(byKey.get(def.copyOf));
    const own = new Map(def.fields.map((f) => [f.internalName, f]));
    const merged = base.map((f) => own.get(f.internalName) || f);
    for (const f of def.fields) if (!base.some((b) => b.internalName === f.internalName)) merged.push(f);
    return merged;
  };
  return raw.lists.map((def) => ({
    key: def.key,
    site: def.site,
    title: def.title,
    description: def.description || "",
    fields: resolveFields(def)
  }));
}

module.exports = {
  loadSchema, BUILT_IN_FIELDS, FIELD_TYPE_KIND, TYPE_BY_KIND, FIELD_ODATA_TYPE, EDM_TYPE,
  encodeXmlName, entityPropertyName, isUserType, isLookupType, isMultiType
};
