#!/usr/bin/env node
/**
 * `npm run package:server`: sharepoint/solution/oir-planner-sp2019.sppkg from the same src/ as the
 * Online package. Installs this folder's pinned SPFx 1.4.1 toolchain when it is missing (./install.js),
 * prepares (./prepare.js), runs 1.4.1's `gulp bundle --ship`, copies the icon fonts beside the
 * bundles (temp/deploy: package-solution --ship packs every file there into the .sppkg's
 * ClientSideAssets, so the web parts load them from the farm, never a CDN), then
 * `gulp package-solution --ship`.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");
const { ensureInstalled } = require("./install");

const SP2019 = path.resolve(__dirname, "..");
const ROOT = path.resolve(SP2019, "..");

function run(args) {
  const gulp = path.join(SP2019, "node_modules", "gulp", "bin", "gulp.js");
  const result = spawnSync(process.execPath, [gulp, ...args], { cwd: SP2019, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`gulp ${args.join(" ")} failed (exit ${result.status})`);
}

async function main() {
  ensureInstalled();
  const started = Date.now();
  await require("./prepare").prepare();
  run(["bundle", "--ship"]);
  const { copyIconFonts } = require(path.join(ROOT, "tools", "shared", "iconFonts.js"));
  copyIconFonts(path.join(SP2019, "temp", "deploy"));
  run(["package-solution", "--ship"]);
  console.log(`sp2019: sharepoint/solution/oir-planner-sp2019.sppkg in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
