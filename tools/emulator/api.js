"use strict";
/**
 * The /_api dispatcher: resolves the site, the effective method (X-HTTP-Method), the metadata
 * mode, the form digest, then routes to the handlers. Used for plain requests and $batch parts.
 */
const crypto = require("crypto");
const { SpError, errors, errorBody } = require("./errors");
const { metadataMode, contentType, plainEntity, entityBody } = require("./serialize");
const { parseSegments } = require("./segments");
const { contextInfo, handleWeb } = require("./handlers-web");
const { handleLists } = require("./handlers-lists");
const { parseBatch, formatBatchResponse } = require("./batch");
const { requireRead } = require("./users");
const { digestValid } = require("./digest");

function findSite(emu, pathname) {
  const lower = pathname.toLowerCase();
  return Object.values(emu.state.sites).find((s) => lower === s.path.toLowerCase() || lower.startsWith(`${s.path.toLowerCase()}/`));
}

function hasValidDigest(headers) {
  return Boolean(headers.authorization) || digestValid(headers["x-requestdigest"]);
}

const invalidDigest = () => new SpError(403, "-2130575252, Microsoft.SharePoint.SPException",
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.");

function route(c) {
  const segs = c.segments;
  if (segs.length === 0) throw errors.notFound("_api");
  const [first] = segs;
  switch (first.lower) {
    case "contextinfo":
      if (c.method !== "POST") throw errors.methodNotAllowed(c.method, "contextinfo");
      return contextInfo(c);
    case "web": {
      const second = segs[1];
      if (second && (second.lower === "lists" || second.lower === "getlist")) return handleLists(c, segs.slice(1));
      requireRead(c.site, c.userEmail);
      return handleWeb(c, segs.slice(1));
    }
    case "lists":
      return handleLists(c, segs);
    case "site":
      requireRead(c.site, c.userEmail);
      return { status: 200, headers: {}, body: entityBody(plainEntity({ Id: c.site.id, Url: c.siteUrl, ServerRelativeUrl: c.site.path }, { type: "SP.Site", id: `${c.siteUrl}/_api/site`, editLink: "site" }, c.mode, c.query.get("$select")), c.mode) };
    default:
      throw errors.notFound(first.name);
  }
}

/**
 * Handle one API request. req = { method, url: URL, headers (lower-case), body: string, userEmail, inBatch }.
 * Returns { status, headers, body: string }.
 */
function dispatchApi(emu, req) {
  const mode = metadataMode(req.headers.accept);
  // MicrosoftSharePointTeamServices: 16.0.0.<build> of the emulated product (flavors.js).
  const baseHeaders = { "SPRequestGuid": crypto.randomUUID(), "X-SharePointHealthScore": "0", MicrosoftSharePointTeamServices: emu.flavor.teamServices };
  try {
    const site = findSite(emu, req.url.pathname);
    if (!site) throw errors.notFound(req.url.pathname);
    const apiPrefix = `${site.path}/_api`.toLowerCase();
    const pathname = req.url.pathname;
    if (!pathname.toLowerCase().startsWith(apiPrefix)) throw errors.notFound(pathname);
    let method = req.method.toUpperCase();
    const override = req.headers["x-http-method"];
    if (method === "POST" && override) method = override.toUpperCase();
    let apiPath;
    try {
      apiPath = decodeURIComponent(pathname.slice(apiPrefix.length).replace(/^\/+/, ""));
    } catch {
      throw errors.badRequest("The request URI is not valid.");
    }
    const query = req.url.searchParams;
    const segments = parseSegments(apiPath, query);
    const isContextInfo = segments.length === 1 && segments[0].lower === "contextinfo";
    if (method !== "GET" && !req.inBatch && !isContextInfo && !hasValidDigest(req.headers)) throw invalidDigest();
    const origin = `${req.url.protocol}//${req.url.host}`;
    let parsed;
    const c = {
      emu, site, origin, siteUrl: `${origin}${site.path}`, method, segments, query, headers: req.headers, mode,
      verboseIn: /odata=verbose/i.test(req.headers["content-type"] || ""), userEmail: req.userEmail,
      requestPath: pathname,
      json() {
        if (parsed !== undefined) return parsed;
        const text = (req.body || "").trim();
        if (!text) { parsed = null; return parsed; }
        try { parsed = JSON.parse(text); } catch {
          throw errors.badRequest("Invalid JSON. A token was not recognized in the JSON content.");
        }
        return parsed;
      },
      changed: () => emu.saver.changed()
    };
    if (segments.length === 1 && segments[0].lower === "$batch") {
      const batch = handleBatch(emu, req, c);
      return { ...batch, headers: { ...baseHeaders, ...batch.headers } };
    }
    const result = route(c);
    const body = result.body === null || result.body === undefined ? "" : typeof result.body === "string" ? result.body : JSON.stringify(result.body);
    const headers = { ...baseHeaders, ...result.headers };
    if (body !== "") headers["Content-Type"] = contentType(mode);
    return { status: result.status, headers, body };
  } catch (err) {
    const spErr = err instanceof SpError ? err : new SpError(500, "-1, System.Exception", err && err.message ? err.message : String(err));
    if (!(err instanceof SpError) && emu.log) console.error(err);
    return {
      status: spErr.status,
      headers: { ...baseHeaders, ...spErr.headers, "Content-Type": contentType(mode) },
      body: JSON.stringify(errorBody(spErr, mode))
    };
  }
}

/**
 * SharePoint's $batch limits (errors.js has the sources): at most 100 requests, and a body of at
 * most 1,048,576 bytes. Either refuses the whole $batch with 400 before any part runs.
 */
const MAX_BATCH_REQUESTS = 100;
const MAX_BATCH_BYTES = 1048576;

/** $batch: run each part on its own (not transactional), answer with one part per request. */
function handleBatch(emu, req, c) {
  if (c.method !== "POST") throw errors.methodNotAllowed(c.method, "$batch");
  const bytes = Buffer.byteLength(req.body || "", "utf8");
  if (bytes > MAX_BATCH_BYTES) throw errors.batchTooLarge(bytes, MAX_BATCH_BYTES);
  let parsed;
  try {
    parsed = parseBatch(req.body || "", req.headers["content-type"]);
  } catch (e) {
    throw errors.badRequest(e.message);
  }
  const parts = parsed.requests;
  if (parts.length > MAX_BATCH_REQUESTS) {
    throw parsed.largestChangeset > MAX_BATCH_REQUESTS && parsed.parts <= MAX_BATCH_REQUESTS
      ? errors.changesetTooLarge(MAX_BATCH_REQUESTS)
      : errors.batchTooManyParts(MAX_BATCH_REQUESTS);
  }
  const responses = [];
  const partLog = [];
  let aborted = false;
  for (const part of parts) {
    const url = new URL(part.url, `${c.origin}${c.site.path}/_api/`);
    let res;
    if (aborted) {
      // Not run: answered as SharePoint answers the parts after a failed one (faults.js failRestOfBatch).
      const err = errors.batchAborted();
      res = { status: err.status, headers: { "Content-Type": contentType(metadataMode(part.headers.accept)) }, body: JSON.stringify(errorBody(err, metadataMode(part.headers.accept))) };
    } else {
      const fault = emu.faults.pick(part.method, decodeURIComponent(url.pathname) + url.search, { batchPart: true });
      if (fault && fault.type === "status") {
        res = emu.faultResponse(fault, metadataMode(part.headers.accept));
      } else {
        res = dispatchApi(emu, { method: part.method, url, headers: part.headers, body: part.body, userEmail: req.userEmail, inBatch: true });
      }
      if (fault && fault.type === "abortRest" && res.status >= 400) aborted = true;
    }
    const headers = {};
    for (const [k, v] of Object.entries(res.headers)) if (/^(content-type|etag|location|retry-after)$/i.test(k)) headers[k] = v;
    responses.push({ status: res.status, headers, body: res.body });
    partLog.push({ method: part.method, path: decodeURIComponent(url.pathname), query: url.search, status: res.status, ifMatch: part.headers["if-match"] });
  }
  const { boundary, text } = formatBatchResponse(responses);
  return { status: 200, headers: { "Content-Type": `multipart/mixed; boundary=${boundary}` }, body: text, batchParts: partLog };
}

module.exports = { dispatchApi, findSite, MAX_BATCH_REQUESTS, MAX_BATCH_BYTES };
