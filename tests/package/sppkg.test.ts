/**
 * The package check (tools/check-package.js) on the real .sppkg, and on broken copies of it to
 * show the check can fail: without the command set, without the status field customizer, without a Teams icon, with a coloured outline
 * icon, without the Teams hosts, without a list schema, with a stale bundle, without an icon font, with a bundle naming a font CDN,
 * and not a zip at all.
 */
import { execFileSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { checkPackage, DEFAULT_SPPKG } from "../../tools/check-package";
import { encodePng } from "../../tools/make-icons";
import { iconFontFiles } from "../../tools/shared/iconFonts";
import { packageCopies, type PackageCopies } from "../support/packageCopies";

const ROOT = path.resolve(__dirname, "..", "..");
const BUILD_TIMEOUT_MS = 6 * 60 * 1000;

let copies: PackageCopies | undefined;

beforeAll(() => {
  if (!fs.existsSync(DEFAULT_SPPKG)) {
    // `npm run package` = gulp bundle --ship && gulp package-solution --ship
    execFileSync("npm", ["run", "package"], { cwd: ROOT, stdio: "pipe", timeout: BUILD_TIMEOUT_MS });
  }
  copies = packageCopies(DEFAULT_SPPKG, "oir-sppkg-");
}, BUILD_TIMEOUT_MS + 10_000);

afterAll(() => copies?.remove());

const brokenCopy: PackageCopies["brokenCopy"] = (name, edit) => copies!.brokenCopy(name, edit);

function filesMatching(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((name) => pattern.test(name));
}

describe("oir-planner.sppkg", () => {
  it("passes the package check, with every bundle measured", async () => {
    const result = await checkPackage(DEFAULT_SPPKG);
    expect(result.failures).toEqual([]);
    expect(result.components.map((c) => c.alias).sort()).toEqual(["OirTimelineWebPart", "PlanerCommandSet", "ResourceBookingWebPart", "StatusFieldCustomizer"]);
    // Each component has its own bundle (config/config.json), so a page with one web part
    // never loads the other's code (issue 8: each web part ≤ 200 KB gzipped).
    expect(result.bundles.map((b) => [...b.components].sort().join(" + ")).sort()).toEqual([
      "OirTimelineWebPart",
      "PlanerCommandSet",
      "ResourceBookingWebPart",
      "StatusFieldCustomizer"
    ]);
    for (const bundle of result.bundles) {
      expect(bundle.raw).toBeGreaterThan(0);
      expect(bundle.gzip).toBeGreaterThan(0);
      expect(bundle.gzip).toBeLessThan(bundle.raw);
    }
  });

  it("fails without the command set", async () => {
    const file = await brokenCopy("no-command-set", async (zip) => {
      for (const name of filesMatching(zip, /Extension_[^/]+\.xml$|ClientSideInstance\.xml$|planer-command-set_/)) zip.remove(name);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toContain("Command set PlanerCommandSet is missing");
  });

  it("fails without the status field customizer, and when its id is not the one associated with OirStatus", async () => {
    const missing = await brokenCopy("no-field-customizer", async (zip) => {
      const names = filesMatching(zip, /status-field-customizer_/);
      for (const name of Object.keys(zip.files)) {
        if (!name.endsWith(".xml") || zip.files[name].dir) continue;
        if ((await zip.file(name)!.async("string")).includes("&quot;alias&quot;:&quot;StatusFieldCustomizer&quot;")) names.push(name);
      }
      expect(names.length).toBeGreaterThan(1);
      names.forEach((name) => zip.remove(name));
    });
    expect((await checkPackage(missing)).failures).toEqual(["Field customizer StatusFieldCustomizer is missing"]);

    const wrongId = await brokenCopy("field-customizer-id", async (zip) => {
      for (const name of Object.keys(zip.files)) {
        if (!name.endsWith(".xml") || zip.files[name].dir) continue;
        const xml = await zip.file(name)!.async("string");
        if (xml.includes("&quot;alias&quot;:&quot;StatusFieldCustomizer&quot;")) zip.file(name, xml.split("ee691db6-68d2-416b-81c5-9b4476ce921f").join("00000000-68d2-416b-81c5-9b4476ce921f"));
      }
    });
    expect((await checkPackage(wrongId)).failures).toContain(
      "StatusFieldCustomizer: id is 00000000-68d2-416b-81c5-9b4476ce921f, expected ee691db6-68d2-416b-81c5-9b4476ce921f (the id ensureSchema associates with OirStatus)"
    );
  });

  it("fails without a web part's Teams outline icon", async () => {
    const file = await brokenCopy("no-teams-icon", async (zip) => {
      const [icon] = filesMatching(zip, /^ClientSideAssets\/039a9ae8-bb88-4324-86fc-5cb9a48369f0_outline\.png$/);
      expect(icon).toBeDefined();
      zip.remove(icon);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toContain("OirTimelineWebPart: Teams icon 039a9ae8-bb88-4324-86fc-5cb9a48369f0_outline.png is missing");
  });

  it("fails when a Teams outline icon is not white on transparent", async () => {
    // 32×32: the left half transparent, the right half opaque blue.
    const pixels = new Uint8Array(32 * 32 * 4);
    for (let i = 0; i < 32 * 32; i++) if (i % 32 >= 16) pixels.set([0x0f, 0x6c, 0xbd, 255], i * 4);
    const file = await brokenCopy("coloured-outline", async (zip) => {
      zip.file("ClientSideAssets/619d4d98-d1f6-4c25-9a86-fcc7eb33b3c1_outline.png", encodePng(32, pixels));
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual([
      "ResourceBookingWebPart: 619d4d98-d1f6-4c25-9a86-fcc7eb33b3c1_outline.png is not white on transparent (a drawn pixel is coloured)"
    ]);
  });

  it("fails when a web part is not offered to Teams and has lost its Danish title", async () => {
    const file = await brokenCopy("no-teams-host", async (zip) => {
      const [xmlName] = filesMatching(zip, /WebPart_619d4d98-d1f6-4c25-9a86-fcc7eb33b3c1\.xml$/);
      const xml = await zip.file(xmlName)!.async("string");
      const edited = xml.replace(/,&quot;TeamsTab&quot;/, "").replace(/&quot;da-DK&quot;:&quot;Ressourcebooking&quot;/, "&quot;da-DK&quot;:&quot;Booking&quot;");
      expect(edited).not.toBe(xml);
      zip.file(xmlName, edited);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual(
      expect.arrayContaining([
        "ResourceBookingWebPart: supportedHosts lacks TeamsTab",
        "ResourceBookingWebPart: da-DK title is \"Booking\", expected \"Ressourcebooking\""
      ])
    );
  });

  it("fails when a web part's description is longer than Teams' 80-character short description", async () => {
    const file = await brokenCopy("long-description", async (zip) => {
      const [xmlName] = filesMatching(zip, /WebPart_619d4d98-d1f6-4c25-9a86-fcc7eb33b3c1\.xml$/);
      const xml = await zip.file(xmlName)!.async("string");
      const edited = xml.split("og se overbooking").join("og se hvem i den lokale arbejdsgruppe der er overbooket");
      expect(edited).not.toBe(xml);
      zip.file(xmlName, edited);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual(["ResourceBookingWebPart: description (default) is 112 characters; Teams' description.short allows 80", "ResourceBookingWebPart: description (da-DK) is 112 characters; Teams' description.short allows 80"]);
  });

  it("fails when a provisioned list has lost its schema file", async () => {
    const file = await brokenCopy("no-list-schema", async (zip) => {
      expect(zip.file("schema-localPlan.xml")).not.toBeNull();
      zip.remove("schema-localPlan.xml");
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual(["List Planer: schema file schema-localPlan.xml is not in the feature (elementFiles)"]);
  });

  it("fails when it carries a bundle no component uses (a stale build)", async () => {
    const file = await brokenCopy("stale-bundle", async (zip) => {
      zip.file("ClientSideAssets/oir-timeline-web-part_0123456789abcdef0123.js", "define([], function () {});");
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual([
      "ClientSideAssets/oir-timeline-web-part_0123456789abcdef0123.js is not used by any component (stale build output?)"
    ]);
  });

  it("fails without one of Fluent's icon fonts (the web parts register them from ClientSideAssets)", async () => {
    let removed = "";
    const file = await brokenCopy("no-icon-font", async (zip) => {
      const fonts = filesMatching(zip, /^ClientSideAssets\/fabric-icons-[\w-]+\.woff$/);
      expect(fonts).toHaveLength(iconFontFiles().length);
      removed = fonts[3].slice("ClientSideAssets/".length);
      zip.remove(fonts[3]);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual([`Icon font ${removed} is missing from ClientSideAssets/ (the web parts register the icons from there)`]);
  });

  it("fails when a bundle names a CDN for fonts or icons", async () => {
    let bundle = "";
    const file = await brokenCopy("cdn-url", async (zip) => {
      [bundle] = filesMatching(zip, /^ClientSideAssets\/resource-booking-web-part_[0-9a-f]+\.js$/);
      expect(bundle).toBeDefined();
      const text = await zip.file(bundle)!.async("string");
      zip.file(bundle, `${text}\n;window.FabricConfig={iconBaseUrl:"https://static2.sharepointonline.com/files/fabric/assets/icons/"};`);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual([
      `${bundle} names a CDN, which a farm without internet cannot reach: https://static2.sharepointonline.com/files/fabric/assets/icons/`
    ]);
  });

  it("fails when the command set's bundle, loaded on every list view, grows over 5 KiB gzip", async () => {
    let bundle = "";
    const file = await brokenCopy("big-command-set", async (zip) => {
      [bundle] = filesMatching(zip, /^ClientSideAssets\/planer-command-set_[0-9a-f]+\.js$/);
      expect(bundle).toBeDefined();
      const text = await zip.file(bundle)!.async("string");
      // Incompressible bytes, as the status code (PnPjs, repositories) would be if bundled again.
      zip.file(bundle, `${text}\n/* ${randomBytes(6000).toString("base64")} */\n`);
    });
    const { failures } = await checkPackage(file);
    expect(failures).toEqual([expect.stringMatching(new RegExp(`^PlanerCommandSet: its bundle ${path.posix.basename(bundle).replace(/[.]/g, "\\.")} is [\\d.]+ KiB gzip, over 5 KiB`))]);
  });

  it("fails on a file that is not a package", async () => {
    const file = path.join(copies!.dir, "not-a-zip.sppkg");
    fs.writeFileSync(file, "this is not a zip");
    const { failures } = await checkPackage(file);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Not a readable \.sppkg/);
  });
});
