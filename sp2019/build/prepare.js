#!/usr/bin/env node
/**
 * Prepares the SharePoint Server 2019/SE build (SPFx 1.4.1) from the project's sources, before
 * 1.4.1's own `gulp bundle --ship` and `gulp package-solution --ship` run:
 *  - lib/<entry>.js: each component pre-bundled by esbuild (ES2017 modules). React 17, Fluent UI
 *    v8, PnPjs and date-fns are bundled; only the farm's SPFx 1.4.1 libraries and our loc modules
 *    stay external. 1.4.1's TypeScript 2.4, webpack 3 and UglifyJS cannot read today's sources
 *    or packages, so webpack only wraps this file (and its on-demand chunks) as the AMD module
 *    SharePoint loads.
 *  - src/<entry>.manifest.json: the Online manifest without what 1.4.1's schema does not know
 *    (supportedHosts, supportsThemeVariants), validated with 1.4.1's ManifestValidator: its
 *    package-solution silently leaves out a component whose manifest is invalid.
 *  - lib/loc: the loc modules, as they are.
 *  - sharepoint/assets and config/package-solution.json: see ./packageAssets.js.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { ENTRIES, SP_LIBRARIES } = require("./entries");
const { createAdapterPlugin } = require("./adapters");
const { createFluentDeepImportsPlugin } = require("./fluentDeepImports");
const { writePackageAssets } = require("./packageAssets");
const { compressFile } = require("./compress");

const SP2019 = path.resolve(__dirname, "..");
const ROOT = path.resolve(SP2019, "..");
const esbuild = require(path.join(ROOT, "node_modules", "esbuild"));
const { blankFluentCdnDefaults } = require(path.join(ROOT, "tools", "shared", "iconFonts.js"));
const ManifestValidator = require(path.join(SP2019, "node_modules", "@microsoft", "sp-module-interfaces", "lib", "manifestSchemaValidator")).default;

const SCHEMAS = path.join(SP2019, "node_modules", "@microsoft", "sp-module-interfaces", "lib", "manifestSchemas", "jsonSchemas");

/** Loc module names and their folders, from the 1.4.1 config (the same names as Online's). */
function locModules() {
  const config = JSON.parse(fs.readFileSync(path.join(SP2019, "config", "config.json"), "utf8"));
  return Object.entries(config.localizedResources).map(([name, pattern]) => ({ name, folder: /^lib\/loc\/([^/]+)\//.exec(pattern)[1] }));
}

/** Top-level manifest keys 1.4.1's schema for this kind of component allows. */
function allowedManifestKeys(manifest) {
  const schemaFile =
    manifest.componentType === "WebPart"
      ? "client-side-web-part-manifest.schema.json"
      : manifest.extensionType === "ListViewCommandSet"
        ? "command-set-extension-manifest.schema.json"
        : "client-side-extension-manifest.schema.json";
  const keys = new Set();
  const collect = (schema) => {
    if (!schema || typeof schema !== "object") return;
    if (schema.properties) for (const key of Object.keys(schema.properties)) keys.add(key);
    for (const part of schema.allOf || []) collect(part);
    if (typeof schema.$ref === "string") {
      const [file, pointer] = schema.$ref.split("#");
      const target = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file || schemaFile), "utf8"));
      collect(pointer ? pointer.split("/").filter(Boolean).reduce((node, part) => node && node[part], target) : target);
    }
  };
  collect(JSON.parse(fs.readFileSync(path.join(SCHEMAS, schemaFile), "utf8")));
  return keys;
}

/** The Online manifest as 1.4.1 accepts it; throws with 1.4.1's own message when it is not valid. */
function serverManifest(entry) {
  const online = JSON.parse(fs.readFileSync(path.join(ROOT, entry.manifest), "utf8"));
  const allowed = allowedManifestKeys(online);
  const manifest = Object.fromEntries(Object.entries(online).filter(([key]) => key === "$schema" || allowed.has(key)));
  const result = ManifestValidator.validateManifest(manifest);
  if (!result.result) {
    throw new Error(`${entry.alias}: manifest not valid for SPFx 1.4.1:\n${ManifestValidator.getFormattedErrorMessage(result.errors)}`);
  }
  return manifest;
}

async function bundleEntry(entry, locNames) {
  const outdir = path.join(SP2019, "lib", path.dirname(entry.out));
  const name = path.basename(entry.out);
  const result = await esbuild.build({
    entryPoints: { [name]: path.join(ROOT, entry.source) },
    outdir,
    // ES modules, split where the source imports on demand (the timeline's task panel): webpack 3
    // turns each import() into a chunk that SPFx 1.4.1's public-path plugin loads from beside
    // the bundle, so a web part's first download holds only what its first paint needs.
    format: "esm",
    splitting: true,
    chunkNames: `${name}-chunks/[name]-[hash]`,
    bundle: true,
    platform: "browser",
    target: ["es2017"],
    minify: true,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfig: path.join(SP2019, "tsconfig.check.json"),
    external: [...SP_LIBRARIES, ...locNames],
    plugins: [createAdapterPlugin(), createFluentDeepImportsPlugin()]
  });
  // Anything from @microsoft left as an import must be a library the farm serves at 1.4.1.
  const imported = new Set();
  for (const output of Object.values(result.metafile.outputs)) for (const imp of output.imports) if (imp.external) imported.add(imp.path);
  const unknown = [...imported].filter((id) => id.startsWith("@microsoft/") && !SP_LIBRARIES.includes(id));
  if (unknown.length > 0) throw new Error(`${entry.alias}: imports SPFx packages a 1.4.1 farm does not serve: ${unknown.join(", ")}`);
  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"))) {
    const absolute = path.resolve(ROOT, file);
    blankCdnDefaults(absolute);
    await compressFile(absolute);
  }
  const outfile = path.join(outdir, `${name}.js`);
  return { outfile, bytes: fs.statSync(outfile).size };
}

/**
 * Fluent's default font locations are Microsoft's CDN; a farm without internet cannot reach it
 * (the icon fonts are registered from the package instead: src/ui/common/iconFonts.ts).
 */
function blankCdnDefaults(file) {
  fs.writeFileSync(file, blankFluentCdnDefaults(fs.readFileSync(file, "utf8")));
}

async function prepare({ quiet = false } = {}) {
  for (const dir of ["lib", "src", "dist", "temp"]) fs.rmSync(path.join(SP2019, dir), { recursive: true, force: true });
  const locs = locModules();
  for (const entry of ENTRIES) {
    const manifest = serverManifest(entry);
    const manifestFile = path.join(SP2019, "src", `${entry.out}.manifest.json`);
    fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    const { bytes } = await bundleEntry(entry, locs.map((l) => l.name));
    if (!quiet) console.log(`sp2019: ${entry.alias} pre-bundled, ${(bytes / 1024).toFixed(0)} KiB`);
  }
  for (const { folder } of locs) {
    const from = path.join(ROOT, "src", "loc", folder);
    const to = path.join(SP2019, "lib", "loc", folder);
    fs.mkdirSync(to, { recursive: true });
    for (const file of fs.readdirSync(from).filter((f) => f.endsWith(".js"))) fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
  writePackageAssets();
}

module.exports = { prepare };

if (require.main === module) {
  prepare().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
