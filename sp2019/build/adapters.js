/**
 * esbuild plugin: where SPFx 1.4.1 lacks a package the Online build imports, the import resolves
 * to an adapter in src/sp2019 (sp2019/tsconfig.check.json maps the same names for the type-check).
 * - @microsoft/sp-property-pane (SPFx 1.5+): 1.4.1 has the property pane in sp-webpart-base.
 */
"use strict";
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

const ADAPTERS = {
  "@microsoft/sp-property-pane": path.join(ROOT, "src", "sp2019", "spPropertyPane.ts")
};

function createAdapterPlugin() {
  const names = Object.keys(ADAPTERS).map((n) => n.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
  return {
    name: "oir-sp2019-adapters",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join("|")})$`) }, (args) => ({ path: ADAPTERS[args.path] }));
    }
  };
}

module.exports = { createAdapterPlugin };
