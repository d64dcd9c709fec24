"use strict";
/**
 * Split a REST path after "_api/" into segments with optional arguments:
 * "web/lists/getbytitle('Bølger')/items(3)" → [{name:"web"},{name:"lists"},{name:"getbytitle",arg:"Bølger"},{name:"items",arg:3}]
 * Arguments: 'text' (with '' escaping), guid'…', numbers, @aliases (resolved from the query string).
 */
const { errors } = require("./errors");

function parseArg(raw, query) {
  const s = raw.trim();
  if (s === "") return undefined;
  let m = /^guid'([^']*)'$/i.exec(s);
  if (m) return m[1];
  m = /^'((?:[^']|'')*)'$/.exec(s);
  if (m) return m[1].replace(/''/g, "'");
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^@/.test(s) && query) {
    const v = query.get(s);
    if (v !== null) return parseArg(v);
  }
  m = /^[A-Za-z_]\w*=(.*)$/.exec(s); // named argument, e.g. (listTitle='x')
  if (m) return parseArg(m[1], query);
  return s;
}

function parseSegments(path, query) {
  const segments = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === "/") { i++; continue; }
    let name = "";
    while (i < path.length && path[i] !== "/" && path[i] !== "(") name += path[i++];
    let arg;
    if (path[i] === "(") {
      let depth = 0, inQuote = false, raw = "";
      for (; i < path.length; i++) {
        const ch = path[i];
        if (ch === "'") inQuote = !inQuote;
        if (!inQuote && ch === "(") { depth++; if (depth === 1) continue; }
        if (!inQuote && ch === ")") { depth--; if (depth === 0) { i++; break; } }
        raw += ch;
      }
      if (depth !== 0) throw errors.badRequest(`The request URI is not valid: unbalanced parentheses in '${path}'.`);
      arg = parseArg(raw, query);
    }
    segments.push({ name, lower: name.toLowerCase(), arg });
  }
  return segments;
}

module.exports = { parseSegments, parseArg };
