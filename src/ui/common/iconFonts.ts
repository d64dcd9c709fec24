/**
 * Fluent UI's icons are glyphs in web fonts split into subsets, fetched the first time a glyph
 * of a subset is laid out. A grid that draws its first rows before those fonts have arrived is
 * laid out and painted twice (once with an empty glyph box, again when the font loads), which
 * was the largest single cost of the timeline's first paint. The roots start loading the
 * subsets their grids need while the plan itself is still loading from SharePoint.
 */
import { getIcon } from "@fluentui/react";

/** document.fonts.load, with a font string it cannot parse (it throws) turned into a rejection. */
function loadFont(font: string, text: string): Promise<unknown> {
  try {
    return document.fonts.load(font, text);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Starts loading the font subsets that hold these icons; resolves when each has loaded or failed. */
export function preloadIconFonts(iconNames: readonly string[]): Promise<void> {
  // jsdom and old browsers have no Font Loading API: the browser then loads fonts on first use.
  if (typeof document === "undefined" || !document.fonts || typeof document.fonts.load !== "function") return Promise.resolve();
  const loads = new Map<string, Promise<unknown>>();
  for (const name of iconNames) {
    const icon = getIcon(name);
    const family = icon?.subset.fontFace?.fontFamily;
    if (!icon?.code || !family || loads.has(family)) continue;
    loads.set(family, loadFont(`16px ${family}`, icon.code));
  }
  // A subset that fails to load here is requested again when its glyph is drawn, and that is
  // where the browser reports it; a preload failure changes nothing the user sees.
  return Promise.allSettled([...loads.values()]).then(() => undefined);
}
