/**
 * The SharePoint Server 2019/SE package's feature and solution settings, made from the Online
 * ones (one source for titles, list schemas and ids) with what 2019 refuses left out:
 *  - no ClientSideInstance.xml (tenant-wide extension registration: an exception at upload on
 *    2019); the command set is registered by elements.xml's CustomAction for generic lists;
 *  - the Planer list's default view without a view format (CustomFormatter on a view is not
 *    supported on 2019), and Udførelsesstatus with the basic (v1) column format instead of the
 *    Excel-style one (2019 knows only the v1 syntax);
 *  - deployed per site, not tenant-wide (skipFeatureDeployment false);
 *  - package-solution.json without isDomainIsolated, developer and metadata (2019's app
 *    manifest validation refuses them) and with the package name oir-planner-sp2019.sppkg.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const SP2019 = path.resolve(__dirname, "..");
const ROOT = path.resolve(SP2019, "..");
const ONLINE_ASSETS = path.join(ROOT, "sharepoint", "assets");
const ASSETS = path.join(SP2019, "sharepoint", "assets");
const V1_STATUS_FORMAT = path.join(ONLINE_ASSETS, "planer-status-format-v1.json");

/** The elements Online registers tenant-wide; 2019 gets them from the site feature only. */
const ONLINE_ONLY_ELEMENTS = ["ClientSideInstance.xml"];

function xmlAttribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** schema-localPlan.xml for 2019: no view format, the v1 status column format. */
function serverListSchema(xml) {
  let result = xml.replace(/\s*<CustomFormatter>[\s\S]*?<\/CustomFormatter>/g, "");
  const v1 = JSON.stringify(JSON.parse(fs.readFileSync(V1_STATUS_FORMAT, "utf8")));
  result = result.replace(/(<Field [^>]*Name="OirStatus"[^>]*?) CustomFormatter="[^"]*"/, `$1 CustomFormatter="${xmlAttribute(v1)}"`);
  return result;
}

function serverSolutionConfig() {
  const online = JSON.parse(fs.readFileSync(path.join(ROOT, "config", "package-solution.json"), "utf8"));
  const { name, id, title, version, includeClientSideAssets, features } = online.solution;
  return {
    $schema: "https://dev.office.com/json-schemas/spfx-build/package-solution.schema.json",
    solution: {
      name: `${name}-sp2019`,
      id,
      title,
      version,
      includeClientSideAssets,
      // Added per site (Site contents → Add an app): that activates the feature, which creates
      // the municipality's lists and registers the command set. 1.4.1's package-solution warns
      // (and fails --ship) when a tenant-wide solution carries extensions or feature elements.
      skipFeatureDeployment: false,
      features: features.map((feature) => ({
        ...feature,
        assets: {
          ...feature.assets,
          elementManifests: feature.assets.elementManifests.filter((file) => !ONLINE_ONLY_ELEMENTS.includes(file))
        }
      }))
    },
    paths: { zippedPackage: "../../sharepoint/solution/oir-planner-sp2019.sppkg" }
  };
}

function writePackageAssets() {
  fs.rmSync(ASSETS, { recursive: true, force: true });
  fs.mkdirSync(ASSETS, { recursive: true });
  const config = serverSolutionConfig();
  const files = config.solution.features.flatMap((f) => [...f.assets.elementManifests, ...(f.assets.elementFiles || [])]);
  for (const file of files) {
    const xml = fs.readFileSync(path.join(ONLINE_ASSETS, file), "utf8");
    fs.writeFileSync(path.join(ASSETS, file), file === "schema-localPlan.xml" ? serverListSchema(xml) : xml);
  }
  fs.writeFileSync(path.join(SP2019, "config", "package-solution.json"), `${JSON.stringify(config, null, 2)}\n`);
}

module.exports = { writePackageAssets };
