"use strict";
/**
 * The emulator's own HTTP control API (for browser tests and the demo), under /_emulator:
 *   POST /_emulator/reset                      restore the seed
 *   GET  /_emulator/log   DELETE /_emulator/log  request log
 *   GET  /_emulator/faults  POST /_emulator/faults {kind, ...}  DELETE /_emulator/faults[/id]
 *   POST /_emulator/user {email}               current user for requests without header/cookie
 *   POST /_emulator/permissions {site, email, level}
 *   POST /_emulator/threshold {threshold}
 *   POST /_emulator/items {site, list, items: [...]}   bulk add (returns {ids})
 *   POST /_emulator/people {site, people: [{email, displayName}]}   add directory people and site users (returns {ids})
 *   GET  /_emulator/flavor                     {flavor: "online"|"sp2019"}
 *   GET  /_emulator/rendering?site=&list=      what a list page of this flavour shows of the stored formats
 */

const FAULT_KINDS = ["throttle", "persistent503", "latency", "dropConnection", "loseResponse", "failRestOfBatch", "concurrentEdit", "add"];

function json(res, status, body) {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
  return status;
}

function handleControl(emulator, req, res, url, bodyText) {
  const parts = url.pathname.split("/").filter(Boolean).slice(1); // after "_emulator"
  let body = {};
  try { body = bodyText ? JSON.parse(bodyText) : {}; } catch { return json(res, 400, { error: "Invalid JSON" }); }
  const method = req.method.toUpperCase();
  try {
    switch (parts[0]) {
      case "reset":
        if (method !== "POST") return json(res, 405, { error: "POST only" });
        emulator.resetData();
        return json(res, 200, { ok: true });
      case "log":
        if (method === "DELETE") { emulator.requestLog.clear(); return json(res, 200, { ok: true }); }
        return json(res, 200, emulator.requestLog.entries);
      case "faults": {
        if (method === "GET") return json(res, 200, emulator.faults.list());
        if (method === "DELETE") {
          if (parts[1]) emulator.faults.remove(Number(parts[1])); else emulator.faults.clear();
          return json(res, 200, { ok: true });
        }
        const { kind = "add", ...args } = body;
        if (!FAULT_KINDS.includes(kind)) return json(res, 400, { error: `Unknown fault kind '${kind}'. Use one of ${FAULT_KINDS.join(", ")}.` });
        return json(res, 200, { id: emulator.faults[kind](args) });
      }
      case "user":
        emulator.setCurrentUser(body.email || null);
        return json(res, 200, { ok: true, email: emulator.currentUser });
      case "permissions":
        emulator.setPermission(body.site, body.email, body.level);
        return json(res, 200, { ok: true });
      case "items":
        if (method !== "POST") return json(res, 405, { error: "POST only" });
        return json(res, 200, { ids: emulator.seedItems(body.site, body.list, body.items || []) });
      case "people":
        if (method !== "POST") return json(res, 405, { error: "POST only" });
        return json(res, 200, { ids: emulator.addPeople(body.site || "municipality", body.people || []) });
      case "flavor":
        return json(res, 200, { flavor: emulator.flavor });
      case "rendering":
        if (method !== "GET") return json(res, 405, { error: "GET only" });
        return json(res, 200, emulator.rendering(url.searchParams.get("site") || "municipality", url.searchParams.get("list") || "Planer"));
      case "threshold":
        emulator.threshold = Number(body.threshold);
        return json(res, 200, { ok: true, threshold: emulator.threshold });
      default:
        return json(res, 404, { error: `Unknown emulator endpoint ${url.pathname}` });
    }
  } catch (e) {
    return json(res, 400, { error: e.message });
  }
}

module.exports = { handleControl };
