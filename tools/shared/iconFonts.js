"use strict";
/**
 * Fluent UI's MDL2 icon fonts, shipped with our own files instead of Microsoft's CDN: a farm
 * without internet access cannot reach the CDN, and its icons then render as empty boxes.
 *
 * One place for every build that needs them: the SharePoint Online package (gulpfile.js), the
 * SharePoint Server 2019 package (sp2019/build/package.js), the local demo (tools/demo/build.js)
 * and the UI benchmark pages (tools/bench-ui/build.mjs). Plain CommonJS and Node built-ins only,
 * so the SPFx 1.4.1 toolchain in sp2019/ can require it by path.
 *
 * The font files are the ones of the @fluentui/font-icons-mdl2 that @fluentui/react uses: their
 * names carry a content hash that the registered subsets name (src/ui/common/iconFonts.ts), so
 * they must come from the very version that is bundled.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * Hosts of Microsoft's CDNs that serve Fluent/Fabric fonts and icons or Office scripts. A bundle
 * naming one would make a browser on a farm without internet ask for it (and fail).
 */
const CDN_HOSTS = [
  "res-1.cdn.office.net",
  "res.cdn.office.net",
  "static2.sharepointonline.com",
  "static.sharepointonline.com",
  "spoprod-a.akamaihd.net",
  "appsforoffice.microsoft.com",
  "fonts.googleapis.com",
  "fonts.gstatic.com"
];

/** The folder of @fluentui/font-icons-mdl2 (the copy @fluentui/react resolves) holding the fonts. */
function iconFontsDir() {
  // Resolve from @fluentui/react's own folder: a nested copy would be the one that is bundled.
  const fluentReact = require.resolve("@fluentui/react", { paths: [ROOT] });
  // The package exports no ./package.json: climb from its main entry to the folder with fonts/.
  let dir = path.dirname(require.resolve("@fluentui/font-icons-mdl2", { paths: [path.dirname(fluentReact)] }));
  while (!fs.existsSync(path.join(dir, "fonts")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const fontsDir = path.join(dir, "fonts");
  if (!fs.existsSync(fontsDir)) throw new Error(`No fonts/ folder beside @fluentui/font-icons-mdl2 (looked up from ${fluentReact})`);
  return fontsDir;
}

/** Absolute paths of the MDL2 icon fonts (.woff), sorted by name; throws when there are none. */
function iconFontFiles() {
  const dir = iconFontsDir();
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".woff"))
    .sort();
  if (files.length === 0) throw new Error(`No .woff icon fonts in ${dir}`);
  return files.map((name) => path.join(dir, name));
}

/**
 * Copies the icon fonts flat into destDir (created when missing), where the bundles are, so the
 * web parts register them from the folder they were loaded from. Returns the file names copied.
 */
function copyIconFonts(destDir) {
  if (typeof destDir !== "string" || destDir === "") throw new Error("copyIconFonts: destDir must be a folder path");
  fs.mkdirSync(destDir, { recursive: true });
  const names = [];
  for (const file of iconFontFiles()) {
    const name = path.basename(file);
    fs.copyFileSync(file, path.join(destDir, name));
    names.push(name);
  }
  return names;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const CDN_URL = new RegExp(`(?:https?:)?//(?:${CDN_HOSTS.map(escapeRegExp).join("|")})(?![\\w.-])[^\\s"'\`)<>]*`, "gi");

/** Every URL on one of CDN_HOSTS in a text (a bundle's source), in order, duplicates kept. */
function findCdnUrls(text) {
  return text.match(CDN_URL) || [];
}

/**
 * Fluent's own defaults for where its fonts live, as string literals in its code:
 * `@fluentui/theme` registers the Segoe UI web fonts from res-1.cdn.office.net at module load
 * (unless window.FabricConfig.fontBaseUrl says otherwise), and `@fluentui/font-icons-mdl2`
 * defaults initializeIcons' base URL to res.cdn.office.net. Older Fabric used static2 /
 * spoprod-a. Matches the text between the quotes of such a literal.
 */
const FLUENT_CDN_DEFAULT = /(["'`])((?:https?:)?\/\/(?:res-1\.cdn\.office\.net|res\.cdn\.office\.net|static2\.sharepointonline\.com|spoprod-a\.akamaihd\.net)\/files\/fabric[\w./-]*)\1/g;

/**
 * Where Fluent's CDN defaults are in a text: [{ start, end, url }] with start..end (exclusive) the
 * URL between the quotes. Emptying them turns `registerDefaultFontFaces(url)` into a no-op (its
 * `if (baseUrl)`), so text uses the fonts the computer has (Segoe UI on Windows, the next in
 * Fluent's font stack elsewhere), and leaves initializeIcons without a default (we always pass ours).
 */
function fluentCdnDefaults(text) {
  const found = [];
  for (const match of text.matchAll(FLUENT_CDN_DEFAULT)) {
    const start = match.index + 1;
    found.push({ start, end: start + match[2].length, url: match[2] });
  }
  return found;
}

/** The text with Fluent's CDN defaults emptied (for builds that rewrite whole files, e.g. esbuild). */
function blankFluentCdnDefaults(text) {
  let result = "";
  let at = 0;
  for (const { start, end } of fluentCdnDefaults(text)) {
    result += text.slice(at, start);
    at = end;
  }
  return result + text.slice(at);
}

/**
 * The package check's part for icon fonts, for any .sppkg (Online or Server): every icon font is
 * in ClientSideAssets/, and no script there names a CDN. assetNames: the file names in
 * ClientSideAssets/; readAsset(name) resolves to a file's bytes. Resolves to { failures, fonts }
 * (fonts: the names of the icon fonts the package must carry, so the caller counts them as used).
 */
async function checkIconFontAssets(assetNames, readAsset) {
  const failures = [];
  const fonts = iconFontFiles().map((file) => path.basename(file));
  for (const font of fonts) {
    if (!assetNames.includes(font)) failures.push(`Icon font ${font} is missing from ClientSideAssets/ (the web parts register the icons from there)`);
  }
  for (const name of assetNames.filter((n) => n.endsWith(".js"))) {
    const urls = [...new Set(findCdnUrls((await readAsset(name)).toString("latin1")))];
    if (urls.length > 0) failures.push(`ClientSideAssets/${name} names a CDN, which a farm without internet cannot reach: ${urls.join(", ")}`);
  }
  return { failures, fonts };
}

module.exports = { CDN_HOSTS, iconFontsDir, iconFontFiles, copyIconFonts, findCdnUrls, fluentCdnDefaults, blankFluentCdnDefaults, checkIconFontAssets };
