#!/usr/bin/env node
/**
 * Opens the built .sppkg and checks that it carries what a municipality installs:
 * both web parts (Teams hosts, da-DK titles), the Planer command set (commands with da-DK
 * titles, tenant-wide registration), the status Field Customizer (its manifest and the id
 * ensureSchema associates with OirStatus), the Teams icons, every bundle and loc file the component
 * manifests point to, Fluent's icon fonts, no CDN URL in any script. Prints bundle sizes (gzip -9).
 *
 *   npm run check:package [-- path/to/file.sppkg]
 *
 * Exit code 1 with one line per failure. `checkPackage()` is exported for tests/package.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const JSZip = require("jszip");
const { checkIconFontAssets } = require("./shared/iconFonts");
const { commandSetLoaderFailures } = require("./shared/listViewBundles");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_SPPKG = path.join(ROOT, "sharepoint", "solution", "oir-planner.sppkg");
const TEAMS_HOSTS = ["TeamsTab", "TeamsPersonalApp"];
/** Teams manifest schema: description.short is at most 80 characters. */
const TEAMS_SHORT_DESCRIPTION_MAX = 80;
const SHAREPOINT_HOSTS = ["SharePointWebPart", "SharePointFullPage"];

/** What the package must contain, by component alias. */
const EXPECTED = {
  webParts: [
    { alias: "OirTimelineWebPart", daTitle: "ØiR-tidsplan" },
    { alias: "ResourceBookingWebPart", daTitle: "Ressourcebooking" }
  ],
  commandSets: [
    {
      alias: "PlanerCommandSet",
      commands: {
        MARK_STARTED: "Markér som påbegyndt",
        MARK_COMPLETED: "Markér som fuldført",
        OPEN_IN_TIMELINE: "Åbn i ØiR-tidsplan",
        UPDATE_FROM_KOMBIT: "Opdatér fra KOMBIT"
      },
      listTemplateId: "100"
    }
  ],
  fieldCustomizers: [
    /** Associated with the Planer list's OirStatus column by ensureSchema (src/data/sync/ensureLocalLists.ts). */
    { alias: "StatusFieldCustomizer", id: "ee691db6-68d2-416b-81c5-9b4476ce921f" }
  ],
  /** The municipality's lists, provisioned when the app is added to a site (sharepoint/assets/lists.xml). */
  listInstances: ["Planer", "Arbejdsgruppe", "Ressourcebookinger", "Webinardeltagelse"]
};

function xmlUnescape(text) {
  return text
    .replace(/&quot;/g, "\"")
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_m, code) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/** The value of an XML attribute in a piece of markup, unescaped; undefined when absent. */
function attribute(markup, name) {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(markup);
  return match ? xmlUnescape(match[1]) : undefined;
}

/** Width, height and colour type of a PNG, or undefined when the bytes are not a PNG. */
function pngInfo(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 26 || !bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] };
}

/**
 * Decodes an 8-bit RGBA, non-interlaced PNG into pixels (undoing the per-row filters).
 * Returns undefined for any other kind of PNG.
 */
function decodeRgbaPng(bytes) {
  const info = pngInfo(bytes);
  if (!info || info.colorType !== 6 || bytes[24] !== 8 || bytes[28] !== 0) return undefined;
  const idat = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("ascii", offset + 4, offset + 8);
    if (type === "IDAT") idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = info.width * 4;
  const pixels = Buffer.alloc(info.height * stride);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { ...info, pixels };
}

/** Teams outline icons: white (or nearly) where drawn, transparent elsewhere. */
function outlineProblem(bytes) {
  const image = decodeRgbaPng(bytes);
  if (!image) return "is not an 8-bit RGBA PNG";
  let transparent = 0;
  let drawn = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const [r, g, b, alpha] = image.pixels.subarray(i, i + 4);
    if (alpha === 0) transparent++;
    else {
      drawn++;
      if (r < 230 || g < 230 || b < 230) return "is not white on transparent (a drawn pixel is coloured)";
    }
  }
  if (transparent === 0) return "has no transparent pixels";
  if (drawn === 0) return "is empty";
  return undefined;
}

/** Colour types 4 (grey + alpha) and 6 (RGBA) carry transparency; so does a tRNS chunk. */
function hasTransparency(bytes, info) {
  return info.colorType === 4 || info.colorType === 6 || bytes.includes(Buffer.from("tRNS", "ascii"));
}

/** Reads every ClientSideComponent of the package: its manifest and the file it came from. */
async function readComponents(zip) {
  const components = [];
  for (const name of Object.keys(zip.files)) {
    if (!/\/(WebPart|Extension|ClientSideComponent)_[^/]+\.xml$/i.test(name)) continue;
    const xml = await zip.file(name).async("string");
    const raw = attribute(xml, "ComponentManifest");
    if (raw === undefined) continue;
    components.push({ file: name, manifest: JSON.parse(raw) });
  }
  return components;
}

function scriptResources(manifest, type) {
  const resources = (manifest.loaderConfig && manifest.loaderConfig.scriptResources) || {};
  return Object.entries(resources).filter(([, r]) => r.type === type);
}

/**
 * Checks an .sppkg. Resolves to { failures: string[], bundles: {file, components, raw, gzip}[],
 * chunks: {file, loadedBy, raw, gzip}[] (split off by import()), components }.
 * Never throws for a broken package: every problem is a failure line.
 */
async function checkPackage(sppkgPath = DEFAULT_SPPKG) {
  const failures = [];
  const bundles = [];
  if (!fs.existsSync(sppkgPath)) {
    return { failures: [`Package not found: ${sppkgPath} (run npm run package)`], bundles, components: [] };
  }
  let zip;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
  } catch (error) {
    return { failures: [`Not a readable .sppkg (zip): ${sppkgPath}: ${error.message}`], bundles, components: [] };
  }
  const file = (name) => zip.file(name);
  const assetNames = Object.keys(zip.files).filter((n) => n.startsWith("ClientSideAssets/") && !zip.files[n].dir);
  const asset = (name) => file(`ClientSideAssets/${name}`);

  // The solution: tenant-wide deployable.
  const appManifest = file("AppManifest.xml");
  if (!appManifest) failures.push("AppManifest.xml is missing");
  else {
    const xml = await appManifest.async("string");
    if (attribute(xml, "SkipFeatureDeployment") !== "true") failures.push("AppManifest.xml: SkipFeatureDeployment is not true (no tenant-wide deployment)");
    if (attribute(xml, "IsClientSideSolution") !== "true") failures.push("AppManifest.xml: IsClientSideSolution is not true");
  }

  const components = await readComponents(zip);
  const byAlias = new Map(components.map((c) => [c.manifest.alias, c]));

  for (const expected of EXPECTED.webParts) {
    const component = byAlias.get(expected.alias);
    if (!component) {
      failures.push(`Web part ${expected.alias} is missing`);
      continue;
    }
    const m = component.manifest;
    if (m.componentType !== "WebPart") failures.push(`${expected.alias}: componentType is ${m.componentType}, not WebPart`);
    const hosts = m.supportedHosts || [];
    for (const host of [...SHAREPOINT_HOSTS, ...TEAMS_HOSTS]) {
      if (!hosts.includes(host)) failures.push(`${expected.alias}: supportedHosts lacks ${host}`);
    }
    const entry = (m.preconfiguredEntries || [])[0] || {};
    const daTitle = entry.title && entry.title["da-DK"];
    if (daTitle !== expected.daTitle) failures.push(`${expected.alias}: da-DK title is ${JSON.stringify(daTitle)}, expected ${JSON.stringify(expected.daTitle)}`);
    if (!entry.description || !entry.description["da-DK"]) failures.push(`${expected.alias}: no da-DK description`);
    // "Sync to Teams" makes the Teams app's description.short from the first preconfigured entry's
    // description (https://learn.microsoft.com/sharepoint/dev/spfx/deployment-spfx-teams-solutions),
    // and Teams' manifest schema allows description.short 80 characters.
    for (const [locale, text] of Object.entries(entry.description || {})) {
      if (typeof text === "string" && [...text].length > TEAMS_SHORT_DESCRIPTION_MAX) {
        failures.push(`${expected.alias}: description (${locale}) is ${[...text].length} characters; Teams' description.short allows ${TEAMS_SHORT_DESCRIPTION_MAX}`);
      }
    }
    if (!entry.title || !entry.title["en-US"]) failures.push(`${expected.alias}: no en-US title`);
    if (entry.iconImageUrl && !/^https:\/\//i.test(entry.iconImageUrl)) failures.push(`${expected.alias}: iconImageUrl is not absolute (${entry.iconImageUrl})`);

    // Teams: SharePoint builds the Teams app from these two icons per web part.
    for (const [suffix, size] of [["color", 192], ["outline", 32]]) {
      const iconName = `${m.id}_${suffix}.png`;
      const icon = asset(iconName);
      if (!icon) {
        failures.push(`${expected.alias}: Teams icon ${iconName} is missing`);
        continue;
      }
      const bytes = await icon.async("nodebuffer");
      const info = pngInfo(bytes);
      if (!info) failures.push(`${expected.alias}: ${iconName} is not a PNG`);
      else {
        if (info.width !== size || info.height !== size) failures.push(`${expected.alias}: ${iconName} is ${info.width}×${info.height}, expected ${size}×${size}`);
        if (suffix === "outline" && !hasTransparency(bytes, info)) failures.push(`${expected.alias}: ${iconName} has no transparency`);
        else if (suffix === "outline") {
          const problem = outlineProblem(bytes);
          if (problem) failures.push(`${expected.alias}: ${iconName} ${problem}`);
        }
      }
    }
  }

  for (const expected of EXPECTED.commandSets) {
    const component = byAlias.get(expected.alias);
    if (!component) {
      failures.push(`Command set ${expected.alias} is missing`);
      continue;
    }
    const m = component.manifest;
    if (m.extensionType !== "ListViewCommandSet") failures.push(`${expected.alias}: extensionType is ${m.extensionType}, not ListViewCommandSet`);
    for (const [id, daTitle] of Object.entries(expected.commands)) {
      const item = (m.items || {})[id];
      if (!item) failures.push(`${expected.alias}: command ${id} is missing`);
      else if (!item.title || item.title["da-DK"] !== daTitle) failures.push(`${expected.alias}: command ${id} da-DK title is ${JSON.stringify(item.title && item.title["da-DK"])}, expected ${JSON.stringify(daTitle)}`);
    }
    // Registrations: per list (elements.xml CustomAction) and tenant-wide (ClientSideInstance.xml).
    let customAction = false;
    let tenantWide = false;
    for (const name of Object.keys(zip.files)) {
      if (!name.endsWith(".xml") || zip.files[name].dir) continue;
      const xml = await file(name).async("string");
      for (const tag of xml.match(/<CustomAction\b[^>]*>/g) || []) {
        if (attribute(tag, "ClientSideComponentId") === m.id && attribute(tag, "RegistrationId") === expected.listTemplateId) customAction = true;
      }
      for (const tag of xml.match(/<ClientSideComponentInstance\b[^>]*>/g) || []) {
        if (attribute(tag, "ComponentId") === m.id && attribute(tag, "ListTemplateId") === expected.listTemplateId) tenantWide = true;
      }
    }
    if (!customAction) failures.push(`${expected.alias}: no CustomAction for list template ${expected.listTemplateId} (elements.xml)`);
    if (!tenantWide) failures.push(`${expected.alias}: no ClientSideComponentInstance for list template ${expected.listTemplateId} (ClientSideInstance.xml)`);
  }

  for (const expected of EXPECTED.fieldCustomizers) {
    const component = byAlias.get(expected.alias);
    if (!component) {
      failures.push(`Field customizer ${expected.alias} is missing`);
      continue;
    }
    const m = component.manifest;
    if (m.componentType !== "Extension" || m.extensionType !== "FieldCustomizer") {
      failures.push(`${expected.alias}: is ${m.componentType}/${m.extensionType}, not Extension/FieldCustomizer`);
    }
    if (m.id !== expected.id) failures.push(`${expected.alias}: id is ${m.id}, expected ${expected.id} (the id ensureSchema associates with OirStatus)`);
    if (scriptResources(m, "path").length === 0) failures.push(`${expected.alias}: no bundle`);
  }

  // List provisioning: each ListInstance with its CustomSchema file.
  const listInstances = new Map();
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml") || zip.files[name].dir) continue;
    const xml = await file(name).async("string");
    for (const tag of xml.match(/<ListInstance\b[^>]*>/g) || []) {
      listInstances.set(attribute(tag, "Title"), { folder: path.posix.dirname(name), schema: attribute(tag, "CustomSchema") });
    }
  }
  // SPFx packs elementFiles at the package root and lists them in the feature's relationships.
  const elementFiles = new Set();
  for (const name of Object.keys(zip.files).filter((n) => /^_rels\/feature_[^/]+\.rels$/.test(n))) {
    const rels = await file(name).async("string");
    for (const tag of rels.match(/<Relationship\b[^>]*>/g) || []) {
      if ((attribute(tag, "Type") || "").endsWith("/feature-elementfile")) elementFiles.add(attribute(tag, "Target").replace(/^\//, ""));
    }
  }
  for (const title of EXPECTED.listInstances) {
    const instance = listInstances.get(title);
    if (!instance) failures.push(`List ${title} is not provisioned (no ListInstance)`);
    else if (instance.schema) {
      const packed = [...elementFiles].find((f) => path.posix.basename(f) === instance.schema);
      if (!packed || !file(packed)) failures.push(`List ${title}: schema file ${instance.schema} is not in the feature (elementFiles)`);
    }
  }

  // Every script a component loads from the package must be in it; measure the bundles.
  for (const { manifest } of components) {
    for (const [id, resource] of scriptResources(manifest, "path")) {
      const bundle = asset(resource.path);
      if (!bundle) {
        failures.push(`${manifest.alias}: bundle ${resource.path} (${id}) is missing`);
        continue;
      }
      const known = bundles.find((b) => b.file === resource.path);
      if (known) {
        known.components.push(manifest.alias);
        continue;
      }
      const bytes = await bundle.async("nodebuffer");
      bundles.push({ file: resource.path, components: [manifest.alias], raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
    }
    for (const [id, resource] of scriptResources(manifest, "localizedPath")) {
      const paths = [resource.defaultPath, ...Object.values(resource.paths || {})].filter(Boolean);
      for (const p of new Set(paths)) {
        if (!asset(p)) failures.push(`${manifest.alias}: loc file ${p} (${id}) is missing`);
      }
      const locales = Object.keys(resource.paths || {}).map((l) => l.toLowerCase());
      for (const locale of ["da-dk", "en-us"]) {
        if (!locales.includes(locale)) failures.push(`${manifest.alias}: loc module ${id} has no ${locale}`);
      }
    }
  }
  // Anything else in ClientSideAssets is dead weight, typically a stale bundle of an earlier build.
  const referenced = new Set();
  for (const { manifest } of components) {
    for (const [, r] of scriptResources(manifest, "path")) referenced.add(r.path);
    for (const [, r] of scriptResources(manifest, "localizedPath")) [r.defaultPath, ...Object.values(r.paths || {})].forEach((p) => referenced.add(p));
    if (manifest.componentType === "WebPart") ["color", "outline"].forEach((s) => referenced.add(`${manifest.id}_${s}.png`));
  }
  // Chunks split off by dynamic import() (webpack: chunk.<id or name>_<hash>.js) are used when a
  // bundle (or a used chunk) names exactly that chunk in its loader map: its id and its hash.
  const chunks = [];
  const loaders = [];
  for (const b of bundles) loaders.push({ file: b.file, text: (await asset(b.file).async("nodebuffer")).toString("latin1") });
  const chunkFiles = assetNames.map((n) => n.slice("ClientSideAssets/".length)).filter((b) => /^chunk\.[\w-]+_[0-9a-f]{16,}\.js$/.test(b));
  for (let found = true; found; ) {
    found = false;
    for (const base of chunkFiles) {
      if (referenced.has(base)) continue;
      const [, id, hash] = /^chunk\.([\w-]+)_([0-9a-f]+)\.js$/.exec(base);
      const idText = /^\d+$/.test(id) ? `${id}:"${hash}"` : `"${id}"`;
      const loader = loaders.find((l) => l.text.includes(`"${hash}"`) && l.text.includes(idText));
      if (!loader) continue;
      const bytes = await asset(base).async("nodebuffer");
      referenced.add(base);
      loaders.push({ file: base, text: bytes.toString("latin1") });
      chunks.push({ file: base, loadedBy: loader.file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
      found = true;
    }
  }
  // Fluent's icon fonts, which the web parts register from here; no script may name a CDN.
  const iconFonts = await checkIconFontAssets(assetNames.map((n) => n.slice("ClientSideAssets/".length)), (base) => asset(base).async("nodebuffer"));
  failures.push(...iconFonts.failures);
  failures.push(...commandSetLoaderFailures(bundles));
  iconFonts.fonts.forEach((font) => referenced.add(font));
  for (const name of assetNames) {
    const base = name.slice("ClientSideAssets/".length);
    const licenseOf = base.endsWith(".LICENSE.txt") ? base.slice(0, -".LICENSE.txt".length) : undefined;
    if (!referenced.has(base) && !(licenseOf && referenced.has(licenseOf))) failures.push(`ClientSideAssets/${base} is not used by any component (stale build output?)`);
  }
  if (components.length > 0 && bundles.length === 0) failures.push("No bundles found in ClientSideAssets/");
  if (assetNames.length === 0) failures.push("ClientSideAssets/ is empty (includeClientSideAssets?)");

  return { failures, bundles, chunks, components: components.map((c) => ({ alias: c.manifest.alias, id: c.manifest.id, file: c.file })) };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  const sppkg = path.resolve(process.argv[2] || DEFAULT_SPPKG);
  const { failures, bundles, chunks, components } = await checkPackage(sppkg);
  const size = fs.existsSync(sppkg) ? fs.statSync(sppkg).size : 0;
  console.log(`${path.relative(process.cwd(), sppkg)}: ${kb(size)} (${size} bytes)`);
  for (const c of components) console.log(`  component ${c.alias} ${c.id}`);
  for (const b of bundles) {
    console.log(`  bundle ${b.file} (${b.components.join(", ")}): ${kb(b.raw)} raw, ${kb(b.gzip)} gzip (${b.raw} / ${b.gzip} bytes)`);
  }
  for (const c of chunks) {
    console.log(`  chunk ${c.file} (loaded on demand by ${c.loadedBy}): ${kb(c.raw)} raw, ${kb(c.gzip)} gzip (${c.raw} / ${c.gzip} bytes)`);
  }
  if (failures.length > 0) {
    console.error(`Package check FAILED (${failures.length}):`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exitCode = 1;
  } else {
    console.log("Package check passed.");
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`Package check could not run: ${error.stack || error}`);
    process.exitCode = 1;
  });
}

module.exports = { checkPackage, decodeRgbaPng, DEFAULT_SPPKG, EXPECTED };
