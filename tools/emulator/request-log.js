"use strict";
/** The request log tests assert on: method, path, query, status, time and a subset of headers. */

const LOGGED_HEADERS = ["accept", "content-type", "if-match", "x-http-method", "x-requestdigest", "x-clientservice-clienttag", "user-agent", "x-emulator-user", "retry-after"];

function safeDecode(text) {
  try { return decodeURIComponent(text); } catch { return text; }
}

function createRequestLog(limit = 50000) {
  let entries = [];
  let seq = 0;
  return {
    /** Start an entry; returns it so the server can fill in status and timing. */
    start(method, url, headers) {
      const picked = {};
      for (const h of LOGGED_HEADERS) if (headers[h] !== undefined) picked[h] = headers[h];
      const entry = {
        seq: ++seq, time: new Date().toISOString(), startedAt: Date.now(), method,
        path: safeDecode(url.pathname), query: Object.fromEntries(url.searchParams), rawQuery: url.search,
        headers: picked, status: 0, durationMs: 0
      };
      entries.push(entry);
      if (entries.length > limit) entries = entries.slice(-limit);
      return entry;
    },
    finish(entry, status, extra) {
      entry.status = status;
      entry.durationMs = Date.now() - entry.startedAt;
      if (extra) Object.assign(entry, extra);
    },
    get entries() { return entries.slice(); },
    clear() { entries = []; },
    /** Entries matching a predicate (method/path substring or a function). */
    filter(pred) {
      if (typeof pred === "function") return entries.filter(pred);
      return entries.filter((e) => (!pred.method || e.method === pred.method) && (!pred.path || e.path.includes(pred.path)));
    }
  };
}

module.exports = { createRequestLog };
