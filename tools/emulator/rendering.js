"use strict";
/**
 * What a list page of the emulated SharePoint shows of the formats stored on a list: the default
 * view's CustomFormatter and each field's CustomFormatter. SharePoint stores both on every flavour
 * (a REST MERGE succeeds); whether a page applies them depends on the product (see flavors.js):
 *
 * - SharePoint Online applies view formatting and column formatting in either expression syntax.
 * - SharePoint Server 2019 has no view formatting (https://github.com/pnp/List-Formatting/issues/283)
 *   and applies column formats only in the basic syntax of the v1 schema
 *   (https://developer.microsoft.com/json-schemas/sp/v1/column-formatting.schema.json): no
 *   Excel-style `=` expressions ("This style of expression isn't available in SharePoint Server
 *   2019", https://learn.microsoft.com/sharepoint/dev/declarative-customization/formatting-syntax-reference#excel-style-expressions)
 *   and none of the operators the reference marks "Only available in SharePoint Online" or added
 *   after 2019. Such a cell shows blanks (https://github.com/SharePoint/sp-dev-docs/issues/5271).
 *
 * The emulator does not draw pages; tests ask `emu.rendering(site, list)` (or GET
 * /_emulator/rendering?site=&list=) what a page of this flavour would show.
 */
const { findList } = require("./store");
const { defaultViewOf } = require("./views");

/** Operators of the v1 column-formatting schema: what SharePoint Server 2019 evaluates. */
const V1_OPERATORS = new Set([
  "+", "-", "/", "*", "<", ">", "<=", ">=", "==", "!=", "||", "&&", "?", ":",
  "toString()", "Number()", "Date()", "cos", "sin", "toLocaleString()", "toLocaleDateString()", "toLocaleTimeString()"
]);

/** Expression syntax a format uses: Excel-style strings ("=…") and the AST operators. */
function expressionsOf(format) {
  const found = { excelStyle: [], operators: new Set() };
  const walk = (node, path) => {
    if (typeof node === "string") {
      if (node.trim().startsWith("=")) found.excelStyle.push(path);
      return;
    }
    if (Array.isArray(node)) { node.forEach((v, i) => walk(v, `${path}[${i}]`)); return; }
    if (node && typeof node === "object") {
      if (typeof node.operator === "string") found.operators.add(node.operator);
      // Operator names ("==") are not expressions; $schema is a URL.
      for (const [k, v] of Object.entries(node)) if (k !== "$schema" && k !== "operator") walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(format, "");
  return found;
}

function parsed(text) {
  try { return { ok: true, value: JSON.parse(text) }; } catch { return { ok: false }; }
}

/** How a page shows a field's column format on this flavour. */
function columnRendering(flavor, text) {
  if (!text) return { formatted: false, applied: false };
  const json = parsed(text);
  if (!json.ok) return { formatted: true, applied: false, reason: "The format is not valid JSON: the column shows its plain value." };
  if (flavor.excelStyleColumnFormatting) return { formatted: true, applied: true };
  const { excelStyle, operators } = expressionsOf(json.value);
  if (excelStyle.length > 0) {
    return { formatted: true, applied: false, excelStyle, reason: `${flavor.product} does not evaluate Excel-style (=) expressions: the cell shows blanks.` };
  }
  const unsupported = [...operators].filter((op) => !V1_OPERATORS.has(op));
  if (unsupported.length > 0) {
    return { formatted: true, applied: false, unsupportedOperators: unsupported, reason: `${flavor.product} does not know the operators ${unsupported.join(", ")}.` };
  }
  return { formatted: true, applied: true };
}

/** How a page shows the default view's format on this flavour. */
function viewRendering(flavor, text) {
  if (!text) return { formatted: false, applied: false };
  if (!flavor.viewFormatting) return { formatted: true, applied: false, reason: `${flavor.product} has no view formatting: the view is shown without it.` };
  return { formatted: true, applied: parsed(text).ok };
}

/** { flavor, view, fields: { InternalName: … } } for a list of a site (fields with a stored format only). */
function renderingOf(flavor, site, listTitle) {
  const list = findList(site, listTitle);
  if (!list) throw new Error(`Unknown list '${listTitle}' on ${site.path}`);
  const view = defaultViewOf(list);
  const fields = {};
  for (const f of list.fields) if (f.customFormatter) fields[f.internalName] = columnRendering(flavor, f.customFormatter);
  return { flavor: flavor.key, product: flavor.product, view: viewRendering(flavor, view.customFormatter), fields };
}

module.exports = { renderingOf, columnRendering, viewRendering, V1_OPERATORS };
