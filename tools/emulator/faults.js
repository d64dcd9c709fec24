"use strict";
/**
 * Fault injection, as SharePoint Online produces faults: throttling (429/503 with Retry-After in
 * seconds or as an HTTP date), a persistent 503, latency, a dropped connection (before the request
 * runs), a lost response (after it ran: applied, then the connection closed), and a concurrent
 * editor who changes an item between our read and our write. Whole-request rules apply to $batch
 * requests like to any other.
 *
 * A rule matches requests by `path` (substring, or a glob with *), `regex`, and `method`, and fires
 * on `every` Nth match, with `probability` (seeded RNG), or always; `times` limits how often.
 * `batchParts: true` makes a rule apply to the requests inside a $batch (SharePoint can throttle
 * single parts) instead of to whole HTTP requests.
 */

const { seededRandom } = require("../shared/seededRandom");

function globToRegex(glob) {
  return new RegExp("^" + glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$", "i");
}

function createFaults() {
  let rules = [];
  let nextId = 1;
  let concurrentEdits = [];

  const matcher = (rule) => {
    const re = rule.regex ? new RegExp(rule.regex, "i") : rule.path && rule.path.includes("*") ? globToRegex(rule.path) : null;
    return (methods, target) => {
      if (rule.method && !methods.includes(rule.method.toUpperCase())) return false;
      if (re) return re.test(target);
      if (rule.path) return target.toLowerCase().includes(rule.path.toLowerCase());
      return true;
    };
  };

  const api = {
    /** Add a raw rule: { path?, regex?, method?, every?, probability?, seed?, times?, action } */
    add(rule) {
      const r = { id: nextId++, hits: 0, fired: 0, ...rule };
      r.times = rule.times === undefined || rule.times === null ? Infinity : rule.times;
      r.match = matcher(r);
      r.random = seededRandom(rule.seed === undefined ? 42 : rule.seed);
      rules.push(r);
      return r.id;
    },
    /** 429 (or 503) with Retry-After; retryAfterAs "seconds" (default) or "date". */
    throttle({ status = 429, retryAfter = 1, retryAfterAs = "seconds", ...match } = {}) {
      return api.add({ ...match, action: { type: "status", status, retryAfter, retryAfterAs } });
    },
    /** Every matching request gets 503 until removed (no Retry-After unless given). */
    persistent503({ retryAfter, ...match } = {}) {
      return api.add({ ...match, action: { type: "status", status: 503, retryAfter } });
    },
    latency({ ms = 100, ...match } = {}) {
      return api.add({ ...match, action: { type: "latency", ms } });
    },
    /** The connection is closed before the request runs: nothing is applied, the client sees a network error. */
    dropConnection({ times = 1, ...match } = {}) {
      return api.add({ ...match, times, action: { type: "drop" } });
    },
    /**
     * A lost response: the request runs (a write is applied, every part of a $batch too) and then
     * the connection is closed before the answer is sent, so the client sees a network error for
     * a change that landed (a proxy or a flaky network after SharePoint committed it).
     */
    loseResponse({ times = 1, ...match } = {}) {
      return api.add({ ...match, times, action: { type: "lose" } });
    },
    /**
     * A reported SharePoint behaviour (pnp/pnpjs#1275, #486): when the matching $batch part fails
     * (status ≥ 400, e.g. a stale ETag), every later part of that $batch is answered 500
     * IndexOutOfRangeException without running. Not the default: SharePoint documents parts as
     * independent, and other reports show later parts running.
     */
    failRestOfBatch({ times = 1, ...match } = {}) {
      return api.add({ ...match, times, batchParts: true, action: { type: "abortRest" } });
    },
    /**
     * Someone else edits an item: `when: "nextWrite"` (default) applies the change just before our
     * next write to that item (so our ETag is stale); `when: "now"` applies it immediately.
     * Returns a promise-free id; the change is applied by the emulator (see applyConcurrentEdit).
     */
    concurrentEdit({ site = "municipality", list, itemId, changes = {}, when = "nextWrite", user } = {}) {
      const edit = { id: nextId++, site, list, itemId: Number(itemId), changes, user, when };
      if (when === "now") {
        if (!api.applyNow) throw new Error("concurrentEdit now: emulator not attached");
        api.applyNow(edit);
      } else {
        concurrentEdits.push(edit);
      }
      return edit.id;
    },
    remove(id) {
      rules = rules.filter((r) => r.id !== id);
      concurrentEdits = concurrentEdits.filter((e) => e.id !== id);
    },
    clear() { rules = []; concurrentEdits = []; },
    list() {
      return {
        rules: rules.map((r) => ({
          id: r.id, path: r.path, regex: r.regex, method: r.method, every: r.every, probability: r.probability,
          batchParts: Boolean(r.batchParts), hits: r.hits, fired: r.fired, action: r.action,
          times: r.times === Infinity ? null : r.times
        })),
        concurrentEdits: concurrentEdits.slice()
      };
    },
    /** The action to apply to a request, if any (called once per HTTP request). */
    pick(method, target, { batchPart = false, effectiveMethod } = {}) {
      // A rule's method matches the HTTP method or the X-HTTP-Method override (MERGE, DELETE).
      const methods = [method, effectiveMethod || method].map((m) => m.toUpperCase());
      for (const r of rules) {
        if (Boolean(r.batchParts) !== batchPart) continue;
        if (r.fired >= r.times || !r.match(methods, target)) continue;
        r.hits += 1;
        let fire = true;
        if (r.every) fire = r.hits % r.every === 0;
        if (fire && r.probability !== undefined) fire = r.random() < r.probability;
        if (!fire) continue;
        r.fired += 1;
        return r.action;
      }
      return null;
    },
    /** Take the pending concurrent edit for an item, if any. */
    takeConcurrentEdit(siteKey, listTitle, itemId) {
      const idx = concurrentEdits.findIndex((e) => e.site === siteKey && e.itemId === itemId && String(e.list).toLowerCase() === String(listTitle).toLowerCase());
      if (idx < 0) return null;
      return concurrentEdits.splice(idx, 1)[0];
    },
    applyNow: null
  };
  return api;
}

/** Headers for a throttling response. */
function retryAfterHeader(action) {
  if (action.retryAfter === undefined || action.retryAfter === null) return {};
  if (action.retryAfterAs === "date") {
    // HTTP dates have whole seconds: round up so the date is never earlier than the delay.
    const at = Math.ceil((Date.now() + Number(action.retryAfter) * 1000) / 1000) * 1000;
    return { "Retry-After": new Date(at).toUTCString() };
  }
  return { "Retry-After": String(action.retryAfter) };
}

module.exports = { createFaults, retryAfterHeader, seededRandom };
