"use strict";
/**
 * A list's default view (/_api/web/lists/…/DefaultView): GET returns an SP.View, MERGE updates
 * its Title or CustomFormatter (view formatting JSON, stored as the string sent, as SharePoint
 * Online does — and SharePoint Server 2019, which stores it but does not show it: rendering.js).
 * Lists of older data files get their default view when first asked.
 */
const crypto = require("crypto");
const { errors } = require("./errors");
const { plainEntity, entityBody } = require("./serialize");
const { requireEdit } = require("./users");

const WRITABLE = { Title: "title", CustomFormatter: "customFormatter" };

function defaultViewOf(list) {
  if (!list.defaultView) list.defaultView = { id: crypto.randomUUID(), title: "Alle elementer", customFormatter: "" };
  return list.defaultView;
}

function viewEntity(c, list) {
  const view = defaultViewOf(list);
  const link = `Web/Lists(guid'${list.id}')/Views(guid'${view.id}')`;
  const props = {
    CustomFormatter: view.customFormatter, DefaultView: true, Hidden: false, Id: view.id, MobileDefaultView: true,
    MobileView: true, Paged: true, PersonalView: false, RowLimit: 30, ServerRelativeUrl: `${list.url}/AllItems.aspx`,
    Title: view.title, ViewQuery: "<OrderBy><FieldRef Name=\"ID\" /></OrderBy>", ViewType: "HTML"
  };
  return plainEntity(props, { type: "SP.View", id: `${c.siteUrl}/_api/${link}`, editLink: link }, c.mode, c.query.get("$select"));
}

function updateView(list, body) {
  const view = defaultViewOf(list);
  for (const [name, value] of Object.entries(body)) {
    if (name === "__metadata") continue;
    const key = WRITABLE[name];
    if (!key) throw errors.unknownProperty(name, "SP.View");
    if (typeof value !== "string") throw errors.wrongType("Edm.String");
    view[key] = value;
  }
}

function handleDefaultView(c, list, rest) {
  if (rest.length > 1) throw errors.notFound(`DefaultView/${rest[1].name}`);
  if (c.method === "GET") return { status: 200, headers: {}, body: entityBody(viewEntity(c, list), c.mode) };
  requireEdit(c.site, c.userEmail);
  if (c.method === "MERGE" || c.method === "PATCH") {
    updateView(list, c.json() || {});
    c.changed();
    return { status: 204, headers: {}, body: null };
  }
  throw errors.methodNotAllowed(c.method, "view");
}

module.exports = { handleDefaultView, defaultViewOf };
