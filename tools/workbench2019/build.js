"use strict";
/**
 * What the 1.4.1 workbench harness needs from the SharePoint Server 2019/SE build, and a private
 * copy of it:
 *  - requireToolchain(): SPFx 1.4.1's workbench and loader in sp2019/node_modules, or a clear error
 *    (installed by the root postinstall, sp2019/build/install.js; never installed from here);
 *  - ensureBuild(): runs `npm run package:server` (sp2019/build/package.js) when sp2019/temp/deploy
 *    is missing or older than what it is built from;
 *  - snapshotBuild(): copies temp/deploy (the files the .sppkg's ClientSideAssets holds) and
 *    temp/manifests.json (1.4.1's manifests of its own libraries) to a temp folder, so a rebuild by
 *    someone else (prepare.js deletes temp/) cannot pull files from under a running workbench.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");
const SP2019 = path.join(ROOT, "sp2019");
const deployDirOf = (sp2019Dir) => path.join(sp2019Dir, "temp", "deploy");
const manifestsJsonOf = (sp2019Dir) => path.join(sp2019Dir, "temp", "manifests.json");

/** Files the workbench runtime itself is served from (SPFx 1.4.1, sp2019/node_modules). */
const TOOLCHAIN_FILES = [
  "node_modules/@microsoft/sp-webpart-workbench/package.json",
  "node_modules/@microsoft/sp-loader/dist/sp-loader-assembly_en-us.js",
  "node_modules/@microsoft/sp-webpart-workbench/dist/sp-webpart-workbench_en-us.js",
  "node_modules/gulp/bin/gulp.js"
];

/** What the package is built from: a change in any of these makes temp/deploy stale. */
const BUILD_INPUTS = ["src", "sp2019/build", "sp2019/config", "sp2019/gulpfile.js", "sharepoint/assets", "config/package-solution.json"];

function requireToolchain(sp2019Dir = SP2019) {
  const missing = TOOLCHAIN_FILES.filter((f) => !fs.existsSync(path.join(sp2019Dir, f)));
  if (missing.length > 0) {
    throw new Error(
      `SPFx 1.4.1 toolchain missing in sp2019/node_modules (${missing.join(", ")}): run \`npm ci\` at the repository root ` +
        "(its postinstall installs sp2019 from sp2019/package-lock.json) or `node sp2019/build/install.js`"
    );
  }
  const version = JSON.parse(fs.readFileSync(path.join(sp2019Dir, TOOLCHAIN_FILES[0]), "utf8")).version;
  if (version !== "1.4.1") throw new Error(`sp2019/node_modules holds @microsoft/sp-webpart-workbench ${version}, not 1.4.1`);
}

/** Newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/**
 * Why the build must run again, or undefined when temp/deploy is complete and newer than its
 * inputs. sp2019Dir: the sp2019 folder (its parent holds the sources).
 */
function staleReason(sp2019Dir = SP2019) {
  const deployDir = deployDirOf(sp2019Dir);
  if (!fs.existsSync(deployDir)) return "sp2019/temp/deploy is missing";
  if (!fs.existsSync(manifestsJsonOf(sp2019Dir))) return "sp2019/temp/manifests.json is missing";
  const files = fs.readdirSync(deployDir);
  if (!files.some((f) => f.endsWith(".json")) || !files.some((f) => f.endsWith(".woff"))) return "sp2019/temp/deploy is incomplete";
  const built = Math.min(...files.map((f) => fs.statSync(path.join(deployDir, f)).mtimeMs));
  const root = path.dirname(sp2019Dir);
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(root, input)) > built);
  return changed ? `${changed} changed after sp2019/temp/deploy was built` : undefined;
}

/** Runs `npm run package:server` when needed; returns whether it ran. Throws with its output on failure. */
function ensureBuild({ log = console.log, sp2019Dir = SP2019 } = {}) {
  requireToolchain(sp2019Dir);
  const reason = staleReason(sp2019Dir);
  if (!reason) return false;
  log(`workbench2019: ${reason}; running npm run package:server …`);
  const result = spawnSync(process.execPath, [path.join(sp2019Dir, "build", "package.js")], {
    cwd: path.dirname(sp2019Dir),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  });
  if (result.status !== 0) {
    const output = `${result.stdout || ""}\n${result.stderr || ""}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`npm run package:server failed (exit ${result.status}):\n${output}`);
  }
  const after = staleReason(sp2019Dir);
  if (after) throw new Error(`npm run package:server ran, but the build is still not usable: ${after}`);
  return true;
}

/** A private copy of the build: { dir, deployDir, manifestsFile, remove() }. */
function snapshotBuild(sp2019Dir = SP2019) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-wb2019-build-"));
  const deployDir = path.join(dir, "deploy");
  fs.cpSync(deployDirOf(sp2019Dir), deployDir, { recursive: true });
  const manifestsFile = path.join(dir, "manifests.json");
  fs.copyFileSync(manifestsJsonOf(sp2019Dir), manifestsFile);
  return { dir, deployDir, manifestsFile, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

module.exports = { requireToolchain, ensureBuild, staleReason, snapshotBuild, SP2019, ROOT };
