"use strict";

/**
 * SPFx classic gulp toolchain (sp-build-web 1.23). `npm run package` runs
 * `gulp bundle --ship && gulp package-solution --ship` and must finish without warnings.
 */
const fs = require("fs");
const path = require("path");
const build = require("@microsoft/sp-build-web");
const { copyIconFonts, fluentCdnDefaults } = require("./tools/shared/iconFonts");

// `gulp bundle` adds new hashed bundles to dist/ and release/assets/ without removing the old
// ones, and package-solution --ship packs everything in release/assets/. Start every bundle from
// empty output folders so the .sppkg holds only the current build.
const cleanBundleOutput = build.subTask("clean-bundle-output", (gulp, buildOptions, done) => {
  for (const folder of ["dist", "release"]) fs.rmSync(path.join(__dirname, folder), { recursive: true, force: true });
  done();
});
build.rig.addPreBuildTask(cleanBundleOutput);

// Fluent's MDL2 icon fonts ship in the package (ClientSideAssets) and the web parts register them
// from there (src/ui/common/iconFonts.ts registerIconFonts), so icons render on a farm without
// internet. package-solution --ship packs every file in release/assets/ (spfx-heft-plugins
// SolutionPackager); gulp serve serves dist/. Flat, beside the bundles: internalModuleBaseUrls[0].
const copyIconFontsTask = build.subTask("copy-icon-fonts", (gulp, buildOptions, done) => {
  const folders = buildOptions.production ? ["dist", path.join("release", "assets")] : ["dist"];
  for (const folder of folders) copyIconFonts(path.join(__dirname, folder));
  done();
});
build.rig.addPostBundleTask(copyIconFontsTask);

/**
 * Fluent's code carries Microsoft's CDN as its default font location: @fluentui/theme registers
 * the Segoe UI web fonts from it when the module loads, and initializeIcons defaults to it. On a
 * farm without internet those requests fail; empty the defaults in the emitted bundles (after
 * minification, so the minifier cannot reintroduce them) and text uses the computer's fonts.
 * tools/check-package.js fails a package whose bundles still name a CDN.
 */
class NoFluentCdnDefaultsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoFluentCdnDefaults", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1;
      compilation.hooks.processAssets.tap({ name: "NoFluentCdnDefaults", stage }, (assets) => {
        for (const [name, asset] of Object.entries(assets)) {
          if (!name.endsWith(".js")) continue;
          const found = fluentCdnDefaults(asset.source().toString());
          if (found.length === 0) continue;
          const source = new sources.ReplaceSource(asset);
          for (const { start, end } of found) source.replace(start, end - 1, "");
          compilation.updateAsset(name, source);
        }
      });
    });
  }
}
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = [...(config.plugins || []), new NoFluentCdnDefaultsPlugin()];
    return config;
  }
});

// `gulp serve` in SPFx ≥1.15 is `serve-deprecated` under the hood; keep the familiar name.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set("serve", result.get("serve-deprecated"));
  return result;
};

build.initialize(require("gulp"));
