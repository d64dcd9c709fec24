"use strict";
/**
 * The emulator's data: sites → lists → fields and items, with SharePoint's bookkeeping
 * (ID counter, GUID, version, Created/Modified, Author/Editor). Values are stored in a
 * storage form (see values.js); serialisation to OData happens in serialize.js.
 */
const crypto = require("crypto");
const { BUILT_IN_FIELDS, encodeXmlName } = require("./schema");
const { formatUtc } = require("./dates");
const { errors } = require("./errors");

const newGuid = () => crypto.randomUUID();

function nowUtc() { return formatUtc(Date.now()); }

function createSite(key, path, title) {
  return { key, path, title, id: newGuid(), users: [], permissions: {}, nextUserId: 1, lists: [] };
}

function makeField(def) {
  return {
    id: def.id || newGuid(),
    internalName: def.internalName,
    title: def.displayName || def.title || def.internalName,
    type: def.type,
    required: Boolean(def.required),
    indexed: Boolean(def.indexed),
    // SPField.EnforceUniqueValues: no two items may hold the same value (empty values excepted).
    enforceUnique: Boolean(def.enforceUniqueValues),
    readOnly: Boolean(def.readOnly),
    hidden: Boolean(def.hidden),
    builtIn: Boolean(def.builtIn || def.readOnly),
    choices: def.choices ? def.choices.slice() : undefined,
    format: def.type === "DateTime" ? (def.format || "DateTime") : undefined,
    richText: def.richText ? true : undefined,
    defaultValue: def.default !== undefined ? def.default : undefined,
    lookupListId: def.lookupListId,
    lookupField: def.lookupField
  };
}

function createList(site, { title, description = "", baseTemplate = 100, fields = [] }) {
  if (site.lists.some((l) => l.title.toLowerCase() === title.toLowerCase())) throw errors.listExists(title);
  const created = nowUtc();
  const urlName = title.replace(/[^\p{L}\p{N}]/gu, "") || "List";
  const list = {
    id: newGuid(), title, description, baseTemplate, created, lastItemModified: created,
    url: `${site.path}/Lists/${urlName}`,
    entityName: encodeXmlName(urlName[0].toUpperCase() + urlName.slice(1)),
    fields: [], items: [], nextId: 1
  };
  const titleDef = fields.find((f) => f.internalName === "Title") || { internalName: "Title", displayName: "Title", type: "Text", builtIn: true };
  for (const def of BUILT_IN_FIELDS) list.fields.push(makeField(def));
  list.fields.splice(1, 0, makeField({ ...titleDef, builtIn: true }));
  for (const def of fields) if (def.internalName !== "Title") list.fields.push(makeField(def));
  site.lists.push(list);
  return list;
}

function findList(site, title) {
  return site.lists.find((l) => l.title.toLowerCase() === String(title).toLowerCase());
}

function findListById(site, id) {
  const want = String(id).replace(/[{}]/g, "").toLowerCase();
  return site.lists.find((l) => l.id === want);
}

function getField(list, name) {
  return list.fields.find((f) => f.internalName === name);
}

function findFieldByNameOrTitle(list, name) {
  return list.fields.find((f) => f.internalName === name) || list.fields.find((f) => f.title === name);
}

/** Binary search: items are kept ordered by ID. */
function findItem(list, id) {
  const items = list.items;
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = items[mid].ID;
    if (v === id) return items[mid];
    if (v < id) lo = mid + 1; else hi = mid - 1;
  }
  return undefined;
}

function defaultsFor(list) {
  const values = {};
  for (const f of list.fields) {
    if (f.readOnly) continue;
    if (f.defaultValue !== undefined) values[f.internalName] = f.defaultValue;
  }
  return values;
}

/** Comparable form of a stored value for a uniqueness check; undefined for an empty value. */
function uniqueForm(value) {
  if (value === null || value === undefined || value === "") return undefined;
  // SharePoint compares unique text case-insensitively ("ABC" and "abc" are duplicates).
  return typeof value === "string" ? value.toLowerCase() : JSON.stringify(value);
}

/**
 * Refuses values that a column with EnforceUniqueValues already holds on another item, as
 * SharePoint does for an add or an update (errors.duplicateValues). Empty values are not compared:
 * a unique column that is not required may be empty on many items. `item`: the item being
 * updated (its own value is no duplicate), undefined for an add.
 */
function checkUniqueValues(list, values, item) {
  const duplicates = [];
  for (const f of list.fields) {
    if (!f.enforceUnique || !(f.internalName in values)) continue;
    const wanted = uniqueForm(values[f.internalName]);
    if (wanted === undefined) continue;
    if (list.items.some((other) => other !== item && uniqueForm(other.values[f.internalName]) === wanted)) duplicates.push(f.title);
  }
  if (duplicates.length > 0) throw errors.duplicateValues(duplicates);
}

/** Insert a new item with already-validated storage values. */
function insertItem(list, values, userId, at) {
  const stamp = at || nowUtc();
  const item = {
    ID: list.nextId++, GUID: newGuid(), version: 1, Created: stamp, Modified: stamp,
    AuthorId: userId, EditorId: userId, values: { ...defaultsFor(list), ...values }
  };
  list.items.push(item);
  list.lastItemModified = stamp;
  return item;
}

function updateItem(list, item, values, userId) {
  Object.assign(item.values, values);
  item.version += 1;
  item.Modified = nowUtc();
  item.EditorId = userId;
  list.lastItemModified = item.Modified;
  return item;
}

function removeItem(list, item) {
  const idx = list.items.indexOf(item);
  if (idx >= 0) list.items.splice(idx, 1);
  list.lastItemModified = nowUtc();
}

/** The item's ETag as SharePoint puts it in bodies ("\"3\"") and in headers ("\"<guid>,3\""). */
function bodyETag(item) { return `"${item.version}"`; }
function headerETag(item) { return `"${item.GUID},${item.version}"`; }

/** Does an If-Match value match the item? Accepts *, "3", 3, "<guid>,3" and W/ prefixes. */
function etagMatches(ifMatch, item) {
  const raw = String(ifMatch).trim();
  if (raw === "*") return true;
  const bare = raw.replace(/^W\//, "").replace(/^"(.*)"$/, "$1").trim();
  const comma = bare.lastIndexOf(",");
  if (comma >= 0) {
    // SharePoint compares the text: braces or upper-case GUIDs do not match (a known 412 trap).
    return bare.slice(0, comma) === item.GUID && bare.slice(comma + 1) === String(item.version);
  }
  return bare === String(item.version);
}

module.exports = {
  newGuid, nowUtc, createSite, createList, makeField, findList, findListById, getField, findFieldByNameOrTitle,
  findItem, insertItem, updateItem, removeItem, bodyETag, headerETag, etagMatches, checkUniqueValues
};
