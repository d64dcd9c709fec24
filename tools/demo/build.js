/**
 * Builds the local demo page (tools/demo/main.tsx) with esbuild into temp/demo/: the same
 * src/ui roots and PnPjs repositories the web parts use, plus Fluent's icon fonts copied from
 * node_modules so the page never asks a CDN for anything.
 *
 * SPFx resolves loc modules by name (config.json localizedResources); tools/esbuild/locPlugin.js
 * does the same: it evaluates the da-dk and en-us AMD files and picks one at run time (`?lang=en-us`).
 */
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");
const { createLocPlugin } = require("../esbuild/locPlugin");
const { copyIconFonts } = require("../shared/iconFonts");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "temp", "demo");

/** Builds the demo into temp/demo and returns that folder. */
async function buildDemo({ minify = true, quiet = false } = {}) {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, "main.tsx")],
    outfile: path.join(OUT_DIR, "main.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2019"],
    minify,
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": JSON.stringify(minify ? "production" : "development") },
    tsconfig: path.join(ROOT, "tsconfig.json"),
    plugins: [createLocPlugin({ locales: ["da-dk", "en-us"] })]
  });
  fs.copyFileSync(path.join(__dirname, "index.html"), path.join(OUT_DIR, "index.html"));
  const fonts = copyIconFonts(path.join(OUT_DIR, "fonts")).length;
  if (!quiet) {
    const bytes = fs.statSync(path.join(OUT_DIR, "main.js")).size;
    console.log(`demo built: ${path.relative(ROOT, OUT_DIR)}/main.js ${(bytes / 1024).toFixed(0)} KiB, ${fonts} icon fonts`);
  }
  return { outDir: OUT_DIR, metafile: result.metafile };
}

module.exports = { buildDemo, OUT_DIR };

if (require.main === module) {
  buildDemo({ minify: !process.argv.includes("--dev") }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
