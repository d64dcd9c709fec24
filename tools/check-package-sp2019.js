#!/usr/bin/env node
/**
 * Opens the SharePoint Server 2019/SE package (`npm run package:server`, SPFx 1.4.1 in sp2019/)
 * and checks what a 2019/SE farm refuses at upload or cannot load: AppManifest.xml with only what
 * 1.4.1's package-solution writes (no IsDomainIsolated, DeveloperProperties, store metadata); no
 * ClientSideInstance.xml (the command set comes from a CustomAction); manifests that pass 1.4.1's
 * ManifestValidator (no supportedHosts / supportsThemeVariants) and reference only SPFx 1.4.1
 * libraries (never react / react-dom: bundled); sp2019/config/package-solution.json valid for
 * 1.4.1's schema; every script ES2017, its AMD define() listing only 1.4.1 libraries and our loc
 * modules, no CDN URL; the icon fonts; list schemas without view formats, column formats in the
 * v1 syntax, the Planer list's OirStatus with the v1 format (sharepoint/assets/planer-status-format-v1.json).
 * Prints each bundle's size gzipped (level 9) against the 230 KiB benchmark budget of a 2019 web
 * part (issue 12): reported, not enforced.
 *
 *   node tools/check-package-sp2019.js [path/to/file.sppkg]
 *
 * Exit code 1 with one line per failure. `checkServerPackage()` is exported for tests/package.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const JSZip = require("jszip");
const acorn = require("acorn");
const { commandSetLoaderFailures } = require("./shared/listViewBundles");
const Ajv = require("ajv");
const { EXPECTED } = require("./check-package");
const { checkIconFontAssets } = require("./shared/iconFonts");

const ROOT = path.resolve(__dirname, "..");
const SP2019_MICROSOFT = path.join(ROOT, "sp2019", "node_modules", "@microsoft");
const DEFAULT_SPPKG = path.join(ROOT, "sharepoint", "solution", "oir-planner-sp2019.sppkg");
const DEFAULT_SOLUTION_CONFIG = path.join(ROOT, "sp2019", "config", "package-solution.json");
const SPFX_VERSION = "1.4.1";
/** Our loc modules: AMD modules the component manifests map to files in the package. */
const LOC_MODULES = ["OirCommonStrings", "OirTimelineWebPartStrings", "ResourceBookingWebPartStrings", "PlanerCommandSetStrings"];
/** Issue 12: each 2019 web part bundle ≤ 230 KB gzip (React is bundled) — a benchmark budget, reported only. */
const WEB_PART_BUDGET_GZIP = 230 * 1024;
const STATUS_LIST = "Planer";
const STATUS_FIELD = "OirStatus";
const V1_STATUS_FORMAT = "sharepoint/assets/planer-status-format-v1.json";

/**
 * What 1.4.1's package-solution writes into AppManifest.xml (sp-build-core-tasks
 * lib/packageSolution/packageSolution/xmlGenerators/createSolutionXml.js): these attributes on
 * <App>, and <Properties> with <Title> and, when configured, <SupportedLocales>. It also writes
 * <WebApiPermissionRequests> when asked to; this solution asks for none. Anything else is newer.
 */
const APP_ATTRIBUTES = ["xmlns", "Name", "ProductID", "Version", "SharePointMinVersion", "IsClientSideSolution", "SkipFeatureDeployment"];
const APP_CHILDREN = { App: ["Properties"], Properties: ["Title", "SupportedLocales"], SupportedLocales: ["SupportedLocale"], Title: [], SupportedLocale: [] };
const REFUSED = "SPFx 1.4.1 does not write it and SharePoint 2019's app manifest validation refuses it";

const ENTITIES = { quot: "\"", apos: "'", lt: "<", gt: ">", amp: "&" };
function xmlUnescape(text) {
  return text.replace(/&(quot|apos|lt|gt|amp|#\d+);/g, (_m, e) => (e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]));
}

/** The value of an XML attribute in a start tag, unescaped; undefined when absent. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? xmlUnescape(match[1]) : undefined;
}

/** Start and end tags in document order (comments, declarations and text left out). */
function xmlTags(xml) {
  const tags = [];
  const pattern = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const match of xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(pattern)) {
    const attributes = [...match[3].matchAll(/([^\s=]+)\s*=/g)].map((m) => m[1]);
    tags.push({ name: match[2], end: match[1] === "/", selfClosing: match[4] === "/", attributes, text: match[0] });
  }
  return tags;
}

function checkAppManifest(xml, failures) {
  const stack = [];
  let app;
  for (const tag of xmlTags(xml)) {
    if (tag.end) {
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined && tag.name === "App") app = tag;
    else if (parent === undefined) failures.push(`AppManifest.xml: the root element is <${tag.name}>, not <App>`);
    // Below an element 1.4.1 does not write, its own failure says enough.
    else if (APP_CHILDREN[parent] && !APP_CHILDREN[parent].includes(tag.name)) failures.push(`AppManifest.xml: <${parent}> has a <${tag.name}> element: ${REFUSED}`);
    if (!tag.selfClosing) stack.push(tag.name);
  }
  if (!app) return undefined;
  for (const name of app.attributes.filter((a) => !APP_ATTRIBUTES.includes(a))) failures.push(`AppManifest.xml: <App> has the attribute ${name}: ${REFUSED}`);
  if (attribute(app.text, "IsClientSideSolution") !== "true") failures.push("AppManifest.xml: IsClientSideSolution is not true");
  if (!/<Title>[^<]+<\/Title>/.test(xml)) failures.push("AppManifest.xml: no <Title>");
  return { name: attribute(app.text, "Name"), id: attribute(app.text, "ProductID") };
}

/** The SPFx libraries 1.4.1 serves, by package name: the Library manifests 1.4.1's packages ship. */
function spfxLibraries() {
  const libraries = new Map();
  for (const name of fs.readdirSync(SP2019_MICROSOFT).filter((n) => n.startsWith("sp-") && n !== "sp-client-preview")) {
    const dist = path.join(SP2019_MICROSOFT, name, "dist");
    if (!fs.existsSync(dist)) continue;
    for (const file of fs.readdirSync(dist).filter((f) => f.endsWith(".manifest.json"))) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8"));
      if (manifest.componentType === "Library" && manifest.version === SPFX_VERSION) libraries.set(`@microsoft/${name}`, manifest.id);
    }
  }
  return libraries;
}

let solutionSchemaValidator;
/** package-solution.json against 1.4.1's schema (ajv 6; the schema is draft-04 style). */
function checkSolutionConfig(configPath, app, failures) {
  const label = configPath.startsWith(`${ROOT}${path.sep}`) ? path.relative(ROOT, configPath) : configPath;
  if (!fs.existsSync(configPath)) return failures.push(`${label} is missing (the 2019 build writes it)`);
  const config = JSON.parse(fs.readFileSync(configPath, "utf8"));
  if (!solutionSchemaValidator) {
    const schemaFile = path.join(SP2019_MICROSOFT, "sp-build-core-tasks", "lib", "packageSolution", "package-solution.schema.json");
    solutionSchemaValidator = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  }
  if (!solutionSchemaValidator(config)) {
    for (const error of solutionSchemaValidator.errors) {
      const extra = error.params && error.params.additionalProperty ? `: ${error.params.additionalProperty}` : "";
      failures.push(`${label}: ${error.dataPath || "(root)"} ${error.message}${extra} (SPFx 1.4.1's package-solution schema)`);
    }
  }
  const solution = config.solution || {};
  if (app && (solution.id !== app.id || solution.name !== app.name)) {
    failures.push(`${label}: solution ${solution.name} ${solution.id} is not the package's (${app.name} ${app.id})`);
  }
  return undefined;
}

/** The define() of an AMD module: { deps } or { problem }. */
function amdDefine(ast) {
  const calls = ast.body.filter((n) => n.type === "ExpressionStatement" && n.expression.type === "CallExpression" && n.expression.callee.name === "define");
  if (calls.length !== 1) return { problem: `has ${calls.length} top-level define() calls, not one AMD module` };
  const list = calls[0].expression.arguments.find((a) => a.type === "ArrayExpression");
  const deps = [];
  for (const element of list ? list.elements : []) {
    if (!element || element.type !== "Literal" || typeof element.value !== "string") return { problem: "has a define() dependency that is not a string" };
    deps.push(element.value);
  }
  return { deps };
}

/** Every string in a format that is an Excel-style expression ("=if(…)", v2); v1 operators ("==") aside. */
function excelExpressions(value, found = []) {
  if (typeof value === "string" && value.trim().startsWith("=")) found.push(value.trim());
  else if (value && typeof value === "object") for (const [key, v] of Object.entries(value)) if (key !== "operator") excelExpressions(v, found);
  return found;
}

function resourcesOf(manifest) {
  return (manifest.loaderConfig && manifest.loaderConfig.scriptResources) || {};
}

/** The files in ClientSideAssets a manifest loads: its bundle ("path") and its loc files. */
function scriptFiles(manifest) {
  const files = Object.values(resourcesOf(manifest)).flatMap((r) => (r.type === "path" ? [r.path] : r.type === "localizedPath" ? [r.defaultPath, ...Object.values(r.paths || {})] : []));
  return [...new Set(files.filter(Boolean))];
}

/**
 * A webpack 3 chunk split off by import(): one `webpackJsonp<hash>([ids], {modules})` call, loaded
 * by the bundle that defines that function and maps the chunk's id to its hash, for the file
 * name `<id>.<name>_<hash>.js`. Resolves to { file, loadedBy, raw, gzip } or { problem }.
 */
async function webpackChunk(base, ast, bundles, bundleText, bytes) {
  const [statement] = ast.body;
  const call = ast.body.length === 1 && statement.type === "ExpressionStatement" && statement.expression.type === "CallExpression" ? statement.expression : undefined;
  const jsonp = call && call.callee.type === "Identifier" && /^webpackJsonp\w*$/.test(call.callee.name) ? call.callee.name : undefined;
  if (!jsonp) return { problem: "is neither a script a manifest loads nor a webpack chunk (stale build output?)" };
  const [, id, hash] = /^(\d+)\.[\w-]+_([0-9a-f]+)\.js$/.exec(base) || [];
  for (const bundle of bundles) {
    const text = await bundleText(bundle.file);
    if (id && text.includes(`window["${jsonp}"]`) && text.includes(`"${id}":"${hash}"`)) {
      return { file: base, loadedBy: bundle.file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    }
  }
  return { problem: `is a webpack chunk (${jsonp}) that no bundle loads (stale build output?)` };
}

function clip(text, length = 60) {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** List schemas (no view formats, v1 column formats) and the command set's registration. texts: the package's XML by name. */
function checkLists(texts, components, failures) {
  const lists = new Map();
  for (const xml of texts.values()) for (const tag of xml.match(/<ListInstance\b[^>]*>/g) || []) lists.set(attribute(tag, "Title"), attribute(tag, "CustomSchema"));
  for (const title of EXPECTED.listInstances) if (!lists.has(title)) failures.push(`List ${title} is not provisioned (no ListInstance)`);
  const statusCustomizer = components.find((c) => c.manifest.alias === EXPECTED.fieldCustomizers[0].alias);
  for (const [title, schemaName] of lists) {
    const schemaFile = [...texts.keys()].find((n) => schemaName && path.posix.basename(n) === schemaName);
    if (!schemaFile) {
      failures.push(`List ${title}: schema file ${schemaName} is not in the package`);
      continue;
    }
    const xml = texts.get(schemaFile);
    for (const view of xml.match(/<View\b[\s\S]*?<\/View>/g) || []) {
      if (/<CustomFormatter\b/.test(view)) failures.push(`List ${title} (${schemaName}): view "${attribute(view, "DisplayName")}" has a view format (CustomFormatter): SharePoint 2019 has no view formatting`);
    }
    let statusFormat;
    for (const field of xml.match(/<Field\b[^>]*>/g) || []) {
      const name = attribute(field, "Name");
      const raw = attribute(field, "CustomFormatter");
      if (title === STATUS_LIST && name === STATUS_FIELD) {
        statusFormat = raw;
        const id = attribute(field, "ClientSideComponentId");
        if (statusCustomizer && id !== statusCustomizer.manifest.id) failures.push(`List ${title}: ${name} is not associated with ${statusCustomizer.manifest.alias} (ClientSideComponentId ${id})`);
      }
      if (raw === undefined || raw === "") continue;
      let format;
      try {
        format = JSON.parse(raw);
      } catch (error) {
        failures.push(`List ${title}: column ${name}'s format is not JSON (${error.message})`);
        continue;
      }
      const [expression] = excelExpressions(format);
      const expected = name === STATUS_FIELD ? ` (expected the v1 format of ${V1_STATUS_FORMAT})` : "";
      if (expression) failures.push(`List ${title}: column ${name}'s format uses an Excel-style expression ("${clip(expression)}"): SharePoint 2019 knows only the v1 syntax${expected}`);
    }
    if (title === STATUS_LIST && !statusFormat) failures.push(`List ${title}: column ${STATUS_FIELD} has no column format (expected the v1 format of ${V1_STATUS_FORMAT})`);
  }
  // The command set: registered per list by a CustomAction, never tenant-wide.
  for (const [name, xml] of texts) {
    if (/(^|\/)ClientSideInstance\.xml$/i.test(name)) failures.push(`${name} is in the package: SharePoint 2019 refuses tenant-wide registration at upload`);
    else if (/<ClientSideComponentInstance\b/.test(xml)) failures.push(`${name} has a <ClientSideComponentInstance> (tenant-wide registration): SharePoint 2019 refuses it`);
  }
  for (const expected of EXPECTED.commandSets) {
    const component = components.find((c) => c.manifest.alias === expected.alias);
    if (!component) continue;
    const actions = [...texts.values()].flatMap((xml) => xml.match(/<CustomAction\b[^>]*>/g) || []);
    const registers = (tag) => attribute(tag, "ClientSideComponentId") === component.manifest.id && attribute(tag, "RegistrationId") === expected.listTemplateId;
    if (!actions.some((tag) => registers(tag) && /^ClientSideExtension\.ListViewCommandSet/.test(attribute(tag, "Location") || ""))) failures.push(`${expected.alias}: no CustomAction registers it on list template ${expected.listTemplateId} (elements.xml)`);
  }
}

function checkComponent(manifest, libraries, validator, failures) {
  const who = manifest.alias || manifest.id;
  for (const key of ["supportedHosts", "supportsThemeVariants"]) {
    if (key in manifest) failures.push(`${who}: the manifest has ${key}, which SPFx 1.4.1's manifest schema does not know`);
  }
  const result = validator.validateManifest(manifest);
  if (!result.result) failures.push(`${who}: the manifest fails SPFx 1.4.1's ManifestValidator: ${validator.extractInnerErrorMessages(result.errors).join("; ")}`);
  for (const [name, resource] of Object.entries(resourcesOf(manifest))) {
    if (resource.type !== "component") continue;
    const reference = `${name}@${resource.version}`;
    if (name === "react" || name === "react-dom") failures.push(`${who}: component reference ${reference}: React is bundled in the 2019 package (the farm serves React 15)`);
    else if (!libraries.has(name)) failures.push(`${who}: component reference ${reference} is not an SPFx library a 1.4.1 farm serves`);
    else if (resource.version !== SPFX_VERSION) failures.push(`${who}: component reference ${reference} is not at ${SPFX_VERSION}`);
    else if (resource.id !== libraries.get(name)) failures.push(`${who}: component reference ${name} has id ${resource.id}, 1.4.1's is ${libraries.get(name)}`);
  }
}

/**
 * Every script parses as ES2017. A script a manifest loads is an AMD module whose define() lists
 * only 1.4.1 libraries and our loc modules, each in the loading manifest's scriptResources; any
 * other script must be a webpack chunk a bundle loads on demand. Resolves to those chunks.
 */
async function checkScripts({ asset, assetNames, components, bundles, loadedBy, libraries }, failures) {
  const allowedDeps = new Set([...libraries.keys(), ...LOC_MODULES]);
  const referenced = new Set(components.flatMap(({ manifest }) => scriptFiles(manifest)));
  const chunks = [];
  const texts = new Map();
  const bundleText = async (file) => texts.get(file) || texts.set(file, await asset(file).async("string")).get(file);
  for (const base of assetNames.filter((n) => n.endsWith(".js"))) {
    const name = `ClientSideAssets/${base}`;
    const bytes = await asset(base).async("nodebuffer");
    const text = bytes.toString("utf8");
    let ast;
    try {
      ast = acorn.parse(text, { ecmaVersion: 2017, sourceType: "script" });
    } catch (error) {
      failures.push(`${name} is not ES2017 (${error.message}: ${JSON.stringify(clip(text.slice(Math.max(0, error.pos - 30), error.pos + 30), 60))})`);
      continue;
    }
    if (!referenced.has(base)) {
      const chunk = await webpackChunk(base, ast, bundles, bundleText, bytes);
      if (chunk.problem) failures.push(`${name} ${chunk.problem}`);
      else chunks.push(chunk);
      continue;
    }
    const { deps, problem } = amdDefine(ast);
    if (problem) failures.push(`${name} ${problem}`);
    for (const dep of deps || []) {
      if (!allowedDeps.has(dep)) failures.push(`${name}: AMD dependency "${dep}" is not allowed (only SPFx ${SPFX_VERSION} libraries a farm serves and our loc modules)`);
      for (const manifest of loadedBy.get(base) || []) {
        if (!resourcesOf(manifest)[dep]) failures.push(`${name}: AMD dependency "${dep}" is not in ${manifest.alias}'s scriptResources (the loader cannot resolve it)`);
      }
    }
  }
  return chunks;
}

/**
 * Checks the 2019/SE package. Resolves to { failures: string[], bundles: {file, components,
 * webPart, raw, gzip, overBudget}[], chunks: {file, loadedBy, raw, gzip}[] (loaded on demand),
 * components: {alias, id, file}[], fonts: string[] (the icon fonts in the package) }.
 * Never throws for a broken package: every problem is a failure line.
 */
async function checkServerPackage(sppkgPath = DEFAULT_SPPKG, { solutionConfig = DEFAULT_SOLUTION_CONFIG } = {}) {
  const failures = [];
  const bundles = [];
  const empty = { failures, bundles, chunks: [], components: [], fonts: [] };
  if (!fs.existsSync(sppkgPath)) return { ...empty, failures: [`Package not found: ${sppkgPath} (run npm run package:server)`] };
  if (!fs.existsSync(SP2019_MICROSOFT)) return { ...empty, failures: ["SPFx 1.4.1 toolchain missing in sp2019/node_modules (npm run package:server installs it)"] };
  let zip;
  try {
    zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
  } catch (error) {
    return { ...empty, failures: [`Not a readable .sppkg (zip): ${sppkgPath}: ${error.message}`] };
  }
  const validator = require(path.join(SP2019_MICROSOFT, "sp-module-interfaces", "lib", "manifestSchemaValidator")).default;
  const libraries = spfxLibraries();
  const asset = (name) => zip.file(`ClientSideAssets/${name}`);

  const texts = new Map();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml") && !zip.files[n].dir)) texts.set(name, await zip.file(name).async("string"));
  if (!texts.has("AppManifest.xml")) failures.push("AppManifest.xml is missing");
  const app = texts.has("AppManifest.xml") ? checkAppManifest(texts.get("AppManifest.xml"), failures) : undefined;
  checkSolutionConfig(solutionConfig, app, failures);

  // Components: the manifest JSON is the ComponentManifest attribute of the feature's
  // <ClientSideComponent> (WebPart_<id>.xml, Extension_<id>.xml).
  const components = [];
  for (const [name, xml] of texts) {
    for (const tag of xml.match(/<ClientSideComponent\b[^>]*>/g) || []) {
      try {
        components.push({ file: name, manifest: JSON.parse(attribute(tag, "ComponentManifest")) });
      } catch (error) {
        failures.push(`${name}: ComponentManifest is not JSON (${error.message})`);
      }
    }
  }
  const byAlias = new Map(components.map((c) => [c.manifest.alias, c.manifest]));
  for (const { alias } of EXPECTED.webParts) if (!byAlias.has(alias) || byAlias.get(alias).componentType !== "WebPart") failures.push(`Web part ${alias} is missing`);
  for (const { alias, commands } of EXPECTED.commandSets) {
    if (!byAlias.has(alias)) failures.push(`Command set ${alias} is missing`);
    else for (const id of Object.keys(commands)) if (!(byAlias.get(alias).items || {})[id]) failures.push(`${alias}: command ${id} is missing`);
  }
  for (const { alias, id } of EXPECTED.fieldCustomizers) {
    if (!byAlias.has(alias)) failures.push(`Field customizer ${alias} is missing`);
    else if (byAlias.get(alias).id !== id) failures.push(`${alias}: id is ${byAlias.get(alias).id}, expected ${id}`);
  }

  // Each component's files, references and bundle size; which manifests load which bundle.
  const loadedBy = new Map();
  for (const { manifest } of components) {
    checkComponent(manifest, libraries, validator, failures);
    for (const file of scriptFiles(manifest)) if (!asset(file)) failures.push(`${manifest.alias}: ${file} is missing from ClientSideAssets/`);
    for (const resource of Object.values(resourcesOf(manifest))) {
      if (resource.type !== "path" || !asset(resource.path)) continue;
      loadedBy.set(resource.path, [...(loadedBy.get(resource.path) || []), manifest]);
      const known = bundles.find((b) => b.file === resource.path);
      if (known) known.components.push(manifest.alias);
      else {
        const bytes = await asset(resource.path).async("nodebuffer");
        const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
        const webPart = manifest.componentType === "WebPart";
        bundles.push({ file: resource.path, components: [manifest.alias], webPart, raw: bytes.length, gzip, overBudget: webPart && gzip > WEB_PART_BUDGET_GZIP });
      }
    }
  }

  const assetNames = Object.keys(zip.files).filter((n) => n.startsWith("ClientSideAssets/") && !zip.files[n].dir).map((n) => n.slice("ClientSideAssets/".length));
  const chunks = await checkScripts({ asset, assetNames, components, bundles, loadedBy, libraries }, failures);
  failures.push(...commandSetLoaderFailures(bundles));

  // Fluent's icon fonts (of the very @fluentui version that is bundled) and no CDN in any script:
  // the Online check's part (tools/shared/iconFonts.js). Scripts were judged above; the rest must be fonts.
  const iconFonts = await checkIconFontAssets(assetNames, (base) => asset(base).async("nodebuffer"));
  failures.push(...iconFonts.failures);
  const fonts = iconFonts.fonts.filter((font) => assetNames.includes(font));
  for (const base of assetNames.filter((n) => !n.endsWith(".js") && !fonts.includes(n))) failures.push(`ClientSideAssets/${base} is not used by any component (stale build output?)`);

  checkLists(texts, components, failures);
  return { failures, bundles, chunks, fonts, components: components.map((c) => ({ alias: c.manifest.alias, id: c.manifest.id, file: c.file })) };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  const sppkg = path.resolve(process.argv[2] || DEFAULT_SPPKG);
  const { failures, bundles, chunks, components, fonts } = await checkServerPackage(sppkg);
  const size = fs.existsSync(sppkg) ? fs.statSync(sppkg).size : 0;
  console.log(`${path.relative(process.cwd(), sppkg)}: ${kb(size)} (${size} bytes), SharePoint Server 2019/SE (SPFx ${SPFX_VERSION})`);
  for (const c of components) console.log(`  component ${c.alias} ${c.id}`);
  for (const b of bundles) {
    const budget = b.webPart ? ` — web part budget ${kb(WEB_PART_BUDGET_GZIP)} gzip (benchmark): ${b.overBudget ? "OVER" : "met"}` : "";
    console.log(`  bundle ${b.file} (${b.components.join(", ")}): ${kb(b.raw)} raw, ${kb(b.gzip)} gzip (${b.raw} / ${b.gzip} bytes)${budget}`);
  }
  for (const c of chunks) console.log(`  chunk ${c.file} (loaded on demand by ${c.loadedBy}): ${kb(c.raw)} raw, ${kb(c.gzip)} gzip (${c.raw} / ${c.gzip} bytes)`);
  console.log(`  icon fonts: ${fonts.length}`);
  if (failures.length > 0) {
    console.error(`Package check (SharePoint Server 2019/SE) FAILED (${failures.length}):`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exitCode = 1;
  } else {
    console.log("Package check (SharePoint Server 2019/SE) passed.");
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`Package check could not run: ${error.stack || error}`);
    process.exitCode = 1;
  });
}

module.exports = { checkServerPackage, DEFAULT_SPPKG, DEFAULT_SOLUTION_CONFIG };
