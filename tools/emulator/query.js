"use strict";
/**
 * Running an items query as SharePoint Online does: $filter, $orderby, $top (default 100,
 * max 5000), $skiptoken paging (Paged=TRUE&p_ID=n) and the list view threshold.
 */
const { errors } = require("./errors");
const { parseFilter, parseOrderBy } = require("./odata-filter");
const { bindPath } = require("./bindings");
const { parseIncomingDate } = require("./dates");

const MAX_TOP = 5000;

function literalFor(binding, lit, text) {
  if (lit.kind === "null") return null;
  switch (binding.kind) {
    case "string":
      if (lit.kind === "string") return lit.value.toLowerCase();
      if (lit.kind === "number") return String(lit.value);
      break;
    case "number":
      if (lit.kind === "number") return lit.value;
      if (lit.kind === "string" && lit.value.trim() !== "" && Number.isFinite(Number(lit.value))) return Number(lit.value);
      break;
    case "boolean":
      if (lit.kind === "boolean") return lit.value;
      if (lit.kind === "number" && (lit.value === 0 || lit.value === 1)) return lit.value === 1;
      if (lit.kind === "string" && /^(0|1|true|false)$/i.test(lit.value)) return /^(1|true)$/i.test(lit.value);
      break;
    case "date": {
      if (lit.kind === "datetime" || lit.kind === "string") {
        const ms = parseIncomingDate(lit.value);
        if (!Number.isNaN(ms)) return ms;
      }
      break;
    }
    default:
      break;
  }
  throw errors.badExpression(text);
}

function compare(op, a, b) {
  if (b === null) {
    const isNull = a === null || a === undefined;
    if (op === "eq") return isNull;
    if (op === "ne") return !isNull;
    return false;
  }
  if (a === null || a === undefined) return op === "ne";
  const x = typeof a === "string" ? a.toLowerCase() : a;
  switch (op) {
    case "eq": return x === b;
    case "ne": return x !== b;
    case "lt": return x < b;
    case "le": return x <= b;
    case "gt": return x > b;
    case "ge": return x >= b;
    default: return false;
  }
}

/** Compile a filter AST into a predicate plus an "index count" used by the threshold check. */
function compileFilter(ast, env, text) {
  switch (ast.type) {
    case "and": case "or": {
      const l = compileFilter(ast.left, env, text);
      const r = compileFilter(ast.right, env, text);
      const test = ast.type === "and" ? (it) => l.test(it) && r.test(it) : (it) => l.test(it) || r.test(it);
      return { test, indexed: ast.type === "and" ? l.indexed || r.indexed : l.indexed && r.indexed, parts: [l, r], type: ast.type };
    }
    case "not": {
      const inner = compileFilter(ast.expr, env, text);
      return { test: (it) => !inner.test(it), indexed: false };
    }
    case "cmp": {
      let { left, right, op } = ast;
      if (left.type !== "prop" && right.type === "prop") {
        [left, right] = [right, left];
        op = { lt: "gt", gt: "lt", le: "ge", ge: "le" }[op] || op;
      }
      if (left.type === "func" && right.type === "lit" && right.kind === "boolean") {
        const fn = compileFilter(left, env, text);
        const want = right.value === (op === "eq");
        return { test: (it) => fn.test(it) === want, indexed: fn.indexed && want };
      }
      if (left.type !== "prop" || right.type !== "lit") throw errors.badExpression(text);
      const binding = bindPath(env.site, env.list, left.path, env.expand, "filter");
      const value = literalFor(binding, right, text);
      const test = binding.multi
        ? (it) => { const vals = binding.read(it); return op === "ne" ? !vals.some((v) => compare("eq", v, value)) : (value === null ? vals.length === 0 : vals.some((v) => compare(op, v, value))); }
        : (it) => compare(op, binding.read(it), value);
      return { test, indexed: binding.indexed };
    }
    case "func": {
      const args = ast.args;
      const [propArg, strArg] = ast.name === "startswith" ? [args[0], args[1]] : [args[1], args[0]];
      if (args.length !== 2 || !propArg || propArg.type !== "prop" || !strArg || strArg.type !== "lit" || strArg.kind !== "string") {
        throw errors.badExpression(text);
      }
      const binding = bindPath(env.site, env.list, propArg.path, env.expand, "filter");
      if (binding.kind !== "string") throw errors.badExpression(text);
      const needle = strArg.value.toLowerCase();
      const match = ast.name === "startswith" ? (v) => v.toLowerCase().startsWith(needle) : (v) => v.toLowerCase().includes(needle);
      return {
        test: (it) => { const v = binding.read(it); return Array.isArray(v) ? v.some(match) : v !== null && match(v); },
        indexed: binding.indexed && ast.name === "startswith"
      };
    }
    default:
      throw errors.badExpression(text);
  }
}

/**
 * How many rows the index-served part of a filter selects (SharePoint only lets a query on a
 * list over the threshold through when an indexed condition narrows it below the threshold).
 */
function indexedRowCount(compiled, items) {
  if (!compiled.indexed) return Infinity;
  if (compiled.type === "and") {
    return Math.min(...compiled.parts.map((p) => indexedRowCount(p, items)));
  }
  let n = 0;
  for (const it of items) if (compiled.test(it)) n++;
  return n;
}

function parseSkipToken(token) {
  if (!token) return null;
  const params = new URLSearchParams(token);
  if ((params.get("Paged") || "").toUpperCase() !== "TRUE") return null;
  const values = {};
  for (const [k, v] of params) if (k.startsWith("p_")) values[k.slice(2)] = v;
  return { prev: (params.get("PagedPrev") || "").toUpperCase() === "TRUE", values };
}

/** Index of the first row with ID > id in an ID-ordered array (binary search). */
function firstAfterId(rows, id) {
  let lo = 0, hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].ID <= id) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** SharePoint's order of two sort-key values: empty first, text case-insensitive. */
function compareKeyValues(x, y) {
  const xs = typeof x === "string" ? x.toLowerCase() : x;
  const ys = typeof y === "string" ? y.toLowerCase() : y;
  if (xs === null || xs === undefined) return ys === null || ys === undefined ? 0 : -1;
  if (ys === null || ys === undefined) return 1;
  return xs < ys ? -1 : xs > ys ? 1 : 0;
}

/** Compares two rows (or a row and a $skiptoken anchor) key by key, each read by its own function. */
function compareByOrder(order, readLeft, readRight) {
  for (const o of order) {
    const c = compareKeyValues(readLeft(o), readRight(o));
    if (c !== 0) return o.desc ? -c : c;
  }
  return 0;
}

function sortKeyCompare(order) {
  return (a, b) => compareByOrder(order, (o) => o.read(a), (o) => o.read(b));
}

/**
 * Run the query. Returns { rows, nextToken } where nextToken is the $skiptoken of the next page.
 * @param {{site, list, params: URLSearchParams, expand: Set<string>, threshold: number}} q
 */
function runItemsQuery({ site, list, params, expand, threshold }) {
  const topText = params.get("$top");
  let top = 100;
  if (topText !== null) {
    top = Number(topText);
    if (!Number.isInteger(top) || top < 0) throw errors.badRequest(`The $top query option value '${topText}' is not valid.`);
  }
  const env = { site, list, expand };
  const overThreshold = list.items.length > threshold;
  // $top above 5000 is a query for more rows than the list view threshold allows: SharePoint
  // answers 500 SPQueryThrottledException on a list over the threshold and returns the rows of a
  // smaller list ("You can't provide $top more than a throttling limit" on a list over 5000 items:
  // https://github.com/SharePoint/PnP-JS-Core/issues/203; the 500 body as reported in
  // https://github.com/pnp/pnpjs/issues/3149).
  if (top > MAX_TOP && overThreshold) throw errors.throttled();
  const filterText = params.get("$filter");
  let rows = list.items;
  // On a list over the threshold, an indexed condition must narrow the rows to at most the threshold.
  let narrowed = !overThreshold;
  if (filterText && filterText.trim()) {
    const compiled = compileFilter(parseFilter(filterText), env, filterText);
    if (overThreshold && indexedRowCount(compiled, list.items) > threshold) throw errors.throttled();
    narrowed = true;
    rows = rows.filter(compiled.test);
  }
  const orderText = params.get("$orderby");
  const order = [];
  if (orderText && orderText.trim()) {
    for (const o of parseOrderBy(orderText)) {
      const binding = bindPath(site, list, o.path, expand, "orderby");
      if (binding.multi) throw errors.badRequest(`The field '${o.path}' cannot be used in an order by expression.`);
      // Sorting the whole list needs an index; sorting rows an indexed filter narrowed does not.
      if (!narrowed && !binding.indexed) throw errors.throttled();
      order.push({ path: o.path, desc: o.desc, read: binding.read, kind: binding.kind, isId: /^id$/i.test(o.path) });
    }
  }
  if (!order.some((o) => o.isId)) order.push({ path: "ID", desc: false, read: (it) => it.ID, kind: "number", isId: true });
  // Items are stored in ID order, so the common "by ID" query needs no sort (20,000-row lists).
  const byIdOnly = order.length === 1 && order[0].isId && !order[0].desc;
  if (!byIdOnly) rows = rows.slice().sort(sortKeyCompare(order));

  const skip = parseSkipToken(params.get("$skiptoken"));
  if (skip && skip.values.ID !== undefined && byIdOnly && !skip.prev) {
    rows = rows.slice(firstAfterId(rows, Number(skip.values.ID)));
  } else if (skip && skip.values.ID !== undefined) {
    const anchor = { ID: Number(skip.values.ID), values: {} };
    const probe = (o) => {
      if (o.isId) return anchor.ID;
      const raw = skip.values[o.path];
      if (raw === undefined || raw === "") return null;
      if (o.kind === "number") return Number(raw);
      if (o.kind === "date") return Date.parse(raw);
      if (o.kind === "boolean") return raw === "1" || raw.toLowerCase() === "true";
      return raw;
    };
    const anchorCmp = (row) => compareByOrder(order, (o) => o.read(row), probe);
    rows = skip.prev ? rows.filter((r) => anchorCmp(r) < 0).slice(-top) : rows.filter((r) => anchorCmp(r) > 0);
  }
  const page = rows.slice(0, top);
  let nextToken = null;
  if (rows.length > top && page.length > 0) {
    const last = page[page.length - 1];
    const parts = ["Paged=TRUE"];
    for (const o of order) {
      if (o.isId) continue;
      const v = o.read(last);
      parts.push(`p_${o.path}=${encodeURIComponent(v === null || v === undefined ? "" : o.kind === "date" ? new Date(v).toISOString().replace(/\.\d{3}Z$/, "Z") : String(v))}`);
    }
    parts.push(`p_ID=${last.ID}`);
    nextToken = parts.join("&");
  }
  return { rows: page, nextToken };
}

module.exports = { runItemsQuery, compileFilter, MAX_TOP };
