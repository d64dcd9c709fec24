/**
 * Singular and plural: pluralText picks the loc string for a count, and every singular form
 * (a key ending in "One") has its plural beside it, in Danish and English, with the same
 * placeholders, so "1 dag", "1 valgt opgave" and "Indsats: 1 dag" read as Danish users write them.
 */
import * as fs from "fs";
import * as path from "path";
import { formatText, pluralText } from "../../../src/ui/common/format";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadAmdLoc } = require("../../support/amdLoc") as { loadAmdLoc: (file: string) => Record<string, string> };

const LOC_ROOT = path.join(__dirname, "..", "..", "..", "src", "loc");
const MODULES = fs.readdirSync(LOC_ROOT).filter((dir) => fs.existsSync(path.join(LOC_ROOT, dir, "da-dk.js")));
const load = (module: string, locale: string): Record<string, string> => loadAmdLoc(path.join(LOC_ROOT, module, `${locale}.js`));
const placeholders = (value: string): string[] => (value.match(/\{\d+\}/g) ?? []).sort();

describe("pluralText", () => {
  it("takes the singular for exactly one, also one day earlier", () => {
    expect(pluralText(1, "{0} dag", "{0} dage")).toBe("{0} dag");
    expect(pluralText(-1, "{0} dag", "{0} dage")).toBe("{0} dag");
  });

  it("takes the plural for zero, more than one, fractions and negatives", () => {
    for (const count of [0, 2, 5, 1.5, 0.5, -2, 21]) expect(pluralText(count, "{0} dag", "{0} dage")).toBe("{0} dage");
  });

  it("fills the chosen form with formatText", () => {
    const weeks = (n: number): string => formatText(pluralText(n, "{0} uge", "{0} uger"), n);
    expect([0, 1, 2].map(weeks)).toEqual(["0 uger", "1 uge", "2 uger"]);
  });
});

describe.each(MODULES)("singular forms in loc module %s", (module) => {
  const da = load(module, "da-dk");
  const en = load(module, "en-us");
  const singular = Object.keys(da).filter((key) => key.endsWith("One") && key.length > 3);

  it.each(singular.length > 0 ? singular : ["(none)"])("%s has its plural beside it, with the same placeholders", (key) => {
    if (key === "(none)") return;
    const base = key.slice(0, -"One".length);
    // The plural is the base key ("ShiftTitle") or, for older pairs, the base key + "Many".
    const plural = `${base}Many` in da ? `${base}Many` : base;
    // Some singulars spell the one out ("1 ændring") and have no placeholder; the rest keep the plural's.
    for (const strings of [da, en]) {
      expect(strings[plural]).toEqual(expect.any(String));
      const one = placeholders(strings[key]);
      expect(placeholders(strings[plural])).toEqual(expect.arrayContaining(one));
    }
  });
});

describe("the timeline's singular wording", () => {
  const da = load("timeline", "da-dk");
  const en = load("timeline", "en-us");
  const text = (strings: Record<string, string>, key: string, count: number, ...rest: (string | number)[]): string =>
    formatText(pluralText(count, strings[`${key}One`], strings[key]), count, ...rest);

  it("says 1 dag, 1 valgt opgave and Indsats for the effort", () => {
    expect(text(da, "PanelEffort", 1)).toBe("Indsats: 1 dag");
    expect(text(da, "PanelEffort", 5)).toBe("Indsats: 5 dage");
    expect(text(da, "ShiftTitle", 1)).toBe("Forskyd 1 valgt opgave");
    expect(text(da, "ShiftTitle", 3)).toBe("Forskyd 3 valgte opgaver");
    expect(text(da, "FlagEndsAfterGoLive", 1)).toBe("Slutter 1 dag efter Go-Live");
    expect(text(da, "FlagShouldHaveStarted", 1)).toBe("Skulle være påbegyndt for 1 dag siden");
    expect(text(da, "VarianceHint", 1, "17.04.2027")).toBe("1 dag i forhold til KOMBITs slutdato 17.04.2027");
    expect(formatText(pluralText(1, da.ShownCountOne, da.ShownCount), 1, 1)).toBe("1 af 1 opgave");
    expect(text(en, "ShiftTitle", 1)).toBe("Shift 1 selected task");
    expect(text(en, "PanelEffort", 1)).toBe("Effort: 1 day");
  });

  it("words the end-before-start rule as the check is (the same day is allowed)", () => {
    expect(da.EndBeforeStart).toBe("Slutdatoen må ikke ligge før startdatoen.");
  });
});
