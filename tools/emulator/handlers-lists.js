"use strict";
/** /_api/web/lists: the collection, one list (getbytitle, lists(guid), getlist), its fields, items and default view. */
const { errors } = require("./errors");
const { plainEntity, entityBody, collectionBody, itemTypeName } = require("./serialize");
const { createList, findList, findListById, findFieldByNameOrTitle } = require("./store");
const { requireEdit, requireRead, permissionLevel, emailFromLogon } = require("./users");
const { permissionsBody } = require("./handlers-web");
const { fieldEntity, addFieldFromProps, addFieldFromXml, updateField } = require("./fields");
const { handleItems } = require("./handlers-items");
const { handleDefaultView } = require("./views");
const { parseFilter } = require("./odata-filter");

function ok(body, status = 200, headers = {}) { return { status, headers, body }; }

function listProps(c, list) {
  return {
    AllowContentTypes: true, BaseTemplate: list.baseTemplate, BaseType: 0, ContentTypesEnabled: false,
    Created: list.created, Description: list.description, EnableAttachments: true, EnableVersioning: true,
    EntityTypeName: `${list.entityName}List`, Hidden: false, Id: list.id, ItemCount: list.items.length,
    LastItemModifiedDate: list.lastItemModified, ListItemEntityTypeFullName: itemTypeName(list),
    ParentWebUrl: c.site.path, Title: list.title
  };
}

function listEntity(c, list) {
  const link = `Web/Lists(guid'${list.id}')`;
  return plainEntity(listProps(c, list), { type: "SP.List", id: `${c.siteUrl}/_api/${link}`, editLink: link }, c.mode, c.query.get("$select"));
}

/** Resolve the list addressed by the first segments; returns [list, restSegments] or null if the collection. */
function resolveList(c, segs) {
  const [lists, second] = segs;
  if (lists.lower === "getlist") {
    const url = String(lists.arg || "").toLowerCase().replace(/\/$/, "");
    const list = c.site.lists.find((l) => l.url.toLowerCase() === url || `${c.siteUrl}${l.url.slice(c.site.path.length)}`.toLowerCase() === url);
    if (!list) throw errors.listMissing(lists.arg, c.siteUrl);
    return [list, segs.slice(1)];
  }
  if (lists.arg !== undefined) {
    const list = findListById(c.site, lists.arg);
    if (!list) throw errors.listMissing(lists.arg, c.siteUrl);
    return [list, segs.slice(1)];
  }
  if (!second) return null;
  if (second.lower === "getbytitle") {
    const list = findList(c.site, second.arg);
    if (!list) throw errors.listMissing(second.arg, c.siteUrl);
    return [list, segs.slice(2)];
  }
  if (second.lower === "getbyid") {
    const list = findListById(c.site, second.arg);
    if (!list) throw errors.listMissing(second.arg, c.siteUrl);
    return [list, segs.slice(2)];
  }
  throw errors.notFound(`lists/${second.name}`);
}

function filterPlain(c, entities) {
  const text = c.query.get("$filter");
  if (!text) return entities;
  // A tiny evaluator for plain collections (fields, lists): reuse the item filter over a synthetic list.
  const ast = parseFilter(text);
  const keyOf = (obj, name) => Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  const test = (obj, node) => {
    switch (node.type) {
      case "and": return test(obj, node.left) && test(obj, node.right);
      case "or": return test(obj, node.left) || test(obj, node.right);
      case "not": return !test(obj, node.expr);
      case "cmp": {
        const key = keyOf(obj, node.left.path || "");
        if (!key) throw errors.unknownEntityProperty(node.left.path);
        const a = obj[key], b = node.right.value;
        const eq = typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
        return node.op === "eq" ? eq : node.op === "ne" ? !eq : node.op === "lt" ? a < b : node.op === "le" ? a <= b : node.op === "gt" ? a > b : a >= b;
      }
      case "func": {
        const [p, s] = node.name === "startswith" ? node.args : [node.args[1], node.args[0]];
        const v = String(obj[keyOf(obj, p.path)] || "").toLowerCase();
        return node.name === "startswith" ? v.startsWith(s.value.toLowerCase()) : v.includes(s.value.toLowerCase());
      }
      default: return true;
    }
  };
  return entities.filter((e) => test(e.props, ast));
}

function handleFields(c, list, rest) {
  const [, second, third] = rest;
  if (!second) {
    if (c.method === "GET") {
      const all = list.fields.map((f) => ({ f, props: { ...f, InternalName: f.internalName, Title: f.title, Hidden: f.hidden, ReadOnlyField: f.readOnly, TypeAsString: f.type, Indexed: f.indexed, Required: f.required } }));
      const kept = filterPlain(c, all);
      return ok(collectionBody(kept.map(({ f }) => fieldEntity(c, list, f)), c.mode, { metadataUrl: `${c.siteUrl}/_api/$metadata#SP.ApiData.Fields` }));
    }
    if (c.method === "POST") {
      requireEdit(c.site, c.userEmail);
      const field = addFieldFromProps(c, list, c.json() || {});
      c.changed();
      return ok(entityBody(fieldEntity(c, list, field), c.mode), 201);
    }
    throw errors.methodNotAllowed(c.method, "fields");
  }
  let field;
  switch (second.lower) {
    case "addfield":
      requireEdit(c.site, c.userEmail);
      field = addFieldFromProps(c, list, (c.json() || {}).parameters || {});
      c.changed();
      return ok(entityBody(fieldEntity(c, list, field), c.mode), 200);
    case "createfieldasxml":
      requireEdit(c.site, c.userEmail);
      field = addFieldFromXml(c, list, (c.json() || {}).parameters || {});
      c.changed();
      return ok(entityBody(fieldEntity(c, list, field), c.mode), 200);
    case "getbyinternalnameortitle":
      field = findFieldByNameOrTitle(list, second.arg);
      break;
    case "getbytitle":
      field = list.fields.find((f) => f.title === second.arg);
      break;
    case "getbyid":
      field = list.fields.find((f) => f.id === String(second.arg).replace(/[{}]/g, "").toLowerCase());
      break;
    default:
      throw errors.notFound(`fields/${second.name}`);
  }
  if (!field) throw errors.fieldMissing(second.arg);
  if (third) throw errors.notFound(`fields/${third.name}`);
  if (c.method === "GET") return ok(entityBody(fieldEntity(c, list, field), c.mode));
  requireEdit(c.site, c.userEmail);
  if (c.method === "MERGE" || c.method === "PATCH") { updateField(field, c.json() || {}); c.changed(); return ok(null, 204); }
  if (c.method === "DELETE") {
    if (field.builtIn) throw errors.badRequest("You cannot delete a built-in column.");
    list.fields.splice(list.fields.indexOf(field), 1);
    c.changed();
    return ok("", 200);
  }
  throw errors.methodNotAllowed(c.method, "field");
}

function handleLists(c, segs) {
  requireRead(c.site, c.userEmail);
  const resolved = resolveList(c, segs);
  if (!resolved) {
    if (c.method === "GET") {
      const all = c.site.lists.map((l) => ({ l, props: listProps(c, l) }));
      return ok(collectionBody(filterPlain(c, all).map(({ l }) => listEntity(c, l)), c.mode, { metadataUrl: `${c.siteUrl}/_api/$metadata#SP.ApiData.Lists` }));
    }
    if (c.method === "POST") {
      requireEdit(c.site, c.userEmail);
      const body = c.json() || {};
      if (!body.Title) throw errors.badRequest("The list Title is required.");
      const list = createList(c.site, { title: body.Title, description: body.Description || "", baseTemplate: body.BaseTemplate || 100 });
      c.changed();
      return ok(entityBody(listEntity({ ...c, query: new URLSearchParams() }, list), c.mode), 201);
    }
    throw errors.methodNotAllowed(c.method, "lists");
  }
  const [list, rest] = resolved;
  const next = rest[0];
  c.permissions = (cc) => permissionsBody(cc, permissionLevel(cc.site, cc.userEmail));
  if (!next) {
    if (c.method === "GET") return ok(entityBody(listEntity(c, list), c.mode, `${c.siteUrl}/_api/$metadata#SP.ApiData.Lists/@Element`));
    requireEdit(c.site, c.userEmail);
    if (c.method === "MERGE" || c.method === "PATCH") {
      const body = c.json() || {};
      if (body.Title !== undefined) list.title = String(body.Title);
      if (body.Description !== undefined) list.description = String(body.Description);
      c.changed();
      return ok(null, 204);
    }
    if (c.method === "DELETE") { c.site.lists.splice(c.site.lists.indexOf(list), 1); c.changed(); return ok("", 200); }
    throw errors.methodNotAllowed(c.method, "list");
  }
  switch (next.lower) {
    case "items": return handleItems(c, list, rest);
    case "fields": return handleFields(c, list, rest);
    case "defaultview": return handleDefaultView(c, list, rest);
    case "effectivebasepermissions": return c.permissions(c);
    case "getusereffectivepermissions": return permissionsBody(c, permissionLevel(c.site, emailFromLogon(next.arg)));
    case "itemcount": return ok(entityBody({ value: list.items.length }, c.mode));
    default: throw errors.notFound(`list/${next.name}`);
  }
}

module.exports = { handleLists };
