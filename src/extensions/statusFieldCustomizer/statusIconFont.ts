/**
 * The status cell's glyphs, drawn from the MDL2 icon fonts in the package itself.
 *
 * The cell used Fabric Core's `ms-Icon ms-Icon--X` classes, whose font is whatever the page's
 * Fabric CSS points at: Microsoft's CDN on SharePoint Server, so on a farm without internet the
 * icon was an empty box. Registering Fluent's icons (src/ui/common/iconFonts.ts) would bring
 * Fluent's styling and icon tables into a bundle that is otherwise 2 KB and loads on every list
 * view with the column. The four glyphs and the subset files that hold them are named here
 * instead; tests/unit/extensions/statusIconFont.test.ts checks them against the bundled
 * @fluentui/font-icons-mdl2, so an upgrade that renames a file or moves a glyph fails there.
 */

export interface StatusGlyph {
  /** The glyph's code point in its MDL2 subset. */
  code: string;
  /** The subset's font file, as the packages ship it beside the bundles (content-hashed name). */
  file: string;
}

export const STATUS_GLYPHS: Readonly<Record<"CircleRing" | "CircleHalfFull" | "CompletedSolid" | "Unknown", StatusGlyph>> = {
  CircleRing: { code: "\uEA3A", file: "fabric-icons-a13498cf.woff" },
  CircleHalfFull: { code: "\uED9E", file: "fabric-icons-6-ef6fd590.woff" },
  CompletedSolid: { code: "\uEC61", file: "fabric-icons-5-f95ba260.woff" },
  Unknown: { code: "\uE9CE", file: "fabric-icons-3-089e217a.woff" }
};

export type StatusGlyphName = keyof typeof STATUS_GLYPHS;

/** The font family our @font-face gives a subset file (its own name: never Fluent's or the page's). */
export function glyphFontFamily(glyph: StatusGlyph): string {
  return `OirStatusIcons-${glyph.file.replace(/\.woff$/, "")}`;
}

const STYLE_ID = "oir-status-icon-fonts";

/**
 * Adds the @font-face rules for the glyphs' subsets, with the fonts at baseUrl (the component's
 * own folder: manifest.loaderConfig.internalModuleBaseUrls), once per document. The browser
 * fetches a subset only when a cell draws one of its glyphs.
 */
export function ensureStatusIconFonts(doc: Document, baseUrl: string): void {
  if (!baseUrl) throw new Error("ensureStatusIconFonts needs the URL of the folder holding the icon fonts");
  if (doc.getElementById(STYLE_ID)) return;
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const files = [...new Set(Object.values(STATUS_GLYPHS).map((g) => g.file))];
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = files
    .map((file) => {
      const family = glyphFontFamily({ code: "", file });
      // encodeURI keeps the URL's own escapes and escapes what a CSS url('…') could not hold.
      return `@font-face{font-family:"${family}";src:url('${encodeURI(base + file).replace(/'/g, "%27")}') format('woff');font-weight:normal;font-style:normal;font-display:block}`;
    })
    .join("\n");
  doc.head.appendChild(style);
}
