/**
 * Every loc module ships da-dk and en-us with exactly the same keys, all non-empty strings, and
 * every key is declared in its mystrings.d.ts (and nothing is declared that the files lack), so
 * no user ever sees a missing string in either language.
 */
import * as fs from "fs";
import * as path from "path";
import { loadAmdLoc } from "../../support/amdLoc";

const LOC_ROOT = path.resolve(__dirname, "..", "..", "..", "src", "loc");
const LOCALES = ["da-dk", "en-us"] as const;

/** The modules registered in config/config.json's localizedResources, by folder. */
function registeredModules(): { name: string; folder: string }[] {
  const config = JSON.parse(fs.readFileSync(path.resolve(LOC_ROOT, "..", "..", "config", "config.json"), "utf8")) as {
    localizedResources: Record<string, string>;
  };
  return Object.entries(config.localizedResources).map(([name, pattern]) => {
    const match = /^lib\/loc\/([^/]+)\/\{locale\}\.js$/.exec(pattern);
    if (!match) throw new Error(`${name}: unexpected localizedResources path ${pattern}`);
    return { name, folder: match[1] };
  });
}

/** Keys declared in the interface of a mystrings.d.ts ("  Key: string;"). */
function declaredKeys(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const body = /declare interface \w+\s*\{([\s\S]*?)\}/.exec(source);
  if (!body) throw new Error(`No interface in ${file}`);
  return [...body[1].matchAll(/^\s*(\w+)\s*:\s*string\s*;/gm)].map((m) => m[1]);
}

const modules = registeredModules();

describe("loc modules", () => {
  it("registers the four modules of the solution", () => {
    expect(modules.map((m) => m.name).sort()).toEqual(
      ["OirCommonStrings", "OirTimelineWebPartStrings", "PlanerCommandSetStrings", "ResourceBookingWebPartStrings"].sort()
    );
  });

  describe.each(modules)("$name ($folder)", ({ name, folder }) => {
    const dir = path.join(LOC_ROOT, folder);
    const strings = Object.fromEntries(
      LOCALES.map((locale) => [locale, loadAmdLoc(path.join(dir, `${locale}.js`)) as Record<string, unknown>])
    );
    const declared = declaredKeys(path.join(dir, "mystrings.d.ts"));

    it("declares the module name in mystrings.d.ts", () => {
      expect(fs.readFileSync(path.join(dir, "mystrings.d.ts"), "utf8")).toContain(`declare module "${name}"`);
    });

    it("has the same keys in da-dk and en-us", () => {
      expect(Object.keys(strings["en-us"]).sort()).toEqual(Object.keys(strings["da-dk"]).sort());
    });

    it.each(LOCALES)("%s has only non-empty strings", (locale) => {
      const bad = Object.entries(strings[locale]).filter(([, value]) => typeof value !== "string" || value.trim() === "");
      expect(bad.map(([key]) => key)).toEqual([]);
    });

    it.each(LOCALES)("%s has exactly the keys declared in mystrings.d.ts", (locale) => {
      expect(Object.keys(strings[locale]).sort()).toEqual([...declared].sort());
    });

    it("declares no key twice", () => {
      expect(declared.length).toBe(new Set(declared).size);
    });
  });
});
