#!/usr/bin/env node
/**
 * Installs the SPFx 1.4.1 toolchain of sp2019/ from its own lockfile (run by the root package's
 * postinstall, so `npm ci` in a fresh clone needs no extra command, and by build/package.js).
 * Node 20 breaks two of its install steps, fixed here and in package.json's overrides:
 *  - phantomjs-prebuilt downloads a browser binary in its install script (impossible offline,
 *    and only 1.4.1's unused karma tests need it): install with --ignore-scripts, then run the
 *    one install script the runtime needs, @microsoft/sp-loader's (without it 1.4.1's workbench
 *    says "unable to locate React");
 *  - gulp 3 on Node 20 ("primordials is not defined"): vinyl-fs gets graceful-fs 4.2.11;
 *    webpack 3 and a modern `url`: url 0.11.0; node-sass (native build): sass 1.32.0.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const SP2019 = path.resolve(__dirname, "..");
const MARKER = path.join(SP2019, "node_modules", ".oir-installed");

function lockHash() {
  return require("crypto").createHash("sha256").update(fs.readFileSync(path.join(SP2019, "package-lock.json"))).digest("hex");
}

function isInstalled() {
  return fs.existsSync(MARKER) && fs.readFileSync(MARKER, "utf8") === lockHash();
}

function runNpm(args, cwd) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, args, { cwd, stdio: "inherit", env: { ...process.env, npm_config_loglevel: "error" } });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} in ${cwd} failed (exit ${result.status})`);
}

function ensureInstalled({ force = false } = {}) {
  if (!force && isInstalled()) return false;
  console.log("sp2019: installing the SPFx 1.4.1 toolchain (sp2019/package-lock.json) …");
  runNpm(["ci", "--ignore-scripts", "--no-audit", "--no-fund"], SP2019);
  const loader = path.join(SP2019, "node_modules", "@microsoft", "sp-loader");
  const result = spawnSync(process.execPath, ["npm-postinstall.js"], { cwd: loader, stdio: "inherit" });
  if (result.status !== 0) throw new Error("sp2019: @microsoft/sp-loader's npm-postinstall.js failed");
  fs.writeFileSync(MARKER, lockHash());
  return true;
}

module.exports = { ensureInstalled };

if (require.main === module) {
  try {
    ensureInstalled({ force: process.argv.includes("--force") });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
