#!/usr/bin/env node
/**
 * npm run bench:ui — first paint, DOM size, heap and bundle size of our timeline and booking
 * grid against frappe-gantt, SVAR React Gantt and hand-written lower bounds, in headless
 * Chromium on the same seeded data. A benchmark, not a test: it prints a table and (for a full
 * run) writes docs/performance.md. Nothing is downloaded at run time.
 *
 *   --sizes 100,1000,5000   task counts of the timeline pages
 *   --runs 5 --warmup 1     measured runs (median) and discarded warm-up runs per page and size
 *   --only a,b              only these pages (names in entries.mjs, or sp2019-timeline /
 *                           sp2019-booking: the 2019 web parts in SPFx 1.4.1's workbench, sp2019.mjs)
 *   --doc / --no-doc        write docs/performance.md (default: only for a full, unfiltered run)
 *   --json file             also write the raw runs as JSON
 *   --from-json file        no measuring: report and write the doc from a saved run, e.g.
 *                           tools/bench-ui/last-run.json (written by every full run)
 *   --no-package            do not run `npm run package` / `npm run package:server` first (they
 *                           run when the .sppkg or sp2019's build is missing or older than src/)
 *   --no-minify             readable bundles for profiling (figures then differ; never for the doc)
 *   --chromium path         browser binary (default: tools/check-chromium.js's lookup, i.e.
 *                           $CHROME_PATH, else /usr/bin/chromium or chromium-browser)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ENTRIES, BOOKING_SIZES, bookingWeeks } from "./entries.mjs";
import { buildEntries, ROOT } from "./build.mjs";
import { measure } from "./measure.mjs";
import { requireChromium } from "../check-chromium.js";
import { shipBundleSizes, onlinePackage } from "./shipBundles.mjs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { summarize, checkBudgets, sideBySideRows, bookingSideBySideRows, tableRows, markdownTable, budgetRows, shipRows, renderDoc, writeDoc, sp2019Rows } from "./report.mjs";
import { measureSp2019, SP2019_PAGES } from "./sp2019.mjs";

const DEFAULT_SIZES = [100, 1000, 5000];
const LAST_RUN = path.join(ROOT, "tools", "bench-ui", "last-run.json");

function parseArgs(argv) {
  const opts = { packageFirst: true, fromJson: null, minify: true, sizes: DEFAULT_SIZES, runs: 5, warmup: 1, only: null, doc: null, json: null, chromium: null };
  let subset = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--sizes") {
      opts.sizes = value().split(",").map((s) => Number(s.replace(/_/g, "")));
      if (opts.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("--sizes takes positive integers, e.g. 100,1000");
      subset = true;
    } else if (arg === "--runs") {
      opts.runs = Number(value());
      if (!(opts.runs >= 1)) throw new Error("--runs must be ≥ 1");
      subset ||= opts.runs < 5;
    } else if (arg === "--warmup") opts.warmup = Number(value());
    else if (arg === "--only") {
      opts.only = value().split(",");
      subset = true;
    } else if (arg === "--doc") opts.doc = true;
    else if (arg === "--no-doc") opts.doc = false;
    else if (arg === "--no-package") opts.packageFirst = false;
    else if (arg === "--json") opts.json = value();
    else if (arg === "--from-json") opts.fromJson = value();
    else if (arg === "--no-minify") {
      opts.minify = false;
      subset = true;
    }
    else if (arg === "--chromium") opts.chromium = value();
    else if (arg === "--help" || arg === "-h") {
      console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  opts.doc ??= !subset;
  if (opts.doc && !opts.minify) throw new Error("--no-minify is for profiling only; it cannot write docs/performance.md");
  return opts;
}

/** The commit measured, and whether the work tree differed from it (src only). */
function revision() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} (plus uncommitted changes under src/)` : head;
  } catch {
    return "unknown (not a git work tree)";
  }
}

function machineInfo(chromium) {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus[0]?.model?.trim() ?? "unknown CPU",
    cores: cpus.length,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium
  };
}

function gzSize(file) {
  return fs.existsSync(file) ? gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
}

/** Newest modification time (ms) of the files under these folders. */
function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return newest;
}

/**
 * The bundle budgets read the packaged solution. A fresh clone has none and an old one
 * describes other code, so the benchmark packages the solution first when the .sppkg is
 * missing or older than the sources (`--no-package` skips this and reports what is there).
 */
function ensureShipBuild() {
  const file = path.join(ROOT, onlinePackage(ROOT));
  const sppkg = fs.existsSync(file);
  const builtAt = sppkg ? fs.statSync(file).mtimeMs : 0;
  const sourcesAt = newestMtime([path.join(ROOT, "src"), path.join(ROOT, "config")]);
  if (sppkg && builtAt >= sourcesAt) return;
  console.error(sppkg ? "the .sppkg is older than src/: npm run package" : "no .sppkg yet: npm run package (for the bundle sizes)");
  // npm's own output goes to stderr, so the tables on stdout stay clean.
  execFileSync("npm", ["run", "package"], { cwd: ROOT, stdio: ["ignore", process.stderr, process.stderr] });
}

/** Builds the pages and measures them; returns everything the report needs (also saved as --json). */
async function measureAll(opts) {
  if (opts.chromium === null) opts.chromium = requireChromium();
  else if (!fs.existsSync(opts.chromium)) throw new Error(`Chromium not found at ${opts.chromium} (apt-get install -y chromium, or --chromium PATH)`);
  const entries = ENTRIES.filter((e) => !opts.only || opts.only.includes(e.name));
  const wantsSp2019 = !opts.only || opts.only.some((n) => SP2019_PAGES.some((p) => p.name === n));
  if (opts.packageFirst) ensureShipBuild();
  const revisionMeasured = revision();
  const distDir = path.join(ROOT, "temp", "bench-ui", "dist");
  fs.mkdirSync(distDir, { recursive: true });
  console.error(`building ${entries.length} page(s) into ${path.relative(ROOT, distDir)}`);
  const { built, skipped } = await buildEntries(entries, distDir, { minify: opts.minify });
  for (const s of skipped) console.error(`skipped ${s.name}: ${s.reason}`);

  const meta = Object.fromEntries(
    built.map((name) => {
      const m = JSON.parse(fs.readFileSync(path.join(distDir, name, "meta.json"), "utf8"));
      return [name, { versions: m.versions, jsGz: gzSize(path.join(distDir, name, "main.js")), cssGz: gzSize(path.join(distDir, name, "main.css")) }];
    })
  );
  const plan = built.map((name) => {
    const e = entries.find((x) => x.name === name);
    return e.kind === "booking"
      ? { name, sizes: BOOKING_SIZES.map((s) => s.people), query: (people) => `&weeks=${bookingWeeks(people)}` }
      : { name, sizes: opts.sizes };
  });
  const { chromium, results } = await measure({
    distDir,
    plan,
    runs: opts.runs,
    warmup: opts.warmup,
    executablePath: opts.chromium,
    log: (line) => console.error(line)
  });
  const sp2019 = wantsSp2019
    ? await measureSp2019({ runs: opts.runs, warmup: opts.warmup, executablePath: opts.chromium, build: opts.packageFirst, only: opts.only, log: (line) => console.error(line) })
    : undefined;
  const machine = { ...machineInfo(chromium), revision: revisionMeasured };
  const options = { sizes: opts.sizes, runs: opts.runs, warmup: opts.warmup, chromium: opts.chromium };
  return { machine, options, meta, results, skipped, ship: await shipBundleSizes(ROOT), sp2019 };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pageNames = [...ENTRIES.map((e) => e.name), ...SP2019_PAGES.map((p) => p.name)];
  const unknown = (opts.only ?? []).filter((n) => !pageNames.includes(n));
  if (unknown.length) throw new Error(`unknown page(s) ${unknown.join(", ")}; pages: ${pageNames.join(", ")}`);
  const record = opts.fromJson ? JSON.parse(fs.readFileSync(opts.fromJson, "utf8")) : await measureAll(opts);
  const { machine, options, meta, results, skipped, ship, sp2019 } = record;

  const summary = summarize(results, meta, options.runs, ENTRIES);
  const budgets = checkBudgets(summary, ENTRIES, ship);
  console.log(markdownTable(sideBySideRows(summary, options.sizes)));
  if (summary.some((s) => s.kind === "booking")) console.log(`\n${markdownTable(bookingSideBySideRows(summary))}`);
  console.log(`\n${markdownTable(tableRows(summary))}`);
  console.log(`\nship bundles (${ship.source ?? "not built"}):\n${markdownTable(shipRows(ship))}`);
  console.log(`\n${markdownTable(budgetRows(budgets))}`);
  if (sp2019?.pages?.length) console.log(`\nSharePoint Server 2019 web parts in SPFx 1.4.1:\n${markdownTable(sp2019Rows(sp2019, summary))}`);
  for (const s of summary) if (s.error) console.log(`errors ${s.name} N=${s.n}: ${s.error.slice(0, 400)}`);

  if (opts.json && !opts.fromJson) {
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true });
    fs.writeFileSync(opts.json, JSON.stringify(record, null, 1));
  }
  if (opts.doc && !opts.fromJson) {
    // The raw runs of the run the doc shows, so the doc can be re-rendered (--from-json) after
    // findings.md is edited, without measuring again.
    fs.writeFileSync(LAST_RUN, `${JSON.stringify(record, null, 1)}\n`);
  }
  if (opts.doc) {
    const findingsFile = path.join(ROOT, "tools", "bench-ui", "findings.md");
    const findings = fs.existsSync(findingsFile) ? fs.readFileSync(findingsFile, "utf8") : "(none written)";
    const doc = renderDoc({
      summary,
      budgets,
      ship,
      skipped,
      findings,
      sp2019,
      machine,
      options: { ...options, bookingSizes: BOOKING_SIZES }
    });
    const file = path.join(ROOT, "docs", "performance.md");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeDoc(file, doc);
    console.error(`wrote ${path.relative(ROOT, file)}`);
  }
  const failed = [...summary.filter((s) => s.ok === 0), ...(sp2019?.pages ?? []).filter((p) => p.runs.length === 0).map((p) => ({ name: p.name, n: 1 }))];
  if (failed.length) {
    console.error(`FAILED pages: ${failed.map((s) => `${s.name} N=${s.n}`).join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
