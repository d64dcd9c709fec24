"use strict";
/**
 * Incoming item values: map the entity properties of a POST/MERGE body to stored column
 * values, rejecting unknown properties and wrong types with SharePoint's 400 messages.
 */
const { errors, SpError, CODES } = require("./errors");
const { EDM_TYPE, entityPropertyName, isUserType, isMultiType } = require("./schema");
const { parseIncomingDate, formatUtc, normaliseDateOnly } = require("./dates");

/** Map of entity property name → { field, kind } accepted in write bodies. */
function writableProperties(list) {
  const map = new Map();
  for (const f of list.fields) {
    const t = f.type;
    if (t === "Lookup" || t === "LookupMulti" || t === "User" || t === "UserMulti") {
      map.set(`${f.internalName}Id`, { field: f, kind: "id" });
      if (isUserType(t)) map.set(`${f.internalName}StringId`, { field: f, kind: "stringId" });
    } else {
      map.set(entityPropertyName(f.internalName), { field: f, kind: "value" });
    }
  }
  return map;
}

/** Unwrap a collection value: JSON light wants an array, verbose wants {results:[...]}. */
function collection(value, field, verbose) {
  if (value === null) return null;
  if (Array.isArray(value)) return value;
  if (value && typeof value === "object" && Array.isArray(value.results)) {
    if (verbose) return value.results;
    throw errors.expectedArray();
  }
  throw errors.wrongType(EDM_TYPE[field.type] || "Edm.String");
}

function toNumber(value, field) {
  if (value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  throw errors.wrongType(EDM_TYPE[field.type] || "Edm.Double");
}

function toId(value, field, site) {
  if (value === null || value === undefined) return null;
  const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n)) throw errors.wrongType("Edm.Int32");
  if (n <= 0) return null;
  if (isUserType(field.type) && !site.users.some((u) => u.Id === n)) {
    throw new SpError(400, CODES.userMissing, "The user does not exist or is not unique.");
  }
  return n;
}

function convertValue(field, value) {
  switch (field.type) {
    case "Text": case "Note": case "Choice":
      if (value === null) return null;
      if (typeof value !== "string") throw errors.wrongType("Edm.String");
      if (field.type === "Text" && value.length > 255) {
        throw new SpError(400, "-2130575162, Microsoft.SharePoint.SPFieldValidationException",
          "The value for field '" + field.title + "' is too long.");
      }
      return value;
    case "Number": case "Currency": case "Integer":
      return toNumber(value, field);
    case "Boolean":
      if (value === null) return false;
      if (typeof value === "boolean") return value;
      throw errors.wrongType("Edm.Boolean");
    case "DateTime": {
      if (value === null) return null;
      const ms = parseIncomingDate(value);
      if (Number.isNaN(ms)) throw errors.wrongType("Edm.DateTime");
      return field.format === "DateOnly" ? normaliseDateOnly(ms) : formatUtc(ms);
    }
    default:
      throw errors.wrongType(EDM_TYPE[field.type] || "Edm.String");
  }
}

/**
 * Validate a write body against a list. Returns the stored values to merge.
 * @param {object} body parsed JSON body
 * @param {{verbose:boolean, site:object, typeName:string}} ctx
 */
function valuesFromBody(list, body, ctx) {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw errors.badRequest("The request body is not a JSON object.");
  const props = writableProperties(list);
  const out = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("odata.")) continue;
    if (key === "__metadata") {
      if (ctx.verbose) {
        const type = value && value.type;
        if (type && type !== ctx.typeName) {
          throw errors.badRequest(`A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
        }
        continue;
      }
      throw errors.unknownProperty(key, ctx.typeName);
    }
    const prop = props.get(key);
    if (!prop) throw errors.unknownProperty(key, ctx.typeName);
    const { field, kind } = prop;
    if (field.readOnly) continue; // SharePoint ignores system columns in REST writes
    if (kind === "stringId") {
      out[field.internalName] = toId(value === null ? null : Number(value), field, ctx.site);
    } else if (kind === "id") {
      if (isMultiType(field.type)) {
        const arr = collection(value, field, ctx.verbose);
        out[field.internalName] = arr === null ? [] : arr.map((v) => toId(v, field, ctx.site)).filter((v) => v !== null);
      } else {
        out[field.internalName] = toId(value, field, ctx.site);
      }
    } else if (field.type === "MultiChoice") {
      const arr = collection(value, field, ctx.verbose);
      if (arr && arr.some((v) => typeof v !== "string")) throw errors.wrongType("Edm.String");
      out[field.internalName] = arr && arr.length ? arr.slice() : null;
    } else {
      out[field.internalName] = convertValue(field, value);
    }
  }
  return out;
}

module.exports = { valuesFromBody, writableProperties };
