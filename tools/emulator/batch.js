"use strict";
/**
 * OData $batch as SharePoint Online handles it: multipart/mixed with LF or CRLF line ends,
 * changesets for writes, each part executed on its own (not transactional: a failed part does
 * not undo the others), and a flat response with one `--batchresponse_` part per request —
 * the format PnPjs's batching parser reads.
 */
const crypto = require("crypto");

const STATUS_TEXT = {
  200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
  404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 412: "Precondition Failed", 429: "Too Many Requests",
  500: "Internal Server Error", 503: "Service Unavailable"
};

function boundaryOf(contentType) {
  const m = /boundary="?([^";]+)"?/i.exec(contentType || "");
  return m ? m[1] : null;
}

/** Split a multipart body into its parts (text between boundary lines). */
function splitParts(body, boundary) {
  const lines = body.split(/\r?\n/);
  const parts = [];
  let current = null;
  for (const line of lines) {
    if (line === `--${boundary}` || line === `--${boundary}--`) {
      if (current) parts.push(current.join("\n"));
      current = line.endsWith("--") && line === `--${boundary}--` ? null : [];
      if (line === `--${boundary}--`) break;
      continue;
    }
    if (current) current.push(line);
  }
  return parts;
}

function splitHead(text) {
  const idx = text.indexOf("\n\n");
  return idx < 0 ? [text, ""] : [text.slice(0, idx), text.slice(idx + 2)];
}

function parseHeaders(block) {
  const headers = {};
  for (const line of block.split("\n")) {
    const c = line.indexOf(":");
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return headers;
}

/** Parse one application/http part into a request. */
function parseHttpPart(text) {
  const [, inner] = splitHead(text.replace(/^\n+/, ""));
  const [head, body] = splitHead(inner.replace(/^\n+/, ""));
  const [requestLine, ...headerLines] = head.split("\n");
  const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?\s*$/i.exec(requestLine.trim());
  if (!m) throw new Error(`Invalid request line in batch part: ${requestLine}`);
  return { method: m[1].toUpperCase(), url: m[2], headers: parseHeaders(headerLines.join("\n")), body: body.replace(/\n+$/, "") };
}

/**
 * Parse a $batch body: the flat list of requests (changeset parts included in order), the number
 * of top-level parts (query operations and change sets) and the largest change set.
 */
function parseBatch(body, contentType) {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error("The batch request has no multipart boundary.");
  const requests = [];
  let parts = 0;
  let largestChangeset = 0;
  for (const part of splitParts(body.replace(/\r\n/g, "\n"), boundary)) {
    parts += 1;
    const [head] = splitHead(part.replace(/^\n+/, ""));
    const headers = parseHeaders(head);
    if (/multipart\/mixed/i.test(headers["content-type"] || "")) {
      const inner = boundaryOf(headers["content-type"]);
      const operations = splitParts(part, inner);
      largestChangeset = Math.max(largestChangeset, operations.length);
      for (const cs of operations) requests.push({ ...parseHttpPart(cs), changeset: inner });
    } else {
      requests.push(parseHttpPart(part));
    }
  }
  return { requests, parts, largestChangeset };
}

/** Render responses [{status, headers, body}] as SharePoint's flat batch response (CRLF). */
function formatBatchResponse(responses) {
  const boundary = `batchresponse_${crypto.randomUUID()}`;
  const out = [];
  for (const r of responses) {
    out.push(`--${boundary}`, "Content-Type: application/http", "Content-Transfer-Encoding: binary", "");
    out.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] || "Unknown"}`);
    for (const [k, v] of Object.entries(r.headers || {})) out.push(`${k.toUpperCase()}: ${v}`);
    out.push("");
    if (r.body !== null && r.body !== undefined && r.body !== "") out.push(r.body, "");
  }
  out.push(`--${boundary}--`, "");
  return { boundary, text: out.join("\r\n") };
}

module.exports = { parseBatch, formatBatchResponse, STATUS_TEXT };
