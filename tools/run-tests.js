#!/usr/bin/env node
/**
 * `npm test`: every suite — jest (unit, ui, integration, package) and Playwright (browser) —
 * then one closing line "Total: N passed, N failed" counted from both runners' JSON results.
 * A skipped test counts as a failure of the run: no suite is left behind silently.
 * Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`); `--no-browser` skips
 * nothing silently: it is refused, the browser suite is part of the product's proof.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const tempDir = path.join(root, "temp");
fs.mkdirSync(tempDir, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  return result.status === null ? 1 : result.status;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // No file (the runner crashed before writing it): reported below as a problem.
    return undefined;
  }
}

const jestOut = path.join(tempDir, "jest-results.json");
const pwOut = path.join(tempDir, "playwright-results.json");
for (const file of [jestOut, pwOut]) fs.rmSync(file, { force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

console.log("\n== jest: unit, ui, integration, package ==");
const jestStatus = run(bin("jest"), ["--json", `--outputFile=${jestOut}`, ...process.argv.slice(2)]);
const jest = readJson(jestOut);
if (jest) {
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites || 0);
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  if (jest.numTotalTests === 0) problems.push("jest ran no test");
} else {
  problems.push("jest wrote no results");
}
if (jestStatus !== 0) problems.push(`jest exited with ${jestStatus}`);

console.log("\n== browser (Playwright, system Chromium) ==");
const chromiumStatus = run(process.execPath, [path.join(__dirname, "check-chromium.js")]);
if (chromiumStatus !== 0) {
  problems.push("browser suite could not run: Chromium missing");
  totals.failed += 1;
} else {
  const pwStatus = run(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
  const pw = readJson(pwOut);
  if (pw && pw.stats) {
    totals.passed += pw.stats.expected + (pw.stats.flaky || 0);
    totals.failed += pw.stats.unexpected;
    totals.skipped += pw.stats.skipped;
    if (pw.stats.expected + pw.stats.unexpected + pw.stats.flaky === 0) problems.push("playwright ran no test");
    if (pw.stats.flaky > 0) console.warn(`⚠ ${pw.stats.flaky} browser test(s) passed only on retry (flaky): see the list above`);
  } else {
    problems.push("playwright wrote no results");
  }
  if (pwStatus !== 0) problems.push(`playwright exited with ${pwStatus}`);
}

if (totals.skipped > 0) problems.push(`${totals.skipped} test(s) skipped: no skipped test may be left behind`);
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(problems.length === 0 && totals.failed === 0 ? 0 : 1);
