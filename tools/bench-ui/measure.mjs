/**
 * Serves the built pages on 127.0.0.1 (random port) and drives headless system Chromium with
 * playwright-core. Each (page, size, run) gets a fresh browser context; runs are interleaved
 * across pages and sizes so that machine noise spreads over all of them alike.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../check-chromium.js";

/* global window, document -- read inside page.evaluate() callbacks, which run in the page */

/**
 * The reference harness's launch (../shared/anchors/gantt-render/measure.mjs): Playwright's
 * headless mode and nothing else that changes rendering. The browser tests' flags
 * (CHROMIUM_ARGS) add --disable-gpu, which moves raster work onto the CPU threads the page also
 * needs and made every page slower than the reference figures; only the sandbox flag is kept.
 */
const BENCH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS.filter((arg) => arg === "--no-sandbox"),
  // Offline and deterministic: every host but 127.0.0.1 fails to resolve at once.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
];
const PAGE_TIMEOUT_MS = 300000;
const SETTLE_MS = 300;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".woff": "font/woff" };

function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = path.resolve(root, `.${p}`);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measureOnce(browser, base, name, n, query) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  let timer;
  try {
    await page.goto(`${base}/${name}/index.html?n=${n}&gate=1${query}`, { timeout: PAGE_TIMEOUT_MS });
    // The page waits for this call (runner.ts): Playwright's own script injection happens here, untimed.
    await page.waitForFunction(() => typeof window.__go === "function", undefined, { timeout: PAGE_TIMEOUT_MS });
    await page.evaluate(() => window.__go());
    const result = await Promise.race([
      page.evaluate(() => window.__done),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${PAGE_TIMEOUT_MS} ms`)), PAGE_TIMEOUT_MS);
      })
    ]);
    if (!result || result.error) return { error: result?.error ?? (pageErrors.join("; ") || "no result") };
    // Counted once the page is idle: what a page adds after its first paint (overscan rows and
    // columns for scrolling) is part of its size.
    result.dom = await page.evaluate(
      () =>
        new Promise((resolve) =>
          window.requestIdleCallback(() => window.requestAnimationFrame(() => resolve(document.getElementsByTagName("*").length)), { timeout: 1000 })
        )
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    result.heapMB = (await cdp.send("Runtime.getHeapUsage")).usedSize / 1048576;
    if (pageErrors.length) result.pageErrors = pageErrors;
    return result;
  } catch (e) {
    return { error: `${e instanceof Error ? e.message : String(e)}${pageErrors.length ? ` | ${pageErrors.join("; ")}` : ""}` };
  } finally {
    clearTimeout(timer);
    await context.close();
    // Let the closed page's renderer finish tearing down (a 5,000-task frappe page takes a while)
    // before the next page is timed, so no page pays for the one before it.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/**
 * plan: [{ name, sizes: [n...], query?: (n) => "&key=value" }] (query: more URL parameters per size). Returns { chromium, results: { "name|n": { name, n, runs, errors } } }.
 * `log` gets one line per page load.
 */
export async function measure({ distDir, plan, runs, warmup, executablePath, log }) {
  const server = await serve(distDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, headless: true, args: BENCH_CHROMIUM_ARGS });
  const results = {};
  try {
    log(`chromium ${browser.version()} at ${base}; ${runs} runs + ${warmup} warmup, interleaved`);
    for (let run = 0; run < warmup + runs; run++) {
      for (const { name, sizes, query } of plan) {
        for (const n of sizes) {
          const r = await measureOnce(browser, base, name, n, query ? query(n) : "");
          const key = `${name}|${n}`;
          results[key] ??= { name, n, runs: [], errors: [] };
          if (r.error) results[key].errors.push(r.error);
          else if (run >= warmup) results[key].runs.push(r);
          const label = run < warmup ? "warmup" : `run ${run - warmup + 1}/${runs}`;
          const edit = r.editMs === undefined ? "" : `, edit ${r.editMs.toFixed(1)} ms`;
          log(`${label} ${name} N=${n}: ${r.error ? `ERROR ${r.error.slice(0, 300)}` : `${r.ms.toFixed(1)} ms${edit}, ${r.dom} elements, ${r.heapMB.toFixed(1)} MB`}`);
        }
      }
    }
    return { chromium: browser.version(), results };
  } finally {
    await browser.close();
    server.close();
  }
}
