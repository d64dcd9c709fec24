/**
 * Gzipped size (gzip -9) of each web part's ship bundle, read from the packaged solution
 * (sharepoint/solution/*.sppkg, ClientSideAssets/) or, failing that, from temp/deploy or dist.
 * Nothing is built here: when no ship build exists the answer is "not built".
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import JSZip from "jszip";

const DEFAULT_BUNDLES = ["oir-timeline-web-part", "resource-booking-web-part", "planer-command-set"];

/** Bundle name → the components (web parts, extensions) it holds, from config/config.json. */
function bundleComponents(root) {
  const file = path.join(root, "config", "config.json");
  if (!fs.existsSync(file)) return Object.fromEntries(DEFAULT_BUNDLES.map((b) => [b, []]));
  const bundles = JSON.parse(fs.readFileSync(file, "utf8")).bundles ?? {};
  return Object.fromEntries(
    Object.entries(bundles).map(([name, b]) => [name, (b.components ?? []).map((c) => path.basename(c.entrypoint ?? "", ".js"))])
  );
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * The SharePoint Online package, relative to root: config/package-solution.json's zippedPackage
 * (under sharepoint/). sharepoint/solution also holds the SharePoint Server 2019 package
 * (oir-planner-sp2019.sppkg, npm run package:server), which is not the one the budgets are for.
 */
export function onlinePackage(root) {
  const config = JSON.parse(fs.readFileSync(path.join(root, "config", "package-solution.json"), "utf8"));
  return path.join("sharepoint", config.paths.zippedPackage);
}

async function assetsFromSppkg(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const assets = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.js$/i.test(entry.name)) continue;
    const data = await entry.async("nodebuffer");
    assets.push({ file: entry.name, bytes: data.length, gzBytes: gz(data) });
  }
  return assets;
}

function assetsFromFolder(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const data = fs.readFileSync(path.join(dir, f));
      return { file: f, bytes: data.length, gzBytes: gz(data) };
    });
}

/**
 * Returns { source, builtAt, bundles: [{ bundle, components, file?, bytes?, gzBytes?, status }], otherAssets }
 * with source = where the sizes came from, or null (then every bundle has status "not built").
 */
export async function shipBundleSizes(root) {
  const components = bundleComponents(root);
  const names = Object.keys(components);
  const sppkg = onlinePackage(root);
  let source = null;
  let assets = [];
  if (fs.existsSync(path.join(root, sppkg))) {
    source = sppkg;
    assets = await assetsFromSppkg(path.join(root, source));
  } else {
    for (const folder of [path.join("temp", "deploy"), "dist"]) {
      if (fs.existsSync(path.join(root, folder)) && assetsFromFolder(path.join(root, folder)).length > 0) {
        source = folder;
        assets = assetsFromFolder(path.join(root, folder));
        break;
      }
    }
  }
  const used = new Set();
  const bundles = names.map((bundle) => {
    const asset = assets.find((a) => path.basename(a.file).startsWith(`${bundle}_`) || path.basename(a.file) === `${bundle}.js`);
    if (!asset) return { bundle, components: components[bundle], status: source ? "missing from ship build" : "not built" };
    used.add(asset.file);
    return { bundle, components: components[bundle], file: asset.file, bytes: asset.bytes, gzBytes: asset.gzBytes, status: "ok" };
  });
  const otherAssets = assets.filter((a) => !used.has(a.file));
  const builtAt = source ? fs.statSync(path.join(root, source)).mtime.toISOString().replace(/\.\d+Z$/, "Z") : null;
  return { source, builtAt, bundles, otherAssets };
}
