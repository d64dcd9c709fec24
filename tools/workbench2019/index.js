"use strict";
/**
 * SPFx 1.4.1's local workbench (the SharePoint Server 2019/SE runtime) on one https origin with
 * the SharePoint emulator, so the web parts' PnPjs reaches "SharePoint" same-origin:
 *
 *   https://localhost:PORT/temp/workbench.html          the workbench page (./page.js)
 *   https://localhost:PORT/temp/manifests.js            its manifests (./manifests.js)
 *   https://localhost:PORT/node_modules/@microsoft/…    SPFx 1.4.1's runtime files (sp2019/node_modules)
 *   https://localhost:PORT/sites/appcatalog/ClientSideAssets/<solution id>/…
 *                                                       the package's files (sp2019/temp/deploy, copied)
 *   anything else                                       the emulator (flavor "sp2019"): /sites/…/_api, /_emulator/…
 *
 *   const { startWorkbench2019 } = require("./tools/workbench2019");
 *   const wb = await startWorkbench2019({ port: 0 });   // builds the package first when stale
 *   wb.workbenchUrl; wb.origin; wb.sites.municipality; wb.emulator.requestLog; await wb.close();
 */
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const { startEmulator } = require("../emulator");
const { issueDigest } = require("../emulator/digest");
const { resolveStatic, serveStatic } = require("../emulator/static");
const { ensureBuild, snapshotBuild, SP2019 } = require("./build");
const { createSelfSignedCertificate } = require("./cert");
const { workbenchManifests, manifestsScript, clientSideAssetsPath } = require("./manifests");
const { workbenchHtml, preloadedData } = require("./page");
const { proxyTo } = require("./proxy");

const WORKBENCH_PATH = "/temp/workbench.html";

function solutionId(sp2019Dir) {
  const config = JSON.parse(fs.readFileSync(path.join(sp2019Dir, "config", "package-solution.json"), "utf8"));
  return config.solution.id;
}

/** The page's user: the emulator's current user as the municipality site lists it. */
function currentUser(emulator) {
  const email = emulator.currentUser;
  const entry = emulator.state.sites.municipality.users.find((u) => String(u.Email).toLowerCase() === String(email).toLowerCase());
  return { email, displayName: entry ? entry.Title : email };
}

function send(res, status, type, body) {
  res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-cache" });
  res.end(body);
}

/**
 * Options: port (0 = free), culture ("da-DK"), build (true: run package:server when stale),
 * log (function for progress lines), emulatorOptions (passed to startEmulator; flavor "sp2019",
 * a temp data file and reset are the defaults), sp2019Dir (the sp2019 folder whose build is
 * served; default this repository's), webPartProperties (sites => properties set on the web
 * parts' toolbox entries, e.g. ({ kombit }) => ({ kombitSiteUrl: kombit })).
 */
async function startWorkbench2019(options = {}) {
  const { port = 0, culture = "da-DK", build = true, log = () => undefined, emulatorOptions = {}, sp2019Dir = SP2019 } = options;
  if (build) ensureBuild({ log, sp2019Dir });
  const snapshot = snapshotBuild(sp2019Dir);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-wb2019-data-"));
  // A process that ends without close() (a test runner's timeout) still leaves no copies behind.
  const removeCopies = () => {
    snapshot.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("exit", removeCopies);
  const emulator = await startEmulator({ port: 0, dataFile: path.join(dataDir, "emulator-data.json"), reset: true, flavor: "sp2019", ...emulatorOptions });
  const assetsPath = clientSideAssetsPath(solutionId(sp2019Dir));
  const staticRoutes = {
    "/node_modules/@microsoft/": path.join(sp2019Dir, "node_modules", "@microsoft"),
    // React 15.6.2 for 1.4.1's own code: sp-loader finds it at ../../../react/dist/react.js from its dist folder.
    "/node_modules/react/dist/": path.join(sp2019Dir, "node_modules", "react", "dist"),
    "/node_modules/react-dom/dist/": path.join(sp2019Dir, "node_modules", "react-dom", "dist"),
    [assetsPath]: snapshot.deployDir
  };

  let origin = "";
  let manifests = "";
  /** What the page is about (the municipality's site, the emulator's current user), with a fresh digest. */
  const pageOptions = () => {
    const municipality = emulator.state.sites.municipality;
    const site = { absoluteUrl: `${origin}${municipality.path}`, serverRelativeUrl: municipality.path, title: municipality.title };
    return { origin, site, user: currentUser(emulator), culture, formDigest: issueDigest() };
  };
  let proxy = null;
  const server = https.createServer(createSelfSignedCertificate(), (req, res) => {
    const url = new URL(req.url, origin);
    if (req.method === "GET" && (url.pathname === WORKBENCH_PATH || url.pathname === "/workbench")) {
      send(res, 200, "text/html; charset=utf-8", workbenchHtml(pageOptions()));
      return;
    }
    if (req.method === "GET" && url.pathname === "/temp/manifests.js") {
      send(res, 200, "text/javascript; charset=utf-8", manifests);
      return;
    }
    const route = req.method === "GET" || req.method === "HEAD" ? resolveStatic(staticRoutes, url.pathname) : null;
    if (route) {
      serveStatic(res, route);
      return;
    }
    proxy(req, res).catch((error) => {
      if (!res.headersSent) send(res, 502, "text/plain; charset=utf-8", `workbench2019 proxy: ${error.message}`);
      else res.destroy();
    });
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  origin = `https://localhost:${server.address().port}`;
  const webPartProperties = options.webPartProperties ? options.webPartProperties({ kombit: `${origin}${emulator.state.sites.kombit.path}` }) : undefined;
  manifests = manifestsScript(
    workbenchManifests({ manifestsFile: snapshot.manifestsFile, deployDir: snapshot.deployDir, origin, solutionId: solutionId(sp2019Dir), webPartProperties })
  );
  proxy = proxyTo(emulator.url, origin);

  const sitePath = (key) => emulator.state.sites[key].path;
  return {
    origin,
    workbenchUrl: `${origin}${WORKBENCH_PATH}`,
    /** Where the package's files are served (the manifests' internalModuleBaseUrls). */
    assetsUrl: `${origin}${assetsPath}`,
    /** The folder served there (a private copy of sp2019/temp/deploy, removed by close()). */
    packageDir: snapshot.deployDir,
    /** Its files' names: bundles, chunks, loc files, manifests and icon fonts. */
    packageFiles: fs.readdirSync(snapshot.deployDir),
    sites: { kombit: `${origin}${sitePath("kombit")}`, municipality: `${origin}${sitePath("municipality")}` },
    emulator,
    /**
     * The _spPageContextInfo the workbench page is given (1.4.1's application clears its own copy
     * once started): for tests that build SPFx 1.4.1 contexts on the page, e.g. a list view's.
     */
    spPageContextInfo: () => preloadedData(pageOptions()).spPageContextInfo,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
      await emulator.close();
      process.removeListener("exit", removeCopies);
      removeCopies();
    }
  };
}

module.exports = { startWorkbench2019, WORKBENCH_PATH };
