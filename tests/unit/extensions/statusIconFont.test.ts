/**
 * @jest-environment jsdom
 */
/**
 * The status cell's glyphs (src/extensions/statusFieldCustomizer/statusIconFont.ts) must be the
 * ones the bundled @fluentui/font-icons-mdl2 draws, from the font files the packages ship: a
 * Fluent upgrade that moves a glyph or renames a content-hashed file fails here, not on a farm.
 */
import * as fs from "fs";
import * as path from "path";
import { ensureStatusIconFonts, glyphFontFamily, STATUS_GLYPHS } from "../../../src/extensions/statusFieldCustomizer/statusIconFont";

const ROOT = path.resolve(__dirname, "../../..");
const fluentReact = require.resolve("@fluentui/react", { paths: [ROOT] });
const mdl2Lib = path.dirname(require.resolve("@fluentui/font-icons-mdl2", { paths: [path.dirname(fluentReact)] }));
const mdl2Root = path.resolve(mdl2Lib, "..");

/** Every subset module of the bundled MDL2 icons: its font file and its icon → code table. */
function fluentSubsets(): { file: string; icons: Map<string, string> }[] {
  const esmDir = path.join(mdl2Root, "lib");
  return fs
    .readdirSync(esmDir)
    .filter((f) => /^fabric-icons(-\d+)?\.js$/.test(f))
    .map((f) => {
      const source = fs.readFileSync(path.join(esmDir, f), "utf8");
      const file = /concat\(baseUrl, "([^"']+\.woff)/.exec(source)?.[1] ?? "";
      const icons = new Map<string, string>();
      for (const m of source.matchAll(/'?([A-Za-z0-9]+)'?: '\\u([0-9A-F]{4})'/g)) icons.set(m[1], String.fromCharCode(parseInt(m[2], 16)));
      return { file, icons };
    });
}

test.each(Object.entries(STATUS_GLYPHS))("%s is the glyph Fluent draws, in the font file the packages ship", (name, glyph) => {
  const subsets = fluentSubsets();
  expect(subsets.length).toBeGreaterThan(10);
  const holder = subsets.find((s) => s.icons.has(name));
  expect(holder).toBeDefined();
  expect({ file: glyph.file, code: glyph.code }).toEqual({ file: holder?.file, code: holder?.icons.get(name) });
  expect(fs.existsSync(path.join(mdl2Root, "fonts", glyph.file))).toBe(true);
});

test("ensureStatusIconFonts adds one @font-face per subset file, at the component's folder, once per page", () => {
  ensureStatusIconFonts(document, "https://farm.example/sites/kommune/ClientSideAssets/oir");
  ensureStatusIconFonts(document, "https://farm.example/sites/kommune/ClientSideAssets/oir/");
  const styles = document.querySelectorAll("style#oir-status-icon-fonts");
  expect(styles).toHaveLength(1);
  const css = styles[0].textContent ?? "";
  const files = new Set(Object.values(STATUS_GLYPHS).map((g) => g.file));
  expect(css.match(/@font-face/g)).toHaveLength(files.size);
  for (const glyph of Object.values(STATUS_GLYPHS)) {
    expect(css).toContain(`font-family:"${glyphFontFamily(glyph)}";src:url('https://farm.example/sites/kommune/ClientSideAssets/oir/${glyph.file}')`);
  }
});

test("ensureStatusIconFonts refuses an empty base URL (the fonts could not be found)", () => {
  expect(() => ensureStatusIconFonts(document.implementation.createHTMLDocument(""), "")).toThrow(/icon fonts/);
});
