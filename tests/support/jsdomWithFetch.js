"use strict";
/**
 * jsdom with Node's own fetch: component tests that render a web part's root on the real PnPjs
 * repositories against the SharePoint REST emulator (real HTTP). jsdom has no fetch; Node's
 * (undici) also needs Node's AbortController/AbortSignal (it brand-checks the signal) and its
 * Request/Response/Headers. A dropped connection then fails as in a browser: TypeError "fetch failed".
 * The emulator runs in the same test, so it gets Node's timers too (it unrefs its save timer).
 * Use with the docblock `@jest-environment ./tests/support/jsdomWithFetch.js`.
 */
const { TestEnvironment } = require("jest-environment-jsdom");

const FROM_NODE = ["fetch", "Request", "Response", "Headers", "AbortController", "AbortSignal", "TextEncoder", "TextDecoder", "ReadableStream", "structuredClone",
  "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate", "clearImmediate"];

class JsdomWithFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) this.global[name] = globalThis[name];
  }
}

module.exports = JsdomWithFetch;
