"use strict";
/**
 * OData output as SharePoint Online writes it for the three Accept variants:
 * verbose (`{d:{results}}`, `__metadata`), minimalmetadata (the default for `application/json`,
 * `odata.*` annotations, `value`), nometadata (plain). Includes $select/$expand of list items.
 */
const { errors } = require("./errors");
const { entityPropertyName, isUserType, isMultiType } = require("./schema");
const { rawValue, projection, lookupTargets, findFieldInsensitive } = require("./bindings");
const { bodyETag } = require("./store");

/** Metadata mode from an Accept header. PnPjs sends "application/json" → minimalmetadata. */
function metadataMode(accept) {
  const a = String(accept || "").toLowerCase();
  if (a.includes("odata=verbose")) return "verbose";
  if (a.includes("odata=nometadata")) return "nometadata";
  return "minimalmetadata";
}

function contentType(mode) {
  return `application/json;odata=${mode};streaming=true;charset=utf-8`;
}

function itemTypeName(list) { return `SP.Data.${list.entityName}ListItem`; }

function editLink(list, item) { return `Web/Lists(guid'${list.id}')/Items(${item.ID})`; }

const LEADING = ["FileSystemObjectType", "Id", "ServerRedirectedEmbedUri", "ServerRedirectedEmbedUrl", "ContentTypeId", "Title", "ComplianceAssetId"];
const TRAILING = ["ID", "Modified", "Created", "AuthorId", "EditorId", "OData__UIVersionString", "Attachments", "GUID"];

/** The properties an item exposes (when nothing is selected), in SharePoint's order. */
function defaultProperties(list) {
  const custom = [];
  for (const f of list.fields) {
    if (f.builtIn || f.internalName === "Title") continue;
    if (f.type.startsWith("Lookup") || isUserType(f.type)) {
      custom.push(`${f.internalName}Id`);
      if (isUserType(f.type)) custom.push(`${f.internalName}StringId`);
    } else {
      custom.push(entityPropertyName(f.internalName));
    }
  }
  return [...LEADING, ...custom, ...TRAILING];
}

function collectionValue(values, edmType, mode) {
  if (mode === "verbose") return { __metadata: { type: `Collection(${edmType})` }, results: values };
  return values;
}

/** Resolve one plain property name to a reader: (item, mode) → value. */
function propertyReader(site, list, name) {
  switch (name.toLowerCase()) {
    case "filesystemobjecttype": return ["FileSystemObjectType", () => 0];
    case "id": return [name === "ID" ? "ID" : "Id", (it) => it.ID];
    case "serverredirectedembeduri": return ["ServerRedirectedEmbedUri", () => null];
    case "serverredirectedembedurl": return ["ServerRedirectedEmbedUrl", () => ""];
    case "complianceassetid": return ["ComplianceAssetId", () => null];
    case "contenttypeid": return ["ContentTypeId", () => "0x0100"];
    case "odata__uiversionstring": return ["OData__UIVersionString", (it) => `${it.version}.0`];
    default: break;
  }
  const field = findFieldInsensitive(list, name);
  if (field && !(field.type.startsWith("Lookup") || isUserType(field.type))) {
    const key = entityPropertyName(field.internalName);
    if (field.type === "MultiChoice") {
      return [key, (it, mode) => { const v = rawValue(it, field); return v === null ? null : collectionValue(v, "Edm.String", mode); }];
    }
    return [key, (it) => rawValue(it, field)];
  }
  const m = /^(.*?)(Id|StringId)$/i.exec(name);
  if (m) {
    const lf = findFieldInsensitive(list, m[1]);
    if (lf && (lf.type.startsWith("Lookup") || isUserType(lf.type)) && (m[2].toLowerCase() === "id" || isUserType(lf.type))) {
      const asString = m[2].toLowerCase() === "stringid";
      const key = `${lf.internalName}${asString ? "StringId" : "Id"}`;
      return [key, (it, mode) => {
        const raw = rawValue(it, lf);
        if (isMultiType(lf.type)) {
          return collectionValue(raw.map((v) => (asString ? String(v) : v)), asString ? "Edm.String" : "Edm.Int32", mode);
        }
        return raw === null ? null : asString ? String(raw) : raw;
      }];
    }
  }
  return null;
}

/**
 * Build the item projector for $select/$expand. Unknown names → SharePoint's 400s.
 * Returns (item, mode, baseUrl) → plain object (without the entity's own annotations).
 */
function itemProjector(site, list, selectText, expandText) {
  const typeName = itemTypeName(list);
  const expand = new Map();
  for (const raw of (expandText || "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const name = raw.split("/")[0];
    const field = findFieldInsensitive(list, name);
    if (!field) throw errors.unknownSelectField(name);
    if (!(field.type.startsWith("Lookup") || isUserType(field.type))) {
      throw errors.badRequest(`The field or property '${name}' is not a navigation property and cannot be expanded.`);
    }
    expand.set(field.internalName.toLowerCase(), field);
  }
  const selected = (selectText || "").split(",").map((s) => s.trim()).filter(Boolean);
  const names = selected.length === 0 ? defaultProperties(list)
    : selected.includes("*") ? [...defaultProperties(list), ...selected.filter((s) => s !== "*")] : selected;
  const readers = [];
  const navs = new Map(); // field internalName → { field, subs: [] }
  for (const name of names) {
    if (name === "*") continue;
    const [head, sub] = name.split("/");
    if (sub !== undefined || expand.has(head.toLowerCase())) {
      const field = findFieldInsensitive(list, head);
      if (!field) throw errors.unknownSelectField(head);
      if (!(field.type.startsWith("Lookup") || isUserType(field.type))) throw errors.unknownProperty(head, typeName);
      if (!expand.has(field.internalName.toLowerCase())) throw errors.needsExpand(name, field.internalName);
      const entry = navs.get(field.internalName) || { field, subs: [] };
      if (sub !== undefined) entry.subs.push(projection(site, field, sub, name));
      navs.set(field.internalName, entry);
      continue;
    }
    const reader = propertyReader(site, list, head);
    if (!reader) {
      const f = findFieldInsensitive(list, head);
      if (f) throw errors.needsExpand(head, f.internalName);
      throw errors.unknownSelectField(head);
    }
    readers.push(reader);
  }
  for (const [key, field] of expand) {
    if (!navs.has(field.internalName) && (selected.length === 0 || selected.includes("*"))) navs.set(field.internalName, { field, subs: [] });
    void key;
  }
  for (const entry of navs.values()) {
    if (entry.subs.length === 0) {
      entry.subs = isUserType(entry.field.type)
        ? ["Id", "Title", "EMail"].map((s) => projection(site, entry.field, s, `${entry.field.internalName}/${s}`))
        : ["Id", "Title"].map((s) => projection(site, entry.field, s, `${entry.field.internalName}/${s}`));
    }
  }
  return {
    expand: new Set(expand.keys()),
    project(item, mode, baseUrl) {
      const out = {};
      for (const [key, read] of readers) out[key] = read(item, mode);
      for (const { field, subs } of navs.values()) {
        const raw = rawValue(item, field);
        const ids = raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        const targets = lookupTargets(site, field, ids).map((t) => {
          const obj = {};
          if (mode === "verbose") {
            obj.__metadata = isUserType(field.type)
              ? { id: `${baseUrl}/_api/Web/SiteUserInfoList/Items(${t.Id})`, type: "SP.Data.UserInfoItem" }
              : { id: t.GUID, type: "SP.Data.ListItem" };
          } else if (mode === "minimalmetadata") {
            obj["odata.type"] = isUserType(field.type) ? "SP.Data.UserInfoItem" : "SP.Data.ListItem";
            obj["odata.id"] = isUserType(field.type) ? `${baseUrl}/_api/Web/SiteUserInfoList/Items(${t.Id})` : t.GUID;
          }
          for (const s of subs) obj[s.name] = s.read(t);
          return obj;
        });
        out[field.internalName] = isMultiType(field.type)
          ? (mode === "verbose" ? { results: targets } : targets)
          : (targets[0] || null);
      }
      return out;
    }
  };
}

/** An item entity with annotations for the mode. */
function itemEntity(site, list, item, fields, mode, baseUrl) {
  if (mode === "verbose") {
    return {
      __metadata: {
        id: `${baseUrl}/_api/${editLink(list, item)}`, uri: `${baseUrl}/_api/${editLink(list, item)}`,
        etag: bodyETag(item), type: itemTypeName(list)
      },
      ...fields
    };
  }
  if (mode === "minimalmetadata") {
    return {
      "odata.type": itemTypeName(list), "odata.id": item.GUID, "odata.etag": bodyETag(item),
      "odata.editLink": editLink(list, item), ...fields
    };
  }
  return fields;
}

/** Wrap a collection. */
function collectionBody(values, mode, { metadataUrl, nextLink } = {}) {
  if (mode === "verbose") {
    const d = { results: values };
    if (nextLink) d.__next = nextLink;
    return { d };
  }
  const body = {};
  if (mode === "minimalmetadata" && metadataUrl) body["odata.metadata"] = metadataUrl;
  body.value = values;
  if (nextLink) body["odata.nextLink"] = nextLink;
  return body;
}

/** Wrap a single entity. */
function entityBody(entity, mode, metadataUrl) {
  if (mode === "verbose") return { d: entity };
  if (mode === "minimalmetadata" && metadataUrl) return { "odata.metadata": metadataUrl, ...entity };
  return entity;
}

/** A non-item entity (web, list, field, user…) with its annotations and optional $select. */
function plainEntity(props, { type, id, editLink: link }, mode, selectText) {
  let picked = props;
  const selected = (selectText || "").split(",").map((s) => s.trim()).filter(Boolean);
  if (selected.length && !selected.includes("*")) {
    picked = {};
    for (const name of selected) {
      const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
      if (!key) throw errors.unknownEntityProperty(name);
      picked[key] = props[key];
    }
  }
  if (mode === "verbose") return { __metadata: { id, uri: id, type }, ...picked };
  if (mode === "minimalmetadata") return { "odata.type": type, "odata.id": id, "odata.editLink": link, ...picked };
  return { ...picked };
}

module.exports = {
  metadataMode, contentType, itemTypeName, itemProjector, itemEntity, collectionBody, entityBody, plainEntity, editLink
};
