/**
 * Builds the local demo page (tools/demo/main.tsx) with esbuild into temp/demo/: the same
 * src/ui roots and PnPjs repositories the web parts use, plus Fluent's icon fonts copied from
 * node_modules so the page never asks a CDN for anything.
 *
 * SPFx resolves loc modules by name (config.json localizedResources); the plugin below does the
 * same: it evaluates the da-dk and en-us AMD files and picks one at run time (`?lang=en-us`).
 */
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "temp", "demo");
const LOCALES = ["da-dk", "en-us"];

/** Loc module name → folder under src/loc. */
const LOC_MODULES = {
  OirCommonStrings: "common",
  OirTimelineWebPartStrings: "timeline",
  ResourceBookingWebPartStrings: "booking",
  PlanerCommandSetStrings: "commandSet"
};

/** Evaluates an SPFx AMD loc file (define([], function () { return {...}; })). */
function evaluateAmdLoc(file) {
  let result;
  const define = (deps, factory) => {
    result = typeof deps === "function" ? deps() : factory();
  };
  new Function("define", fs.readFileSync(file, "utf8"))(define);
  if (!result || typeof result !== "object") throw new Error(`Not an AMD loc module: ${file}`);
  return result;
}

const locPlugin = {
  name: "oir-loc",
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LOC_MODULES).join("|")})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: "oir-loc" }));
    build.onLoad({ filter: /.*/, namespace: "oir-loc" }, (args) => {
      const dir = path.join(ROOT, "src", "loc", LOC_MODULES[args.path]);
      const files = LOCALES.map((locale) => path.join(dir, `${locale}.js`));
      const byLocale = Object.fromEntries(LOCALES.map((locale, i) => [locale, evaluateAmdLoc(files[i])]));
      return {
        contents:
          `var all = ${JSON.stringify(byLocale)};\n` +
          `var lang = (new URLSearchParams(window.location.search).get("lang") || "da-dk").toLowerCase();\n` +
          `module.exports = all[lang] || all["da-dk"];\n`,
        loader: "js",
        watchFiles: files
      };
    });
  }
};

function copyIconFonts() {
  // The package exports no ./package.json: find its root from its main entry.
  let packageDir = path.dirname(require.resolve("@fluentui/font-icons-mdl2"));
  while (!fs.existsSync(path.join(packageDir, "fonts")) && path.dirname(packageDir) !== packageDir) packageDir = path.dirname(packageDir);
  const fontsDir = path.join(packageDir, "fonts");
  const target = path.join(OUT_DIR, "fonts");
  fs.mkdirSync(target, { recursive: true });
  const fonts = fs.readdirSync(fontsDir).filter((f) => f.endsWith(".woff"));
  if (fonts.length === 0) throw new Error(`No .woff icon fonts in ${fontsDir}`);
  for (const font of fonts) fs.copyFileSync(path.join(fontsDir, font), path.join(target, font));
  return fonts.length;
}

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
    plugins: [locPlugin]
  });
  fs.copyFileSync(path.join(__dirname, "index.html"), path.join(OUT_DIR, "index.html"));
  const fonts = copyIconFonts();
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
