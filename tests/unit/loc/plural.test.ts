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

describe("the booking web part's singular wording", () => {
  const da = load("booking", "da-dk");
  const en = load("booking", "en-us");
  const say = (strings: Record<string, string>, key: string, count: number, args: (string | number)[]): string =>
    formatText(pluralText(count, strings[`${key}One`], strings[key]), ...args);

  it("says i 1 uge / i 2 uger, 1 uge in a suggestion, 1 opgave mere, 1 værdi, 1 time pr. uge", () => {
    expect(say(da, "OverAllocatedSummary", 1, ["Anne", 1])).toBe("Anne er overbooket i 1 uge.");
    expect(say(da, "OverAllocatedSummary", 2, ["Anne", 2])).toBe("Anne er overbooket i 2 uger.");
    expect(say(da, "SuggestionText", 1, ["Anne", "PL 12", "7,4", 1])).toBe("Forslag til Anne på PL 12: 7,4 t i 1 uge ud fra opgavens behov. Intet er gemt endnu.");
    expect(say(da, "SuggestionText", 3, ["Anne", "PL 12", "20", 3])).toBe("Forslag til Anne på PL 12: 20 t fordelt på 3 uger ud fra opgavens behov. Intet er gemt endnu.");
    expect(say(da, "RemoveDialogMoreTasks", 1, [1])).toBe("… og 1 opgave mere");
    expect(say(da, "RemoveDialogMoreTasks", 4, [4])).toBe("… og 4 opgaver mere");
    expect(say(da, "PasteClipped", 1, [1])).toBe("1 værdi lå uden for opgavens rækker og blev ikke indsat.");
    expect(say(da, "UnderBookedMore", 1, [1])).toBe("… og 1 mere");
    expect(say(da, "WorkingGroupUpdated", 1, ["Anne", "1"])).toBe("Anne har nu 1 time pr. uge.");
    expect(say(da, "WorkingGroupUpdated", 7.5, ["Anne", "7,5"])).toBe("Anne har nu 7,5 timer pr. uge.");
    expect(say(en, "OverAllocatedSummary", 1, ["Anne", 1])).toBe("Anne is over-allocated in 1 week.");
  });
});
