/**
 * Builds one static page per benchmark entry with esbuild into <outDir>/<name>/
 * {index.html, main.js, main.css?, meta.json}: minified production bundles, no network at run time.
 * SPFx resolves loc modules by name (config.json localizedResources); tools/esbuild/locPlugin.js
 * does the same with the da-dk files, so our components render the Danish strings the users see.
 */
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLocPlugin } from "../esbuild/locPlugin.js";
import { copyIconFonts } from "../shared/iconFonts.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "..", "..");
const locPlugin = createLocPlugin({ locales: ["da-dk"] });

/** Version of an installed package (read from node_modules: some export maps hide package.json). */
function packageVersion(name) {
  const file = path.join(ROOT, "node_modules", ...name.split("/"), "package.json");
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")).version : "-";
}

const html = (name, hasCss, coldFonts) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${name}</title>
${coldFonts ? "<script>window.__benchColdFonts = true;</script>" : ""}${hasCss ? '<link rel="stylesheet" href="main.css">' : ""}<style>html,body{margin:0}#root{position:relative;width:100vw}</style>
</head><body><div id="root"></div><script type="module" src="main.js"></script></body></html>\n`;

/** Builds the given entries; returns the names built and those skipped (entry file missing). */
export async function buildEntries(entries, outDir, { minify = true } = {}) {
  const built = [];
  const skipped = [];
  for (const e of entries) {
    const source = path.join(HERE, "entries", e.entry);
    if (!fs.existsSync(source)) {
      skipped.push({ name: e.name, reason: `no entry file ${path.relative(ROOT, source)}` });
      continue;
    }
    const dir = path.join(outDir, e.name);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: { main: source },
      outdir: dir,
      bundle: true,
      minify,
      format: "esm",
      platform: "browser",
      target: "es2020",
      jsx: "transform",
      alias: e.alias ?? {},
      logLevel: "error",
      define: { "process.env.NODE_ENV": '"production"' },
      tsconfig: path.join(ROOT, "tsconfig.json"),
      // Fluent UI's icon fonts and images are not part of a first paint measurement.
      loader: { ".woff": "empty", ".woff2": "empty", ".ttf": "empty", ".svg": "dataurl", ".png": "dataurl" },
      plugins: [locPlugin]
    });
    const hasCss = fs.existsSync(path.join(dir, "main.css"));
    // Fluent UI's icon fonts, served beside pages that use Fluent, as the packages serve them.
    if (e.packages.includes("@fluentui/react")) copyIconFonts(path.join(dir, "fonts"));
    fs.writeFileSync(path.join(dir, "index.html"), html(e.name, hasCss, e.coldFonts === true));
    const versions = Object.fromEntries(e.packages.map((p) => [p, packageVersion(p)]));
    fs.writeFileSync(path.join(dir, "meta.json"), JSON.stringify({ name: e.name, versions }, null, 1));
    built.push(e.name);
  }
  return { built, skipped };
}
