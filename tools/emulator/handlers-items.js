"use strict";
/** List items: query, get, add (201), MERGE/PATCH with If-Match (204 / 412; without it: 204, unconditional), DELETE. */
const { errors } = require("./errors");
const { runItemsQuery } = require("./query");
const { itemProjector, itemEntity, collectionBody, entityBody, itemTypeName } = require("./serialize");
const { valuesFromBody } = require("./values");
const { findItem, insertItem, updateItem, removeItem, headerETag, etagMatches, checkUniqueValues } = require("./store");
const { requireEdit, findUserByEmail } = require("./users");

function currentUserId(c) {
  const u = findUserByEmail(c.site, c.userEmail);
  return u ? u.Id : null;
}

function listMetadataUrl(c, list, element) {
  return `${c.siteUrl}/_api/$metadata#SP.ListData.${list.entityName}ListItems${element ? "/@Element" : ""}`;
}

/** The absolute nextLink: same path and query options, new $skiptoken. */
function nextLinkFor(c, token) {
  const params = new URLSearchParams();
  params.set("$skiptoken", token);
  for (const [k, v] of c.query) if (k !== "$skiptoken") params.set(k, v);
  const qs = [...params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  return `${c.origin}${c.requestPath}?${qs}`;
}

function queryItems(c, list) {
  const projector = itemProjector(c.site, list, c.query.get("$select"), c.query.get("$expand"));
  const { rows, nextToken } = runItemsQuery({ site: c.site, list, params: c.query, expand: projector.expand, threshold: c.emu.threshold });
  const values = rows.map((it) => itemEntity(c.site, list, it, projector.project(it, c.mode, c.siteUrl), c.mode, c.siteUrl));
  return {
    status: 200, headers: {},
    body: collectionBody(values, c.mode, { metadataUrl: listMetadataUrl(c, list, false), nextLink: nextToken ? nextLinkFor(c, nextToken) : null })
  };
}

function singleItem(c, list, item, status = 200) {
  const projector = itemProjector(c.site, list, c.query.get("$select"), c.query.get("$expand"));
  const entity = itemEntity(c.site, list, item, projector.project(item, c.mode, c.siteUrl), c.mode, c.siteUrl);
  return { status, headers: { ETag: headerETag(item) }, body: entityBody(entity, c.mode, listMetadataUrl(c, list, true)) };
}

function addItem(c, list) {
  requireEdit(c.site, c.userEmail);
  const values = valuesFromBody(list, c.json(), { verbose: c.verboseIn, site: c.site, typeName: itemTypeName(list) });
  checkUniqueValues(list, values);
  const item = insertItem(list, values, currentUserId(c));
  c.changed();
  const res = singleItem({ ...c, query: new URLSearchParams() }, list, item, 201);
  res.headers.Location = `${c.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${item.ID})`;
  return res;
}

/**
 * If-Match on MERGE and DELETE: a stale ETag → 412. Without the header SharePoint writes
 * unconditionally (last writer wins), as with "*": the ETag section of
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * makes If-Match the caller's optional concurrency check, and in OData v3 (MS-ODATA 2.2.5.5,
 * https://learn.microsoft.com/openspecs/windows_protocols/ms-odata/c3569037-0557-4769-8f75-a91ffcd7b05b)
 * the header MAY be present on MERGE/PATCH/PUT/DELETE — a request without it is not checked.
 * Our repositories always send the ETag read (tests/integration/data/ifMatchEverywhere.test.ts).
 */
function checkETag(c, item) {
  const ifMatch = c.headers["if-match"];
  if (ifMatch === undefined) return;
  if (!etagMatches(ifMatch, item)) throw errors.etagMismatch(ifMatch, headerETag(item));
}

function applyPendingConcurrentEdit(c, list, item) {
  const edit = c.emu.faults.takeConcurrentEdit(c.site.key, list.title, item.ID);
  if (edit) c.emu.applyConcurrentEdit(edit);
}

function mergeItem(c, list, item) {
  requireEdit(c.site, c.userEmail);
  const values = valuesFromBody(list, c.json() || {}, { verbose: c.verboseIn, site: c.site, typeName: itemTypeName(list) });
  applyPendingConcurrentEdit(c, list, item);
  checkETag(c, item);
  checkUniqueValues(list, values, item);
  updateItem(list, item, values, currentUserId(c));
  c.changed();
  return { status: 204, headers: { ETag: headerETag(item) }, body: null };
}

function deleteItem(c, list, item) {
  requireEdit(c.site, c.userEmail);
  applyPendingConcurrentEdit(c, list, item);
  checkETag(c, item);
  removeItem(list, item);
  c.changed();
  return { status: 200, headers: {}, body: "" };
}

/** Route /items… for a resolved list. `rest` = segments after the list. */
function handleItems(c, list, rest) {
  const [itemsSeg, second, third] = rest;
  let id = itemsSeg.arg;
  let next = second;
  if (id === undefined && second && second.lower === "getbyid") { id = second.arg; next = third; }
  if (id === undefined) {
    if (second) throw errors.notFound(`items/${second.name}`);
    if (c.method === "GET") return queryItems(c, list);
    if (c.method === "POST") return addItem(c, list);
    throw errors.methodNotAllowed(c.method, "items");
  }
  const item = findItem(list, Number(id));
  if (!item) throw errors.itemMissing();
  if (next) {
    if (next.lower === "effectivebasepermissions") return c.permissions(c);
    throw errors.notFound(`items(${id})/${next.name}`);
  }
  switch (c.method) {
    case "GET": return singleItem(c, list, item);
    case "MERGE": case "PATCH": case "PUT": return mergeItem(c, list, item);
    case "DELETE": return deleteItem(c, list, item);
    default: throw errors.methodNotAllowed(c.method, `items(${id})`);
  }
}

module.exports = { handleItems };
