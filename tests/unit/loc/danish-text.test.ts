/**
 * The Danish strings are written in Danish, not left in English: for every loc module in src/loc,
 * no da-dk value equals its en-us value (except names and codes that read the same in both
 * languages, listed below with the reason), and no da-dk value contains a common English word.
 */
import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadAmdLoc } = require("../../support/amdLoc") as { loadAmdLoc: (file: string) => Record<string, string> };

const LOC_ROOT = path.join(__dirname, "..", "..", "..", "src", "loc");
const MODULES = fs.readdirSync(LOC_ROOT).filter((dir) => fs.existsSync(path.join(LOC_ROOT, dir, "da-dk.js")));

/**
 * Values that are the same in Danish and English because they are names, codes or formats:
 * product and system names (KOMBIT's, Microsoft's), file formats, KLIK's own terms, placeholders.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  "ØiR-planlægger", // the product's name
  "Go-Live", // KOMBIT's term in KLIK, used as is in Danish
  "KOMBIT", // organisation
  "CSV",
  "ICS",
  "Excel",
  "Teams", // Microsoft Teams
  "SharePoint",
  // Microsoft product names: SharePoint Online, Server 2019, Subscription Edition
  "SharePoint Online",
  "SharePoint Server 2019",
  "SharePoint Server Subscription Edition",
  "KLIK", // KOMBIT's task system
  "Master-opgave ID", // KLIK's Danish field name, shown as is in both languages
  "Webinar", // KLIK's kind of task, the word Danish users use
  "OK",
  // Danish words spelled as in English:
  "Person",
  "Status",
  "E-mail", // Retskrivningsordbogen's spelling
  "Note",
  "Zoom",
  "d" // unit after a number: dage / days
]);

/** The words of a value: placeholders ({0}) and punctuation removed ("{0} (KOMBIT)" → "KOMBIT"). */
function words(value: string): string {
  return value.replace(/\{\d+\}/g, " ").replace(/[()[\]:;,.!?\-–…]+(?=\s|$)|(?<=^|\s)[()[\]:;,.!?\-–…]+/g, " ").replace(/\s+/g, " ").trim();
}

/** English words that must not appear in a Danish string (whole words, case-sensitive where noted). */
const ENGLISH_WORDS: RegExp[] = [
  /\bthe\b/i,
  /\band\b/i,
  /\bSave\b/,
  /\bCancel\b/,
  /\bError\b/,
  /\bLoading\b/,
  /\bClose\b/,
  // (not "Delete": that is the key's name on Danish keyboards too, as in the grid's keyboard help)
  /\bplease\b/i,
  /\bfailed\b/i,
  /\bnot\b/i,
  /\bweek\b/i,
  /\btask(s)?\b/i,
  /\bhours?\b/i,
  /\bwith\b/i
];

function load(module: string, locale: string): Record<string, string> {
  return loadAmdLoc(path.join(LOC_ROOT, module, `${locale}.js`));
}

test("there are loc modules to check", () => {
  expect(MODULES).toEqual(expect.arrayContaining(["booking", "commandSet", "common", "timeline"]));
});

describe.each(MODULES)("loc module %s", (module) => {
  const da = load(module, "da-dk");
  const en = load(module, "en-us");

  test("no Danish value is the English one, except names and codes", () => {
    const same = Object.keys(da)
      .filter((key) => typeof da[key] === "string" && da[key] === en[key])
      .filter((key) => words(da[key]) !== "" && !SAME_IN_BOTH.has(words(da[key])))
      .map((key) => `${key}: ${JSON.stringify(da[key])}`);
    expect(same).toEqual([]);
  });

  test("no English word in a Danish value", () => {
    const english = Object.keys(da)
      .filter((key) => typeof da[key] === "string" && ENGLISH_WORDS.some((word) => word.test(da[key])))
      .map((key) => `${key}: ${JSON.stringify(da[key])}`);
    expect(english).toEqual([]);
  });
});
