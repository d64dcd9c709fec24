"use strict";
/**
 * Local SharePoint REST emulator: two sites (KOMBIT's plan site and a municipality's site) over
 * real HTTP, behaving as SharePoint Online does for what PnPjs sends — faults included — or, with
 * `flavor: "sp2019"`, as SharePoint Server 2019 (flavors.js).
 *
 *   const { startEmulator } = require("./tools/emulator");
 *   const emu = await startEmulator({ port: 0, dataFile, reset: true, flavor: "sp2019" });
 *   emu.sites.municipality  // "http://127.0.0.1:PORT/sites/eksempelkommune"
 *   await emu.close();
 */
const http = require("http");
const path = require("path");
const { loadSchema } = require("./schema");
const { seedState, loadSample, COLLEAGUE } = require("./seed");
const { readState, writeStateSync, createSaver } = require("./persistence");
const { createFaults, retryAfterHeader } = require("./faults");
const { createRequestLog } = require("./request-log");
const { dispatchApi } = require("./api");
const { resolveStatic, serveStatic } = require("./static");
const { handleControl } = require("./control");
const { findList, findItem, updateItem, insertItem } = require("./store");
const { valuesFromBody } = require("./values");
const { itemTypeName, contentType, metadataMode } = require("./serialize");
const { errorBody, SpError, CODES } = require("./errors");
const { addSiteUser, emailFromLogon } = require("./users");
const { resolveFlavor } = require("./flavors");
const { renderingOf } = require("./rendering");

const ROOT = path.resolve(__dirname, "..", "..");

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function cookieValue(header, name) {
  for (const part of String(header || "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startEmulator(options = {}) {
  const {
    port = 0, host = "127.0.0.1", dataFile, reset = false,
    seedFile = path.join(ROOT, "samples/ky-boelge-5.json"), schemaFile = path.join(ROOT, "src/data/schema/schema.json"),
    staticRoutes = {}, threshold = 5000, log = false, readers = []
  } = options;
  // option, else OIR_EMULATOR_FLAVOR, else "online"; an unknown name throws before anything starts.
  const flavor = resolveFlavor(options.flavor);

  const schemaLists = loadSchema(path.resolve(ROOT, schemaFile));
  const freshState = () => seedState(loadSample(path.resolve(ROOT, seedFile)), schemaLists, { readers });
  let state = (!reset && readState(dataFile)) || null;
  if (!state) {
    state = freshState();
    if (dataFile) writeStateSync(dataFile, state);
  }

  const faults = createFaults();
  const requestLog = createRequestLog();
  const emu = {
    get state() { return state; },
    flavor, threshold, faults, log,
    saver: createSaver(dataFile, () => state),
    faultResponse(action, mode) {
      const err = action.status === 429
        ? new SpError(429, CODES.tooManyRequests, "The request has been throttled. Please wait and try again later.")
        : new SpError(action.status, "-1, Microsoft.SharePoint.SPException", "The service is unavailable.");
      return {
        status: action.status,
        headers: { ...retryAfterHeader(action), MicrosoftSharePointTeamServices: flavor.teamServices, "Content-Type": contentType(mode) },
        body: JSON.stringify(errorBody(err, mode))
      };
    },
    applyConcurrentEdit(edit) {
      const site = state.sites[edit.site] || Object.values(state.sites).find((s) => s.path === edit.site);
      if (!site) throw new Error(`concurrentEdit: unknown site ${edit.site}`);
      const list = findList(site, edit.list);
      if (!list) throw new Error(`concurrentEdit: unknown list ${edit.list}`);
      const item = findItem(list, edit.itemId);
      if (!item) throw new Error(`concurrentEdit: unknown item ${edit.itemId}`);
      const editor = addSiteUser(site, edit.user ? { email: edit.user, displayName: edit.user } : COLLEAGUE);
      const values = valuesFromBody(list, edit.changes || {}, { verbose: false, site, typeName: itemTypeName(list) });
      updateItem(list, item, values, editor.Id);
      emu.saver.changed();
    }
  };
  faults.applyNow = (edit) => emu.applyConcurrentEdit(edit);

  let currentUser = null;
  const sockets = new Set();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, `http://${req.headers.host || `${host}:${port}`}`);
    const entry = requestLog.start(req.method, url, req.headers);
    try {
      const bodyText = await readBody(req);
      if (url.pathname.startsWith("/_emulator/")) {
        requestLog.finish(entry, handleControl(api, req, res, url, bodyText));
        return;
      }
      const staticRoute = resolveStatic(staticRoutes, url.pathname);
      if (staticRoute) { requestLog.finish(entry, serveStatic(res, staticRoute)); return; }

      const fault = faults.pick(req.method, entry.path + url.search, { effectiveMethod: req.headers["x-http-method"] });
      if (fault) {
        entry.fault = fault.type === "status" ? String(fault.status) : fault.type;
        if (fault.type === "drop") { requestLog.finish(entry, 0); req.socket.destroy(); return; }
        if (fault.type === "latency") await sleep(fault.ms);
        if (fault.type === "status") {
          const r = emu.faultResponse(fault, metadataMode(req.headers.accept));
          res.writeHead(r.status, { ...r.headers, "Content-Length": Buffer.byteLength(r.body) });
          res.end(r.body);
          requestLog.finish(entry, r.status, { retryAfter: r.headers["Retry-After"] });
          return;
        }
      }
      const userEmail = emailFromLogon(req.headers["x-emulator-user"] || cookieValue(req.headers.cookie, "emulatorUser") || currentUser || state.defaultUser);
      const result = dispatchApi(emu, { method: req.method, url, headers: req.headers, body: bodyText, userEmail });
      if (fault && fault.type === "lose") {
        // Applied, then the connection closes before the answer: the client sees a network error.
        requestLog.finish(entry, 0, { appliedStatus: result.status, ...(result.batchParts ? { batchParts: result.batchParts } : {}) });
        req.socket.destroy();
        return;
      }
      res.writeHead(result.status, { ...result.headers, "Content-Length": Buffer.byteLength(result.body) });
      res.end(result.body);
      requestLog.finish(entry, result.status, result.batchParts ? { batchParts: result.batchParts } : undefined);
      if (log) console.log(`${req.method} ${url.pathname}${url.search} → ${result.status}`);
    } catch (err) {
      if (log) console.error(err);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(err && err.message));
      requestLog.finish(entry, 500);
    }
  });
  server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  const baseUrl = `http://${host}:${actualPort}`;

  const siteOf = (key) => {
    const site = state.sites[key] || Object.values(state.sites).find((s) => s.path === key || `${baseUrl}${s.path}` === key);
    if (!site) throw new Error(`Unknown site '${key}' (use "kombit" or "municipality")`);
    return site;
  };

  const api = {
    url: baseUrl,
    port: actualPort,
    /** "online" or "sp2019". */
    flavor: flavor.key,
    sites: { kombit: `${baseUrl}${state.sites.kombit.path}`, municipality: `${baseUrl}${state.sites.municipality.path}` },
    faults,
    requestLog,
    get threshold() { return emu.threshold; },
    set threshold(v) { emu.threshold = v; },
    get currentUser() { return currentUser || state.defaultUser; },
    get state() { return state; },
    /** Restore the seed (and write it to the data file). */
    resetData() {
      state = freshState();
      if (dataFile) writeStateSync(dataFile, state);
    },
    /** Default user for requests without X-Emulator-User header or emulatorUser cookie. */
    setCurrentUser(email) { currentUser = email || null; },
    /** Permission level on a site: "full", "edit", "read" or "none". */
    setPermission(siteKey, email, level) {
      if (!["full", "edit", "read", "none"].includes(level)) throw new Error(`Unknown permission level '${level}'`);
      siteOf(siteKey).permissions[String(email).toLowerCase()] = level;
      emu.saver.changed();
    },
    /**
     * Adds people to the tenant directory and as users of a site (as if they had visited it), for
     * tests that need many distinct people (a working group of 200). Returns their user ids on the site.
     */
    addPeople(siteKey, people) {
      const site = siteOf(siteKey);
      const ids = {};
      for (const p of people) {
        if (!state.directory.some((d) => d.email.toLowerCase() === String(p.email).toLowerCase())) state.directory.push({ email: p.email, displayName: p.displayName });
        ids[p.email] = addSiteUser(site, p).Id;
      }
      emu.saver.changed();
      return ids;
    },
    /** Bulk-create items in-process (fast; validated like a REST add). Returns the new ids. */
    seedItems(siteKey, listTitle, items, { asUser } = {}) {
      const site = siteOf(siteKey);
      const list = findList(site, listTitle);
      if (!list) throw new Error(`Unknown list '${listTitle}' on ${site.path}`);
      const author = site.users.find((u) => u.Email === (asUser || state.defaultUser)) || site.users[0];
      const ctx = { verbose: false, site, typeName: itemTypeName(list) };
      const ids = items.map((body) => insertItem(list, valuesFromBody(list, body, ctx), author.Id).ID);
      emu.saver.changed();
      return ids;
    },
    /** Current stored item (for assertions): { ID, version, values, … } or undefined. */
    getItem(siteKey, listTitle, id) {
      const list = findList(siteOf(siteKey), listTitle);
      return list ? findItem(list, id) : undefined;
    },
    /** What a list page of this flavour shows of the list's stored formats (rendering.js). */
    rendering(siteKey, listTitle) { return renderingOf(flavor, siteOf(siteKey), listTitle); },
    /** Write pending changes to the data file now. */
    flush() { emu.saver.flush(); },
    async close() {
      emu.saver.flush();
      await new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    }
  };
  return api;
}

module.exports = { startEmulator };
