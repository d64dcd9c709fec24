/**
 * Fluent UI's icons are glyphs in web fonts split into subsets, fetched the first time a glyph
 * of a subset is laid out. A grid that draws its first rows before those fonts have arrived is
 * laid out and painted twice (once with an empty glyph box, again when the font loads), which
 * was the largest single cost of the timeline's first paint. The roots start loading the
 * subsets their grids need while the plan itself is still loading from SharePoint.
 */
import { getIcon, GlobalSettings, initializeIcons, setIconOptions, unregisterIcons } from "@fluentui/react";

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

/**
 * Where the icon fonts are: the folder the component's own bundle was loaded from, which is where
 * the packages put them (ClientSideAssets). Takes the component manifest's
 * `loaderConfig.internalModuleBaseUrls` and returns its first URL ending in "/".
 */
export function iconFontBaseUrl(internalModuleBaseUrls: readonly string[] | undefined): string {
  const first = internalModuleBaseUrls?.[0]?.trim();
  if (!first) throw new Error("The component manifest has no loaderConfig.internalModuleBaseUrls: the icon fonts cannot be located");
  return first.endsWith("/") ? first : `${first}/`;
}

/** Fluent's page-wide icon registry (GlobalSettings "icons"): one per page, shared by every copy of Fluent (v5 to v8) on it. */
interface IconRegistry {
  __options?: { disableWarnings?: boolean };
  [name: string]: unknown;
}

/** An entry of that registry: an icon's code and the subset (font) it is drawn from. */
interface IconEntry {
  subset?: { fontFace?: { fontFamily?: string; src?: string } };
}

/** Page-wide (GlobalSettings) mark holding the base URL the icon fonts were registered from. */
const REGISTERED_KEY = "oirIconFontsBaseUrl";

/** The font families of Fluent's MDL2 icon subsets: FabricMDL2Icons, FabricMDL2Icons-0 … -17. */
const MDL2_FAMILY = /^["']?FabricMDL2Icons(-\d+)?["']?$/;

/**
 * The MDL2 icons someone else registered from other font files. SharePoint's own pages register
 * them from Microsoft's CDN as soon as an SPFx component is on the page, Server SE included
 * (https://github.com/SharePoint/sp-dev-docs/issues/10287, /10382), and Fluent keeps the first
 * registration of a name and ignores later ones (style-utilities registerIcons), so our fonts
 * would never be used (https://github.com/microsoft/fluentui/issues/11477).
 */
function foreignMdl2Icons(registry: IconRegistry, baseUrl: string): string[] {
  const names: string[] = [];
  for (const [name, value] of Object.entries(registry)) {
    if (name.startsWith("__") || typeof value !== "object" || value === null) continue;
    const fontFace = (value as IconEntry).subset?.fontFace;
    if (!fontFace?.fontFamily || !MDL2_FAMILY.test(fontFace.fontFamily)) continue;
    if (!(fontFace.src ?? "").includes(`url('${baseUrl}`)) names.push(name);
  }
  return names;
}

/**
 * Registers Fluent's MDL2 icon subsets with their fonts at baseUrl (the package's own assets,
 * never a CDN; or the manifest's internalModuleBaseUrls, see iconFontBaseUrl), once per page: a second web part, or a second bundle with its own copy of this
 * module, finds the page-wide mark and does nothing. MDL2 icons the page registered from other
 * files (SharePoint's, from its CDN) are taken over, so every MDL2 icon on the page, ours and the
 * page's, is drawn from the same files and none needs the internet. Returns whether this call
 * registered them.
 */
export function registerIconFonts(baseUrl: string | readonly string[] | undefined): boolean {
  if (baseUrl === "") throw new Error("registerIconFonts needs the URL of the folder holding the icon fonts");
  const url = typeof baseUrl === "string" ? (baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`) : iconFontBaseUrl(baseUrl);
  if (GlobalSettings.getValue<string | undefined>(REGISTERED_KEY) !== undefined) return false;
  const registry = GlobalSettings.getValue<IconRegistry>("icons", () => ({}));
  const foreign = foreignMdl2Icons(registry, url);
  if (foreign.length > 0) unregisterIcons(foreign);
  // Fluent warns about an icon registered twice from its page-wide options only (initializeIcons'
  // own options do not reach that check): silence it for this call alone, then put it back.
  const disableWarnings = registry.__options?.disableWarnings ?? false;
  setIconOptions({ disableWarnings: true });
  try {
    initializeIcons(url, { disableWarnings: true });
  } finally {
    setIconOptions({ disableWarnings });
  }
  GlobalSettings.setValue(REGISTERED_KEY, url);
  return true;
}
