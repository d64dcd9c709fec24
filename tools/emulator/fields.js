"use strict";
/**
 * Field (column) entities and field creation as SharePoint does it: POST /fields (verbose,
 * __metadata type SP.FieldX), /fields/addfield, /fields/createfieldasxml (internal name from
 * DisplayName unless Options has AddFieldInternalNameHint = 8, a classic trap), MERGE to update.
 * Like SharePoint Online, a field keeps CustomFormatter (column format JSON, null when unset),
 * ClientSideComponentId (an SPFx Field Customizer, the empty GUID when unset) and
 * ClientSideComponentProperties (its JSON properties, null when unset).
 */
const { errors } = require("./errors");
const { FIELD_TYPE_KIND, TYPE_BY_KIND, FIELD_ODATA_TYPE, encodeXmlName, entityPropertyName } = require("./schema");
const { makeField, findListById } = require("./store");
const { plainEntity } = require("./serialize");

const ADD_FIELD_INTERNAL_NAME_HINT = 8;
const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** SharePoint reads ClientSideComponentId as Edm.Guid: anything else is refused, braces and case are normalized. */
function componentIdFrom(value) {
  const m = GUID.exec(String(value));
  if (!m) throw errors.wrongType("Edm.Guid");
  return m[1].toLowerCase();
}

/** The presentation properties a field stores (REST names → stored names). */
const PRESENTATION = { CustomFormatter: "customFormatter", ClientSideComponentId: "clientSideComponentId", ClientSideComponentProperties: "clientSideComponentProperties" };

function setPresentation(field, name, value) {
  if (name === "ClientSideComponentId") {
    field.clientSideComponentId = componentIdFrom(value) === EMPTY_GUID ? undefined : componentIdFrom(value);
    return;
  }
  if (value !== null && typeof value !== "string") throw errors.wrongType("Edm.String");
  field[PRESENTATION[name]] = value === null || value === "" ? undefined : value;
}

function internalNameFromTitle(list, title) {
  const base = encodeXmlName(title).slice(0, 32);
  let name = base, n = 0;
  while (list.fields.some((f) => f.internalName === name)) name = `${base.slice(0, 31)}${++n}`;
  return name;
}

function fieldProps(list, f, mode) {
  const choices = f.choices ? (mode === "verbose" ? { __metadata: { type: "Collection(Edm.String)" }, results: f.choices } : f.choices) : undefined;
  const props = {
    CanBeDeleted: !f.builtIn, DefaultValue: f.defaultValue === undefined ? null : String(f.defaultValue), Description: "",
    EnforceUniqueValues: Boolean(f.enforceUnique), EntityPropertyName: entityPropertyName(f.internalName), FieldTypeKind: FIELD_TYPE_KIND[f.type] || 2,
    Filterable: true, Group: f.builtIn ? "_Hidden" : "Custom Columns", Hidden: f.hidden, Id: f.id, Indexed: f.indexed,
    InternalName: f.internalName, ReadOnlyField: f.readOnly, Required: f.required, Sortable: f.type !== "Note" && f.type !== "MultiChoice",
    StaticName: f.internalName, Title: f.title, TypeAsString: f.type, TypeDisplayName: f.type, TypeShortDescription: f.type,
    ClientSideComponentId: f.clientSideComponentId || EMPTY_GUID, ClientSideComponentProperties: f.clientSideComponentProperties ?? null,
    CustomFormatter: f.customFormatter ?? null
  };
  if (choices) props.Choices = choices;
  if (f.type === "DateTime") props.DisplayFormat = f.format === "DateOnly" ? 0 : 1;
  if (f.type === "Text") props.MaxLength = 255;
  if (f.type === "Note") { props.RichText = Boolean(f.richText); props.NumberOfLines = 6; }
  if (f.type.startsWith("Lookup") || f.type.startsWith("User")) {
    props.AllowMultipleValues = f.type === "LookupMulti" || f.type === "UserMulti";
    props.LookupList = f.type.startsWith("User") ? "UserInfo" : `{${f.lookupListId || ""}}`;
    props.LookupField = f.type.startsWith("User") ? "ImnName" : f.lookupField || "Title";
  }
  if (f.type.startsWith("User")) props.SelectionMode = 0;
  return props;
}

function fieldEntity(c, list, f) {
  const link = `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
  return plainEntity(fieldProps(list, f, c.mode), { type: FIELD_ODATA_TYPE[f.type] || "SP.Field", id: `${c.siteUrl}/_api/${link}`, editLink: link }, c.mode, c.query.get("$select"));
}

function choicesFrom(value) {
  if (!value) return undefined;
  if (Array.isArray(value)) return value.map(String);
  if (Array.isArray(value.results)) return value.results.map(String);
  return undefined;
}

function typeFromKind(kind, props) {
  const base = TYPE_BY_KIND[kind];
  if (!base) throw errors.badRequest(`The field type kind '${kind}' is not supported by the emulator.`);
  if (base === "Lookup" && props.AllowMultipleValues) return "LookupMulti";
  if (base === "User" && props.AllowMultipleValues) return "UserMulti";
  return base;
}

/** Create a field from REST properties (POST /fields or /fields/addfield). */
function addFieldFromProps(c, list, props) {
  const title = props.Title;
  if (!title) throw errors.badRequest("The Title of the field is required.");
  let type = props.__metadata && props.__metadata.type
    ? Object.keys(FIELD_ODATA_TYPE).find((t) => FIELD_ODATA_TYPE[t] === props.__metadata.type && FIELD_TYPE_KIND[t] === props.FieldTypeKind)
    : undefined;
  if (!type) type = typeFromKind(props.FieldTypeKind, props);
  if (type === "Lookup" && props.AllowMultipleValues) type = "LookupMulti";
  const lookupListId = props.LookupListId || props.LookupList;
  if (type.startsWith("Lookup") && lookupListId && !findListById(c.site, lookupListId)) {
    throw errors.badRequest(`List does not exist. The page you selected contains a list that does not exist.`);
  }
  const field = makeField({
    internalName: internalNameFromTitle(list, title), displayName: title, type,
    required: props.Required, indexed: props.Indexed, enforceUniqueValues: props.EnforceUniqueValues, choices: choicesFrom(props.Choices),
    format: type === "DateTime" ? (props.DisplayFormat === 1 ? "DateTime" : "DateOnly") : undefined,
    richText: props.RichText, lookupListId: lookupListId ? String(lookupListId).replace(/[{}]/g, "").toLowerCase() : undefined,
    lookupField: props.LookupFieldName || props.LookupField
  });
  list.fields.push(field);
  return field;
}

function xmlDecode(s) {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e) => {
    const map = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };
    if (map[e.toLowerCase()]) return map[e.toLowerCase()];
    return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Create a field from CAML SchemaXml (POST /fields/createfieldasxml). */
function addFieldFromXml(c, list, parameters) {
  const xml = String(parameters.SchemaXml || "");
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw errors.badRequest("The SchemaXml is not a valid Field element.");
  const attrs = {};
  for (const m of open[1].matchAll(/([A-Za-z_:]+)\s*=\s*"([^"]*)"/g)) attrs[m[1]] = xmlDecode(m[2]);
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => xmlDecode(m[1]));
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const options = Number(parameters.Options || 0);
  const display = attrs.DisplayName || attrs.Name;
  const internalName = options & ADD_FIELD_INTERNAL_NAME_HINT && attrs.Name
    ? (list.fields.some((f) => f.internalName === attrs.Name) ? internalNameFromTitle(list, attrs.Name) : attrs.Name)
    : internalNameFromTitle(list, display);
  let type = attrs.Type;
  if (!FIELD_TYPE_KIND[type]) throw errors.badRequest(`The field type '${type}' is not supported by the emulator.`);
  if (type === "Lookup" && /^true$/i.test(attrs.Mult || "")) type = "LookupMulti";
  if (type === "User" && /^true$/i.test(attrs.Mult || "")) type = "UserMulti";
  const field = makeField({
    internalName, displayName: display, type, required: /^true$/i.test(attrs.Required || ""), indexed: /^true$/i.test(attrs.Indexed || ""),
    enforceUniqueValues: /^true$/i.test(attrs.EnforceUniqueValues || ""),
    choices: choices.length ? choices : undefined, format: attrs.Format, richText: /^true$/i.test(attrs.RichText || ""),
    default: def ? xmlDecode(def[1]) : undefined,
    lookupListId: attrs.List ? attrs.List.replace(/[{}]/g, "").toLowerCase() : undefined, lookupField: attrs.ShowField
  });
  for (const name of Object.keys(PRESENTATION)) if (attrs[name] !== undefined) setPresentation(field, name, attrs[name]);
  list.fields.push(field);
  return field;
}

/** MERGE on a field: the properties the emulator keeps are applied, others are ignored. */
function updateField(field, props) {
  for (const name of Object.keys(PRESENTATION)) if (props[name] !== undefined) setPresentation(field, name, props[name]);
  if (props.Title !== undefined) field.title = String(props.Title);
  if (props.Indexed !== undefined) field.indexed = Boolean(props.Indexed);
  if (props.EnforceUniqueValues !== undefined) field.enforceUnique = Boolean(props.EnforceUniqueValues);
  if (props.Required !== undefined) field.required = Boolean(props.Required);
  const choices = choicesFrom(props.Choices);
  if (choices) field.choices = choices;
}

module.exports = { fieldEntity, addFieldFromProps, addFieldFromXml, updateField, internalNameFromTitle, ADD_FIELD_INTERNAL_NAME_HINT };
