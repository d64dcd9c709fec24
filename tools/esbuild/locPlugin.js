/**
 * esbuild plugin that resolves our loc modules by name, as SPFx does: the names and folders come
 * from config/config.json's localizedResources, so a new loc module needs no change here. It
 * evaluates the AMD files in src/loc (define([], function () { return {...}; })) at build time.
 *
 * With one locale the module is that locale's strings; with several, the page picks one at run
 * time from `?lang=` (the first locale when absent or unknown).
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/** Loc module name → folder under src/loc, from config/config.json ("lib/loc/<folder>/{locale}.js"). */
function locModuleFolders() {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "config.json"), "utf8"));
  return Object.fromEntries(
    Object.entries(config.localizedResources).map(([name, pattern]) => {
      const match = /^lib\/loc\/([^/]+)\/\{locale\}\.js$/.exec(pattern);
      if (!match) throw new Error(`config.json: unexpected localizedResources path for ${name}: ${pattern}`);
      return [name, match[1]];
    })
  );
}

/** Evaluates an SPFx AMD loc file: define([], function () { return {...}; }). */
function evaluateAmdLoc(file) {
  let result;
  const define = (deps, factory) => {
    result = typeof deps === "function" ? deps() : factory();
  };
  new Function("define", fs.readFileSync(file, "utf8"))(define);
  if (!result || typeof result !== "object") throw new Error(`Not an AMD loc module: ${file}`);
  return result;
}

function moduleSource(locales, byLocale) {
  if (locales.length === 1) return `module.exports = ${JSON.stringify(byLocale[locales[0]])};\n`;
  return (
    `var all = ${JSON.stringify(byLocale)};\n` +
    `var lang = (new URLSearchParams(window.location.search).get("lang") || ${JSON.stringify(locales[0])}).toLowerCase();\n` +
    `module.exports = all[lang] || all[${JSON.stringify(locales[0])}];\n`
  );
}

/** The plugin for the given locales (first one is the default), e.g. ["da-dk"] or ["da-dk", "en-us"]. */
function createLocPlugin({ locales = ["da-dk"] } = {}) {
  if (locales.length === 0) throw new Error("createLocPlugin: at least one locale");
  const folders = locModuleFolders();
  const escaped = Object.keys(folders).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return {
    name: "oir-loc",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${escaped.join("|")})$`) }, (args) => ({ path: args.path, namespace: "oir-loc" }));
      build.onLoad({ filter: /.*/, namespace: "oir-loc" }, (args) => {
        const dir = path.join(ROOT, "src", "loc", folders[args.path]);
        const files = locales.map((locale) => path.join(dir, `${locale}.js`));
        const byLocale = Object.fromEntries(locales.map((locale, i) => [locale, evaluateAmdLoc(files[i])]));
        return { contents: moduleSource(locales, byLocale), loader: "js", watchFiles: files };
      });
    }
  };
}

module.exports = { createLocPlugin };
