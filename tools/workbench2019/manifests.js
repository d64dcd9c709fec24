"use strict";
/**
 * The component manifests the workbench page hands SPFx 1.4.1's loader (window.debugManifests, as
 * 1.4.1's `gulp serve` writes temp/manifests.js):
 *  - SPFx 1.4.1's own libraries and the workbench application: temp/manifests.json as 1.4.1's
 *    write-manifests wrote it, with `gulp serve`'s https://localhost:4321/ base replaced by this
 *    server's origin (files served from sp2019/node_modules);
 *  - our four components: the manifests of the package itself (temp/deploy/<id>.json, what the
 *    .sppkg carries), with "<!-- PATH TO CDN -->" replaced as SharePoint Server replaces it when
 *    the app is added: the ClientSideAssets folder of the app catalog, where the bundles, their
 *    chunks, loc files and icon fonts lie side by side. Not the debug manifests (dist/…, lib/…).
 */
const fs = require("fs");
const path = require("path");

/** Where SharePoint Server puts a package's ClientSideAssets (includeClientSideAssets): the app catalog site's library, one folder per solution id. */
function clientSideAssetsPath(solutionId) {
  return `/sites/appcatalog/ClientSideAssets/${solutionId}/`;
}

const CDN_TOKEN = "<!-- PATH TO CDN -->";
const SERVE_BASE = "https://localhost:4321/";

/** Our components' manifests, from the package's deploy folder, with their base URL filled in. */
function packageManifests(deployDir, assetsBaseUrl) {
  const manifests = [];
  for (const file of fs.readdirSync(deployDir).filter((f) => f.endsWith(".json"))) {
    const text = fs.readFileSync(path.join(deployDir, file), "utf8");
    if (!text.includes(CDN_TOKEN)) continue;
    const manifest = JSON.parse(text);
    const urls = manifest.loaderConfig.internalModuleBaseUrls;
    if (!Array.isArray(urls) || urls.length !== 1 || !urls[0].startsWith(CDN_TOKEN)) {
      throw new Error(`${file}: expected internalModuleBaseUrls ["${CDN_TOKEN}/"], found ${JSON.stringify(urls)}`);
    }
    manifest.loaderConfig.internalModuleBaseUrls = [assetsBaseUrl];
    manifests.push(manifest);
  }
  if (manifests.length === 0) throw new Error(`No component manifest in ${deployDir}`);
  return manifests;
}

/** 1.4.1's library manifests from temp/manifests.json, minus our components, rebased on origin. */
function frameworkManifests(manifestsFile, origin, ownIds) {
  const all = JSON.parse(fs.readFileSync(manifestsFile, "utf8"));
  return all
    .filter((m) => !ownIds.has(m.id))
    .map((m) => {
      const manifest = JSON.parse(JSON.stringify(m).split(SERVE_BASE).join(`${origin}/`));
      const urls = manifest.loaderConfig.internalModuleBaseUrls || [];
      // sp-polyfills' manifest says "/" (its files are found relative to the page under gulp serve).
      if (manifest.alias === "sp-polyfills" && urls[0] === "/") manifest.loaderConfig.internalModuleBaseUrls = [`${origin}/node_modules/@microsoft/sp-polyfills/`];
      return manifest;
    });
}

/**
 * All manifests for the page: [framework…, ours…]. `webPartProperties` (optional) are set on our
 * web parts' toolbox entries, as a page author sets them in the property pane (e.g. KOMBIT's site).
 */
function workbenchManifests({ manifestsFile, deployDir, origin, solutionId, webPartProperties }) {
  const ours = packageManifests(deployDir, `${origin}${clientSideAssetsPath(solutionId)}`);
  if (webPartProperties) {
    for (const manifest of ours.filter((m) => m.componentType === "WebPart")) {
      for (const entry of manifest.preconfiguredEntries) entry.properties = { ...entry.properties, ...webPartProperties };
    }
  }
  return [...frameworkManifests(manifestsFile, origin, new Set(ours.map((m) => m.id))), ...ours];
}

/** temp/manifests.js as 1.4.1's serve writes it: a UMD module `debugManifests` with getManifests(). */
function manifestsScript(manifests) {
  return `window.debugManifests = { getManifests: function () { return ${JSON.stringify(manifests)}; } };\n`;
}

module.exports = { workbenchManifests, manifestsScript, clientSideAssetsPath };
