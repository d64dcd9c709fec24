"use strict";
/**
 * Parser for the $filter subset SharePoint Online supports on list items: eq ne lt le gt ge,
 * and/or/not, parentheses, startswith(), substringof(), literals ('text' with '' escaping,
 * numbers, true/false, null, datetime'…', guid'…') and property paths (Field, Field/Sub).
 * Produces a small AST; binding to a list and evaluation live in query.js.
 */
const { errors } = require("./errors");

const COMPARISONS = new Set(["eq", "ne", "lt", "le", "gt", "ge"]);
const FUNCTIONS = new Set(["startswith", "substringof"]);

function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === "(" || ch === ")" || ch === ",") { tokens.push({ t: ch, pos: i }); i++; continue; }
    if (ch === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw errors.syntax(`Syntax error: unterminated string literal at position ${i} in '${text}'.`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") { value += "'"; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ t: "str", value, pos: i });
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(text.slice(i));
    if (num && (ch !== "-" || /\d/.test(text[i + 1] || ""))) {
      tokens.push({ t: "num", value: Number(num[0].replace(/[LlMmDdFf]$/, "")), pos: i });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      const lower = w.toLowerCase();
      if ((lower === "datetime" || lower === "guid") && text[i] === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw errors.syntax(`Syntax error: unterminated ${lower} literal in '${text}'.`);
        tokens.push({ t: lower, value: text.slice(i + 1, end), pos: i });
        i = end + 1;
        continue;
      }
      tokens.push({ t: "word", value: w, lower, pos: i - w.length });
      continue;
    }
    throw errors.syntax(`Syntax error: character '${ch}' is not valid at position ${i} in '${text}'.`);
  }
  return tokens;
}

function parseFilter(text) {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = () => errors.badExpression(text);
  const isWord = (tok, w) => tok && tok.t === "word" && tok.lower === w;

  function parseOr() {
    let left = parseAnd();
    while (isWord(peek(), "or")) { pos++; left = { type: "or", left, right: parseAnd() }; }
    return left;
  }
  function parseAnd() {
    let left = parseNot();
    while (isWord(peek(), "and")) { pos++; left = { type: "and", left, right: parseNot() }; }
    return left;
  }
  function parseNot() {
    if (isWord(peek(), "not")) { pos++; return { type: "not", expr: parseNot() }; }
    return parseComparison();
  }
  function parseComparison() {
    const left = parseOperand();
    const tok = peek();
    if (tok && tok.t === "word" && COMPARISONS.has(tok.lower)) {
      pos++;
      return { type: "cmp", op: tok.lower, left, right: parseOperand() };
    }
    if (left.type === "func" || left.type === "group") return left.type === "group" ? left.expr : left;
    throw fail();
  }
  function parseOperand() {
    const tok = tokens[pos++];
    if (!tok) throw fail();
    switch (tok.t) {
      case "(": {
        const expr = parseOr();
        if (!peek() || peek().t !== ")") throw fail();
        pos++;
        return { type: "group", expr };
      }
      case "str": return { type: "lit", kind: "string", value: tok.value };
      case "num": return { type: "lit", kind: "number", value: tok.value };
      case "datetime": return { type: "lit", kind: "datetime", value: tok.value };
      case "guid": return { type: "lit", kind: "string", value: tok.value };
      case "word": {
        if (tok.lower === "true" || tok.lower === "false") return { type: "lit", kind: "boolean", value: tok.lower === "true" };
        if (tok.lower === "null") return { type: "lit", kind: "null", value: null };
        if (peek() && peek().t === "(") {
          if (!FUNCTIONS.has(tok.lower)) throw errors.syntax(`The method '${tok.value}' is not supported.`);
          pos++;
          const args = [parseOperand()];
          while (peek() && peek().t === ",") { pos++; args.push(parseOperand()); }
          if (!peek() || peek().t !== ")") throw fail();
          pos++;
          return { type: "func", name: tok.lower, args };
        }
        return { type: "prop", path: tok.value };
      }
      default:
        throw fail();
    }
  }

  const ast = parseOr();
  if (pos !== tokens.length) throw fail();
  return ast;
}

/** Parse "$orderby=Title desc, ID" into [{ path, desc }]. */
function parseOrderBy(text) {
  return text.split(",").map((part) => part.trim()).filter(Boolean).map((part) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)?)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw errors.syntax(`Syntax error at position 0 in '${part}'.`);
    return { path: m[1], desc: Boolean(m[2] && m[2].toLowerCase() === "desc") };
  });
}

module.exports = { parseFilter, parseOrderBy, tokenize };
