"use strict";
/**
 * Binding of property paths used in $filter/$orderby/$select to list columns:
 * "Title", "ID", "OirPersonId", "OirPerson/EMail" (needs $expand=OirPerson), "OirTask/OirCode".
 * A binding knows how to read a comparable value from an item and whether an index serves it.
 */
const { errors, SpError, CODES } = require("./errors");
const { entityPropertyName, isUserType, isMultiType } = require("./schema");
const { findListById, findItem, getField } = require("./store");

/** User properties that can be projected through $expand of a person column. */
const USER_PROJECTIONS = {
  id: ["Id", (u) => u.Id], title: ["Title", (u) => u.Title], email: ["EMail", (u) => u.Email],
  name: ["Name", (u) => u.LoginName], username: ["UserName", (u) => u.Email],
  firstname: ["FirstName", (u) => u.Title.split(" ")[0]], lastname: ["LastName", (u) => u.Title.split(" ").slice(1).join(" ")],
  jobtitle: ["JobTitle", (u) => u.JobTitle || null], department: ["Department", (u) => u.Department || null],
  office: ["Office", () => null], sipaddress: ["SipAddress", (u) => u.Email]
};
USER_PROJECTIONS.ID = USER_PROJECTIONS.id;

const PROJECTABLE_TYPES = new Set(["Text", "Number", "Counter", "Choice", "DateTime", "Boolean", "Integer", "Currency"]);

const KIND_BY_TYPE = {
  Text: "string", Note: "string", Choice: "string", MultiChoice: "string", Guid: "string", Computed: "string",
  Number: "number", Currency: "number", Integer: "number", Counter: "number",
  Boolean: "boolean", Attachments: "boolean", DateTime: "date",
  Lookup: "number", LookupMulti: "number", User: "number", UserMulti: "number"
};

function comparable(kind, raw) {
  if (raw === null || raw === undefined) return null;
  if (kind === "date") return Date.parse(raw);
  if (kind === "string") return String(raw);
  return raw;
}

/** Raw stored value of a column (system columns live on the item itself). */
function rawValue(item, field) {
  switch (field.internalName) {
    case "ID": return item.ID;
    case "Created": return item.Created;
    case "Modified": return item.Modified;
    case "Author": return item.AuthorId;
    case "Editor": return item.EditorId;
    case "GUID": return item.GUID;
    case "_UIVersionString": return `${item.version}.0`;
    case "Attachments": return false;
    case "ContentTypeId": return "0x0100";
    case "FileSystemObjectType": return 0;
    default: {
      const v = item.values[field.internalName];
      return v === undefined ? (isMultiType(field.type) && field.type !== "MultiChoice" ? [] : null) : v;
    }
  }
}

function findFieldInsensitive(list, name) {
  const exact = list.fields.find((f) => entityPropertyName(f.internalName) === name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  return list.fields.find((f) => entityPropertyName(f.internalName).toLowerCase() === lower);
}

/** Target values of a lookup/person column for projections: user records or target items. */
function lookupTargets(site, field, ids) {
  if (isUserType(field.type)) return ids.map((id) => site.users.find((u) => u.Id === id)).filter(Boolean);
  const target = findListById(site, field.lookupListId);
  if (!target) return [];
  return ids.map((id) => findItem(target, id)).filter(Boolean);
}

/** Resolve a projection "Sub" of a lookup/person column to { name, kind, read(target) }. */
function projection(site, field, sub, path) {
  if (isUserType(field.type)) {
    const p = USER_PROJECTIONS[sub.toLowerCase()] || USER_PROJECTIONS[sub];
    if (!p) throw new SpError(400, CODES.argument, `The query to field '${path}' is not valid.`);
    return { name: p[0], kind: sub.toLowerCase() === "id" ? "number" : "string", read: p[1] };
  }
  const target = findListById(site, field.lookupListId);
  if (!target) throw new SpError(400, CODES.argument, `The query to field '${path}' is not valid.`);
  if (sub.toLowerCase() === "id") return { name: sub === "ID" ? "ID" : "Id", kind: "number", read: (it) => it.ID };
  const tf = findFieldInsensitive(target, sub);
  if (!tf || !PROJECTABLE_TYPES.has(tf.type)) throw new SpError(400, CODES.argument, `The query to field '${path}' is not valid.`);
  return { name: entityPropertyName(tf.internalName), kind: KIND_BY_TYPE[tf.type], read: (it) => rawValue(it, tf) };
}

/**
 * Bind a path for $filter/$orderby. Returns { kind, multi, indexed, field, read(item) → comparable|array }.
 * @param {"filter"|"orderby"} purpose
 */
function bindPath(site, list, path, expand, purpose) {
  const [head, sub, extra] = path.split("/");
  if (extra !== undefined) throw errors.badExpression(path);
  if (/^id$/i.test(head) && !sub) {
    return { kind: "number", multi: false, indexed: true, read: (it) => it.ID };
  }
  let field = findFieldInsensitive(list, head);
  let asId = false;
  if (!field && /Id$/.test(head)) {
    const f = findFieldInsensitive(list, head.slice(0, -2));
    if (f && KIND_BY_TYPE[f.type] === "number" && (f.type.startsWith("Lookup") || isUserType(f.type))) { field = f; asId = true; }
  }
  if (!field) throw errors.unknownColumn(head);
  const isLookup = field.type.startsWith("Lookup") || isUserType(field.type);
  const multi = isMultiType(field.type);
  if (sub !== undefined) {
    if (!isLookup) throw errors.unknownColumn(path);
    if (!expand.has(field.internalName.toLowerCase())) throw errors.needsExpand(path, field.internalName);
    const proj = projection(site, field, sub, path);
    return {
      kind: proj.kind, multi, field,
      indexed: field.indexed && proj.kind === "number" && /^id$/i.test(sub),
      read: (it) => {
        const raw = rawValue(it, field);
        const ids = raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        const vals = lookupTargets(site, field, ids).map((t) => comparable(proj.kind, proj.read(t)));
        return multi ? vals : (vals.length ? vals[0] : null);
      }
    };
  }
  if (field.type === "Note") {
    throw new SpError(400, CODES.columnMissing,
      `The field '${field.internalName}' of type 'Note' cannot be used in the query ${purpose === "orderby" ? "order by" : "filter"} expression.`);
  }
  if (isLookup && !asId && purpose === "filter") {
    // A lookup or person column is filtered by its id ("OirTaskId eq 3") or, with $expand, by a
    // projection ("OirTask/OirCode eq 'PL 12'"); the bare navigation name is refused.
    throw new SpError(400, CODES.columnMissing,
      `The field '${field.internalName}' of type '${field.type}' cannot be used in the query filter expression.`);
  }
  const kind = KIND_BY_TYPE[field.type] || "string";
  return {
    kind, multi, field, indexed: field.indexed,
    read: (it) => {
      const raw = rawValue(it, field);
      if (multi) return (raw || []).map((v) => comparable(kind, v));
      return comparable(kind, raw);
    }
  };
}

module.exports = { bindPath, rawValue, projection, lookupTargets, findFieldInsensitive, KIND_BY_TYPE, USER_PROJECTIONS, getField };
