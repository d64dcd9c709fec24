/**
 * The SharePoint Server 2019/SE package check (tools/check-package-sp2019.js) on the real
 * oir-planner-sp2019.sppkg, and on broken copies of it to show each check can fail: AppManifest
 * metadata and IsDomainIsolated, a ClientSideInstance.xml, a manifest with supportedHosts, react and
 * newer SPFx component references, ES2018/ES2020 syntax, extra AMD dependencies, a stray script, a
 * missing icon font, a CDN URL, view and Excel-style column formats, a package-solution config that
 * 1.4.1's schema refuses, and a file that is not a package.
 * Each broken copy is judged by what it adds to the real package's failures, so every test names
 * exactly the failures its one change must cause.
 */
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkServerPackage, DEFAULT_SOLUTION_CONFIG, DEFAULT_SPPKG } from "../../tools/check-package-sp2019";
import { packageCopies, type PackageCopies } from "../support/packageCopies";

const ROOT = path.resolve(__dirname, "..", "..");
const BUILD_TIMEOUT_MS = 6 * 60 * 1000;
/** The web part budget (230 KiB gzip) is a benchmark figure; this is only a hard ceiling. */
const HARD_LIMIT_GZIP = 400 * 1024;
const REFUSED = "SPFx 1.4.1 does not write it and SharePoint 2019's app manifest validation refuses it";
const V1_HINT = "(expected the v1 format of sharepoint/assets/planer-status-format-v1.json)";

let copies: PackageCopies | undefined;
let baseline: string[];

beforeAll(async () => {
  if (!fs.existsSync(DEFAULT_SPPKG) || !fs.existsSync(DEFAULT_SOLUTION_CONFIG)) {
    // SPFx 1.4.1's toolchain in sp2019/ (installed when missing), esbuild pre-bundle, gulp bundle + package-solution.
    execFileSync("npm", ["run", "package:server"], { cwd: ROOT, stdio: "pipe", timeout: BUILD_TIMEOUT_MS });
  }
  copies = packageCopies(DEFAULT_SPPKG, "oir-sppkg-sp2019-");
  baseline = (await checkServerPackage(DEFAULT_SPPKG)).failures;
}, BUILD_TIMEOUT_MS + 30_000);

afterAll(() => {
  copies?.remove();
});

const brokenCopy: PackageCopies["brokenCopy"] = (name, edit) => copies!.brokenCopy(name, edit);
const workDir = (): string => copies!.dir;

/** The failures a broken copy has that the real package does not. */
async function addedFailures(file: string, options?: { solutionConfig?: string }): Promise<string[]> {
  const { failures } = await checkServerPackage(file, options);
  return failures.filter((failure: string) => !baseline.includes(failure));
}

function only(zip: JSZip, pattern: RegExp): string {
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  expect(names).toHaveLength(1);
  return names[0];
}

async function editText(zip: JSZip, pattern: RegExp, edit: (text: string) => string): Promise<string> {
  const name = only(zip, pattern);
  const text = await zip.file(name)!.async("string");
  const edited = edit(text);
  expect(edited).not.toBe(text);
  zip.file(name, edited);
  return name;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

type Manifest = { loaderConfig: { scriptResources: Record<string, Record<string, unknown>> } } & Record<string, unknown>;

/** Changes the component manifest a feature file embeds (its ComponentManifest attribute). */
async function editManifest(zip: JSZip, alias: string, edit: (manifest: Manifest) => void): Promise<void> {
  for (const name of Object.keys(zip.files).filter((n) => /\/(WebPart|Extension)_[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (!xml.includes(`&quot;alias&quot;:&quot;${alias}&quot;`)) continue;
    const match = /ComponentManifest="([^"]*)"/.exec(xml)!;
    const manifest = JSON.parse(match[1].replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")) as Manifest;
    edit(manifest);
    zip.file(name, xml.replace(match[0], `ComponentManifest="${xmlEscape(JSON.stringify(manifest))}"`));
    return;
  }
  throw new Error(`No component ${alias} in the package`);
}

describe("oir-planner-sp2019.sppkg (SharePoint Server 2019/SE)", () => {
  it("passes the package check, with every bundle measured and within the hard size ceiling", async () => {
    const result = await checkServerPackage(DEFAULT_SPPKG);
    expect(result.failures).toEqual([]);
    expect(result.components.map((c: { alias: string }) => c.alias).sort()).toEqual(["OirTimelineWebPart", "PlanerCommandSet", "ResourceBookingWebPart", "StatusFieldCustomizer"]);
    expect(result.bundles.filter((b: { webPart: boolean }) => b.webPart)).toHaveLength(2);
    for (const bundle of [...result.bundles, ...result.chunks]) {
      expect(bundle.gzip).toBeGreaterThan(0);
      expect(bundle.gzip).toBeLessThan(bundle.raw);
      expect(bundle.gzip).toBeLessThan(HARD_LIMIT_GZIP);
    }
    expect(result.fonts.length).toBeGreaterThan(0);
  });

  it("fails when AppManifest.xml carries IsDomainIsolated and the newer metadata elements", async () => {
    const file = await brokenCopy("app-manifest", async (zip) => {
      await editText(zip, /^AppManifest\.xml$/, (xml) =>
        xml
          .replace(/IsClientSideSolution="true"/, 'IsClientSideSolution="true" IsDomainIsolated="false"')
          .replace(
            "</Title>",
            '</Title><DeveloperProperties>{"name":"OiR"}</DeveloperProperties><ShortDescription><LocalizedString CultureName="default">Plan</LocalizedString></ShortDescription>'
          )
      );
    });
    expect(await addedFailures(file)).toEqual([
      `AppManifest.xml: <Properties> has a <DeveloperProperties> element: ${REFUSED}`,
      `AppManifest.xml: <Properties> has a <ShortDescription> element: ${REFUSED}`,
      `AppManifest.xml: <App> has the attribute IsDomainIsolated: ${REFUSED}`
    ]);
  });

  it("fails when the command set is registered tenant-wide (ClientSideInstance.xml) instead of by a CustomAction", async () => {
    let instance = "";
    const file = await brokenCopy("client-side-instance", async (zip) => {
      const elements = await editText(zip, /\/elements\.xml$/, (xml) => xml.replace(/<CustomAction\b[\s\S]*?<\/CustomAction>/, ""));
      instance = `${path.posix.dirname(elements)}/ClientSideInstance.xml`;
      zip.file(instance, fs.readFileSync(path.join(ROOT, "sharepoint", "assets", "ClientSideInstance.xml")));
    });
    expect(await addedFailures(file)).toEqual([
      `${instance} is in the package: SharePoint 2019 refuses tenant-wide registration at upload`,
      "PlanerCommandSet: no CustomAction registers it on list template 100 (elements.xml)"
    ]);
  });

  it("fails when a manifest carries supportedHosts and supportsThemeVariants", async () => {
    const file = await brokenCopy("supported-hosts", async (zip) => {
      await editManifest(zip, "OirTimelineWebPart", (manifest) => {
        manifest.supportedHosts = ["SharePointWebPart", "TeamsTab"];
        manifest.supportsThemeVariants = true;
      });
    });
    const added = await addedFailures(file);
    expect(added).toHaveLength(3);
    expect(added).toEqual(
      expect.arrayContaining([
        "OirTimelineWebPart: the manifest has supportedHosts, which SPFx 1.4.1's manifest schema does not know",
        "OirTimelineWebPart: the manifest has supportsThemeVariants, which SPFx 1.4.1's manifest schema does not know",
        expect.stringMatching(/^OirTimelineWebPart: the manifest fails SPFx 1\.4\.1's ManifestValidator: .*Additional properties not allowed: (supportedHosts|supportsThemeVariants)/)
      ])
    );
  });

  it("fails on react / react-dom component references and an SPFx library at a newer version", async () => {
    const file = await brokenCopy("component-references", async (zip) => {
      await editManifest(zip, "ResourceBookingWebPart", (manifest) => {
        const resources = manifest.loaderConfig.scriptResources;
        resources.react = { type: "component", version: "17.0.1", id: "0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d" };
        resources["react-dom"] = { type: "component", version: "17.0.1", id: "aa0a46ec-1505-43cd-a44a-93f3a5aa460a" };
        resources["@microsoft/sp-webpart-base"].version = "1.23.2";
      });
    });
    expect((await addedFailures(file)).sort()).toEqual([
      "ResourceBookingWebPart: component reference @microsoft/sp-webpart-base@1.23.2 is not at 1.4.1",
      "ResourceBookingWebPart: component reference react-dom@17.0.1: React is bundled in the 2019 package (the farm serves React 15)",
      "ResourceBookingWebPart: component reference react@17.0.1: React is bundled in the 2019 package (the farm serves React 15)"
    ]);
  });

  it.each([
    ["ES2020 optional chaining", "window.oirProbe = window.document?.title;"],
    ["ES2018 object spread", "window.oirProbe = { ...window.location };"]
  ])("fails on a bundle with %s", async (label, code) => {
    let bundle = "";
    const file = await brokenCopy(`syntax-${label.replace(/\W+/g, "-")}`, async (zip) => {
      bundle = await editText(zip, /^ClientSideAssets\/status-field-customizer_[0-9a-f]+\.js$/, (js) => `${js}\n${code}\n`);
    });
    const added = await addedFailures(file);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(new RegExp(`^${bundle.replace(/[.]/g, "\\.")} is not ES2017 \\(Unexpected token`));
  });

  it("fails on AMD dependencies other than SPFx 1.4.1 libraries and our loc modules", async () => {
    let bundle = "";
    const file = await brokenCopy("amd-dependencies", async (zip) => {
      bundle = await editText(zip, /^ClientSideAssets\/planer-command-set_[0-9a-f]+\.js$/, (js) =>
        js.replace(/^(define\("[^"]+", \[)/, '$1"react","https://unpkg.com/lodash@4.17.21/lodash.min.js",')
      );
    });
    expect(await addedFailures(file)).toEqual([
      `${bundle}: AMD dependency "react" is not allowed (only SPFx 1.4.1 libraries a farm serves and our loc modules)`,
      `${bundle}: AMD dependency "react" is not in PlanerCommandSet's scriptResources (the loader cannot resolve it)`,
      `${bundle}: AMD dependency "https://unpkg.com/lodash@4.17.21/lodash.min.js" is not allowed (only SPFx 1.4.1 libraries a farm serves and our loc modules)`,
      `${bundle}: AMD dependency "https://unpkg.com/lodash@4.17.21/lodash.min.js" is not in PlanerCommandSet's scriptResources (the loader cannot resolve it)`
    ]);
  });

  it("fails on scripts nothing loads: a stale AMD bundle and a webpack chunk of another build", async () => {
    const file = await brokenCopy("stray-scripts", async (zip) => {
      zip.file("ClientSideAssets/oir-timeline-web-part_0123456789abcdef0123456789abcdef.js", "define([], function () { return {}; });");
      zip.file("ClientSideAssets/1.1_0123456789abcdef0123.js", "webpackJsonpdeadbeef([1], {});");
    });
    expect((await addedFailures(file)).sort()).toEqual([
      "ClientSideAssets/1.1_0123456789abcdef0123.js is a webpack chunk (webpackJsonpdeadbeef) that no bundle loads (stale build output?)",
      "ClientSideAssets/oir-timeline-web-part_0123456789abcdef0123456789abcdef.js is neither a script a manifest loads nor a webpack chunk (stale build output?)"
    ]);
  });

  it("fails without an icon font, and on a CDN URL in a bundle", async () => {
    let font = "";
    let bundle = "";
    const file = await brokenCopy("font-and-cdn", async (zip) => {
      font = Object.keys(zip.files).filter((n) => /^ClientSideAssets\/fabric-icons-[\w-]+\.woff$/.test(n))[0];
      expect(font).toBeDefined();
      zip.remove(font);
      bundle = await editText(zip, /^ClientSideAssets\/status-field-customizer_[0-9a-f]+\.js$/, (js) => `${js}\nwindow.oirProbe = "https://static2.sharepointonline.com/files/fabric/assets/icons/probe.woff";\n`);
    });
    const added = await addedFailures(file);
    expect(added).toHaveLength(2);
    expect(added).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`${path.posix.basename(font).replace(/[.]/g, "\\.")} is missing`)),
        expect.stringMatching(new RegExp(`^${bundle.replace(/[.]/g, "\\.")} names a CDN.*static2\\.sharepointonline\\.com`))
      ])
    );
  });

  it("fails when the command set's bundle, loaded on every list view, grows over 5 KiB gzip", async () => {
    let bundle = "";
    const file = await brokenCopy("big-command-set", async (zip) => {
      bundle = await editText(zip, /^ClientSideAssets\/planer-command-set_[0-9a-f]+\.js$/, (js) => `${js}\n/* ${randomBytes(6000).toString("base64")} */\n`);
    });
    expect(await addedFailures(file)).toEqual([expect.stringMatching(new RegExp(`^PlanerCommandSet: its bundle ${path.posix.basename(bundle).replace(/[.]/g, "\\.")} is [\\d.]+ KiB gzip, over 5 KiB`))]);
  });

  it("fails on a view format in the Planer list's schema", async () => {
    const file = await brokenCopy("view-format", async (zip) => {
      await editText(zip, /^schema-localPlan\.xml$/, (xml) =>
        xml.replace("</View>", "<CustomFormatter>{&quot;additionalRowClass&quot;:&quot;ms-bgColor-red&quot;}</CustomFormatter></View>")
      );
    });
    expect(await addedFailures(file)).toEqual([
      "List Planer (schema-localPlan.xml): view \"Alle elementer\" has a view format (CustomFormatter): SharePoint 2019 has no view formatting"
    ]);
  });

  it("fails when OirStatus's column format uses Excel-style expressions, and when it has none", async () => {
    const expression = "=if([$OirStatus] == '', 'Ikke påbegyndt', [$OirStatus])";
    const excel = await brokenCopy("excel-format", async (zip) => {
      await editText(zip, /^schema-localPlan\.xml$/, (xml) =>
        xml.replace(/(<Field [^>]*Name="OirStatus"[^>]*?) CustomFormatter="[^"]*"/, `$1 CustomFormatter="${xmlEscape(JSON.stringify({ elmType: "div", txtContent: expression }))}"`)
      );
    });
    expect(await addedFailures(excel)).toEqual([
      `List Planer: column OirStatus's format uses an Excel-style expression ("${expression}"): SharePoint 2019 knows only the v1 syntax ${V1_HINT}`
    ]);

    const none = await brokenCopy("no-status-format", async (zip) => {
      await editText(zip, /^schema-localPlan\.xml$/, (xml) => xml.replace(/(<Field [^>]*Name="OirStatus"[^>]*?) CustomFormatter="[^"]*"/, "$1"));
    });
    expect(await addedFailures(none)).toEqual([`List Planer: column OirStatus has no column format ${V1_HINT}`]);
  });

  it("fails when the package-solution config carries what 1.4.1's schema does not know", async () => {
    const config = JSON.parse(fs.readFileSync(DEFAULT_SOLUTION_CONFIG, "utf8"));
    config.solution.isDomainIsolated = false;
    config.solution.developer = { name: "ØiR-planlægger", mpnId: "Undefined-1.23.2" };
    const solutionConfig = path.join(workDir(), "package-solution.json");
    fs.writeFileSync(solutionConfig, JSON.stringify(config));
    expect(await addedFailures(DEFAULT_SPPKG, { solutionConfig })).toEqual([
      `${solutionConfig}: .solution should NOT have additional properties: isDomainIsolated (SPFx 1.4.1's package-solution schema)`,
      `${solutionConfig}: .solution should NOT have additional properties: developer (SPFx 1.4.1's package-solution schema)`
    ]);
  });

  it("fails on a file that is not a package", async () => {
    const file = path.join(workDir(), "not-a-zip.sppkg");
    fs.writeFileSync(file, "this is not a zip");
    const { failures } = await checkServerPackage(file);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Not a readable \.sppkg/);
  });
});
