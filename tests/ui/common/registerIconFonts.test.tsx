/**
 * registerIconFonts on one page (this file is one page: Fluent's icon registry is page-wide):
 * SharePoint's page registers MDL2 icons from its CDN first, then our web part registers ours,
 * then a second web part and a second bundle (its own copy of the module) try again.
 * What is checked is what a browser would fetch: the font-face src of every registered MDL2
 * subset and the @font-face rules Fluent injects when an icon is drawn.
 */
import * as path from "path";
import { getIcon, GlobalSettings, registerIcons, Stylesheet } from "@fluentui/react";
import { iconFontBaseUrl, registerIconFonts } from "../../../src/ui/common/iconFonts";
import { findCdnUrls, iconFontFiles } from "../../../tools/shared/iconFonts";

const BASE = "https://kommune.example.dk/sites/apps/ClientSideAssets/c0c32a3b-f0c7-4ad5-93bf-55fff944b382/";
const HOST_CDN = "https://static2.sharepointonline.com/files/fabric/assets/icons/";

interface Entry {
  code?: string;
  subset?: { fontFace?: { fontFamily?: string; src?: string } };
}

/** Every MDL2 icon in the page-wide registry: name → entry. */
function mdl2Icons(): Map<string, Entry> {
  const registry = GlobalSettings.getValue<Record<string, Entry>>("icons");
  const icons = new Map<string, Entry>();
  for (const [name, entry] of Object.entries(registry)) {
    if (!name.startsWith("__") && /^"FabricMDL2Icons(-\d+)?"$/.test(entry.subset?.fontFace?.fontFamily ?? "")) icons.set(name, entry);
  }
  return icons;
}

/** The URLs in a CSS src value. */
function urls(src: string): string[] {
  return [...src.matchAll(/url\(['"]?([^'")]+)['"]?\)/g)].map((m) => m[1]);
}

// The SharePoint page: its Fabric registers MDL2 icons from Microsoft's CDN, and an icon of its own.
registerIcons({
  fontFace: { fontFamily: '"FabricMDL2Icons-0"', src: `url('${HOST_CDN}fabric-icons-0-467ee27f.woff') format('woff')` },
  icons: { ChevronDown: "\uE70D", Calendar: "\uE787" }
});
registerIcons({ fontFace: { fontFamily: '"SharePointHostIcons"', src: "url('/_layouts/15/fonts/host.woff')" }, icons: { OirHostIcon: "\uE001" } });

let warn: jest.SpyInstance;

beforeAll(() => {
  jest.useFakeTimers();
  // Recorded, not printed: the last test makes Fluent warn on purpose.
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});

afterAll(() => {
  warn.mockRestore();
  jest.useRealTimers();
});

/** Console warnings so far, after Fluent's 2 s delay for its duplicate-icon warning. */
function warnings(): unknown[][] {
  jest.advanceTimersByTime(5000);
  return warn.mock.calls;
}

describe("iconFontBaseUrl", () => {
  it("is the first internal module base URL, ending in a slash", () => {
    expect(iconFontBaseUrl([BASE, "https://other.example/"])).toBe(BASE);
    expect(iconFontBaseUrl(["https://localhost:4321/dist"])).toBe("https://localhost:4321/dist/");
  });

  it("throws when the manifest has none", () => {
    expect(() => iconFontBaseUrl(undefined)).toThrow(/internalModuleBaseUrls/);
    expect(() => iconFontBaseUrl([])).toThrow(/internalModuleBaseUrls/);
    expect(() => iconFontBaseUrl([" "])).toThrow(/internalModuleBaseUrls/);
  });
});

describe("registerIconFonts", () => {
  it("registers every MDL2 subset with its font at the base URL, the page's CDN ones taken over, without a warning", () => {
    expect(mdl2Icons().get("chevrondown")?.subset?.fontFace?.src).toContain(HOST_CDN);
    expect(() => registerIconFonts("")).toThrow();

    expect(() => registerIconFonts([])).toThrow(/internalModuleBaseUrls/);
    // As the web parts call it: with their manifest's internalModuleBaseUrls.
    expect(registerIconFonts([BASE.slice(0, -1), "https://other.example/"])).toBe(true);

    const icons = mdl2Icons();
    expect(icons.size).toBeGreaterThan(1500);
    const sources = new Set([...icons.values()].map((entry) => entry.subset?.fontFace?.src ?? ""));
    const files = new Set<string>();
    for (const src of sources) {
      const found = urls(src);
      expect(found).toHaveLength(1);
      expect(found[0].startsWith(BASE)).toBe(true);
      expect(findCdnUrls(src)).toEqual([]);
      files.add(found[0].slice(BASE.length));
    }
    // The fonts the packages ship (tools/shared/iconFonts.js) are exactly the ones registered.
    expect([...files].sort()).toEqual(iconFontFiles().map((file) => path.basename(file)));
    expect(icons.get("chevrondown")?.code).toBe("\uE70D");
    // The page's own, non-MDL2 icon is left alone.
    expect(getIcon("OirHostIcon")?.subset.fontFace?.src).toBe("url('/_layouts/15/fonts/host.woff')");
    expect(warnings()).toEqual([]);
  });

  it("makes Fluent inject @font-face rules for the base URL when icons are drawn", () => {
    const firstOfEachSubset = new Map<string, string>();
    for (const [name, entry] of mdl2Icons()) {
      const family = entry.subset?.fontFace?.fontFamily ?? "";
      if (!firstOfEachSubset.has(family)) firstOfEachSubset.set(family, name);
    }
    expect(firstOfEachSubset.size).toBe(iconFontFiles().length);
    for (const name of firstOfEachSubset.values()) expect(getIcon(name)?.subset.className).toBeTruthy();

    const rules = Stylesheet.getInstance().getRules(true);
    const iconFaces = (rules.match(/@font-face\s*\{[^}]*\}/g) ?? []).filter((rule) => rule.includes("FabricMDL2Icons"));
    expect(iconFaces.length).toBeGreaterThanOrEqual(firstOfEachSubset.size);
    for (const rule of iconFaces) {
      expect(urls(rule).every((url) => url.startsWith(BASE))).toBe(true);
      expect(findCdnUrls(rule)).toEqual([]);
    }
  });

  it("does nothing when a second web part calls it again", () => {
    const before = mdl2Icons();
    expect(registerIconFonts("https://other.example/assets/")).toBe(false);
    const after = mdl2Icons();
    expect(after.size).toBe(before.size);
    for (const [name, entry] of after) expect(entry).toBe(before.get(name));
    expect(warnings()).toEqual([]);
  });

  it("does nothing in a second bundle with its own copy of Fluent and of this module", () => {
    const before = mdl2Icons();
    let registered: boolean | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const secondBundle = require("../../../src/ui/common/iconFonts") as typeof import("../../../src/ui/common/iconFonts");
      registered = secondBundle.registerIconFonts(BASE);
    });
    expect(registered).toBe(false);
    for (const [name, entry] of mdl2Icons()) expect(entry).toBe(before.get(name));
    expect(warnings()).toEqual([]);
  });

  it("leaves the page's own warnings on: a later duplicate registration still warns", () => {
    registerIcons({ icons: { ChevronDown: "\uE70D" } });
    expect(warnings().map((call) => String(call[0]))).toEqual([expect.stringContaining("ChevronDown")]);
  });
});
