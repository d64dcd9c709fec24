"use strict";
/**
 * Form digests, stateless: "0x<HMAC>,<issue time>" like SharePoint's, valid for 1800 seconds.
 * Verifiable after an emulator restart (PnPjs caches digests per web URL for their lifetime, as
 * SharePoint Online honours them across its own restarts).
 */
const crypto = require("crypto");

const DIGEST_TIMEOUT_SECONDS = 1800;
const KEY = "oir-planner-sharepoint-emulator";

const mac = (issued) => crypto.createHmac("sha256", KEY).update(issued).digest("hex").toUpperCase();

/** "27 Nov 2026 21:00:00 -0000", as SharePoint writes it (SPFx parses the part after the comma). */
function issuedText(now) {
  return new Date(now).toUTCString().replace(/^\w{3}, /, "").replace("GMT", "-0000");
}

function issueDigest(now = Date.now()) {
  const issued = issuedText(now);
  return `0x${mac(issued)},${issued}`;
}

function digestValid(value, now = Date.now()) {
  const m = /^0x([0-9A-F]+),(.+)$/.exec(String(value || ""));
  if (!m || m[1] !== mac(m[2])) return false;
  const issuedAt = Date.parse(m[2]);
  return Number.isFinite(issuedAt) && now - issuedAt < DIGEST_TIMEOUT_SECONDS * 1000;
}

module.exports = { issueDigest, digestValid, DIGEST_TIMEOUT_SECONDS };
