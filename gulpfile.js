"use strict";

/**
 * SPFx classic gulp toolchain (sp-build-web 1.23). `npm run package` runs
 * `gulp bundle --ship && gulp package-solution --ship` and must finish without warnings.
 */
const fs = require("fs");
const path = require("path");
const build = require("@microsoft/sp-build-web");

// `gulp bundle` adds new hashed bundles to dist/ and release/assets/ without removing the old
// ones, and package-solution --ship packs everything in release/assets/. Start every bundle from
// empty output folders so the .sppkg holds only the current build.
const cleanBundleOutput = build.subTask("clean-bundle-output", (gulp, buildOptions, done) => {
  for (const folder of ["dist", "release"]) fs.rmSync(path.join(__dirname, folder), { recursive: true, force: true });
  done();
});
build.rig.addPreBuildTask(cleanBundleOutput);

// `gulp serve` in SPFx ≥1.15 is `serve-deprecated` under the hood; keep the familiar name.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set("serve", result.get("serve-deprecated"));
  return result;
};

build.initialize(require("gulp"));
