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

function bundleNames(root) {
  const file = path.join(root, "config", "config.json");
  if (!fs.existsSync(file)) return DEFAULT_BUNDLES;
  return Object.keys(JSON.parse(fs.readFileSync(file, "utf8")).bundles ?? {});
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

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
 * Returns { source, bundles: [{ bundle, file?, bytes?, gzBytes?, status }], otherAssets } with
 * source = where the sizes came from, or null (then every bundle has status "not built").
 */
export async function shipBundleSizes(root) {
  const names = bundleNames(root);
  const solutionDir = path.join(root, "sharepoint", "solution");
  const sppkg = fs.existsSync(solutionDir) ? fs.readdirSync(solutionDir).find((f) => f.endsWith(".sppkg")) : undefined;
  let source = null;
  let assets = [];
  if (sppkg) {
    source = path.join("sharepoint", "solution", sppkg);
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
    if (!asset) return { bundle, status: source ? "missing from ship build" : "not built" };
    used.add(asset.file);
    return { bundle, file: asset.file, bytes: asset.bytes, gzBytes: asset.gzBytes, status: "ok" };
  });
  const otherAssets = assets.filter((a) => !used.has(a.file));
  return { source, bundles, otherAssets };
}
