"use strict";

/**
 * SPFx classic gulp toolchain (sp-build-web 1.23). `npm run package` runs
 * `gulp bundle --ship && gulp package-solution --ship` and must finish without warnings.
 */
const build = require("@microsoft/sp-build-web");

// `gulp serve` in SPFx ≥1.15 is `serve-deprecated` under the hood; keep the familiar name.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set("serve", result.get("serve-deprecated"));
  return result;
};

build.initialize(require("gulp"));
