/**
 * What the SPFx 1.4.1 workbench specs check on the page (tools/workbench2019): an offline farm
 * (every request that leaves the page's origin is aborted and recorded), page errors, the icon
 * fonts and the emulator's items read over REST.
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** What startWorkbench2019 returns that these helpers use. */
export interface WorkbenchUrls {
  origin: string;
  workbenchUrl: string;
  assetsUrl: string;
  sites: { kombit: string; municipality: string };
}

export interface WorkbenchWatch {
  pageErrors: string[];
  /** Requests that left the origin (aborted, as on a farm without internet). */
  foreignRequests: string[];
  /** Bodies of the SPFx 1.4.1 runtime scripts the page loaded (from sp2019/node_modules). */
  frameworkScripts: Promise<string>[];
}

export async function watchWorkbench(page: Page, wb: WorkbenchUrls): Promise<WorkbenchWatch> {
  const seen: WorkbenchWatch = { pageErrors: [], foreignRequests: [], frameworkScripts: [] };
  page.on("pageerror", (error) => seen.pageErrors.push(`${error.message}\n${error.stack ?? ""}`));
  page.on("response", (response) => {
    if (response.url().startsWith(`${wb.origin}/node_modules/`) && response.url().endsWith(".js")) {
      seen.frameworkScripts.push(response.text().catch(() => ""));
    }
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${wb.origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    seen.foreignRequests.push(url);
    return route.abort("internetdisconnected");
  });
  return seen;
}

/**
 * No request of ours left the origin. The 1.4.1 workbench's own runtime asks Microsoft's CDN for
 * Segoe UI and MDL2 icon fonts (Office UI Fabric 5's core CSS and initializeIcons inside SPFx
 * 1.4.1's office-ui-fabric-react-bundle, as SharePoint Server's own pages do:
 * https://github.com/SharePoint/sp-dev-docs/issues/10287): each request that left must be one
 * those runtime scripts write (its folder and its file name both in one of them), and none may
 * ask for a file the package ships (packageFiles: our icon fonts are served from the package).
 */
export async function expectOnlyRuntimeRequestsLeftOrigin(seen: WorkbenchWatch, packageFiles: readonly string[]): Promise<void> {
  const runtime = await Promise.all(seen.frameworkScripts);
  const written = (url: string): boolean => {
    const { host, pathname } = new URL(url);
    const folder = `${host}${pathname.slice(0, pathname.lastIndexOf("/") + 1)}`;
    const file = pathname.slice(pathname.lastIndexOf("/") + 1);
    return runtime.some((text) => text.includes(folder) && text.includes(file));
  };
  const foreign = [...new Set(seen.foreignRequests)];
  expect(foreign.filter((url) => !written(url)), "requests that left the origin and are not SPFx 1.4.1's own").toEqual([]);
  const shipped = new Set(packageFiles);
  expect(foreign.filter((url) => shipped.has(new URL(url).pathname.split("/").pop() ?? "")), "files of the package asked from elsewhere").toEqual([]);
}

/**
 * The first Fluent icon inside `scope` is drawn with an MDL2 font family that has an @font-face
 * pointing at the package's files (wb.assetsUrl) and a face of that family has loaded, and the
 * glyph has a width: an icon, not an empty box with a font that never arrived. (The 1.4.1 page's
 * own Fabric core CSS declares "FabricMDL2Icons" from Microsoft's CDN too; offline that face
 * fails, so document.fonts.check() is false for the family and a loaded face can only be ours.)
 */
export async function expectIconFromPackage(scope: Locator, assetsUrl: string): Promise<void> {
  const icon = scope.locator("i[data-icon-name]").first();
  await expect(icon).toBeVisible();
  await expect
    .poll(
      () =>
        icon.evaluate(async (el, base) => {
          const unquote = (s: string): string => s.trim().replace(/^["']|["']$/g, "");
          const family = unquote(getComputedStyle(el).fontFamily.split(",")[0]);
          const glyph = el.textContent ?? "";
          const sources: string[] = [];
          for (const sheet of Array.from(document.styleSheets)) {
            let rules: CSSRuleList;
            try {
              rules = sheet.cssRules;
            } catch {
              continue; // a cross-origin sheet: not ours
            }
            for (const rule of Array.from(rules)) {
              if (rule instanceof CSSFontFaceRule && unquote(rule.style.getPropertyValue("font-family")) === family) {
                sources.push(rule.style.getPropertyValue("src"));
              }
            }
          }
          await document.fonts.ready;
          return {
            // Fluent's registered subsets, or the status cell's own faces of the same files.
            family: /^(FabricMDL2Icons(-\d+)?|OirStatusIcons-fabric-icons(-\d+)?-[0-9a-f]+)$/.test(family) ? "MDL2" : family,
            fromPackage: sources.some((src) => src.includes(base)),
            loaded: glyph !== "" && Array.from(document.fonts).some((face) => unquote(face.family) === family && face.status === "loaded"),
            width: el.getBoundingClientRect().width > 0
          };
        }, assetsUrl),
      { message: "icon drawn with an MDL2 font from the package, loaded, with a width" }
    )
    .toEqual({ family: "MDL2", fromPackage: true, loaded: true, width: true });
}

/** Opens the workbench and adds a web part from 1.4.1's toolbox by its title. */
export async function addFromToolbox(page: Page, wb: WorkbenchUrls, title: string): Promise<void> {
  await page.goto(wb.workbenchUrl);
  await page.getByRole("button", { name: "Add a new web part in column one" }).click();
  // The toolbox entry's text is the description followed by the title.
  await page.getByRole("listitem", { name: title, exact: true }).click();
}

/**
 * A municipality list item as SharePoint returns it with minimal metadata: values and odata.etag.
 * Read from the emulator directly (plain http; the https front's certificate is self-signed).
 */
/** A list's id on the emulator's municipality site (what the list view's page context names). */
export async function municipalityListId(emulatorUrl: string, title: string): Promise<string> {
  const url = `${emulatorUrl}/sites/eksempelkommune/_api/web/lists/getByTitle('${encodeURIComponent(title)}')?$select=Id`;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  expect(response.status, `GET ${url}`).toBe(200);
  return `{${((await response.json()) as { Id: string }).Id}}`;
}

export async function readItem<T>(emulatorUrl: string, list: string, filter: string, select: string): Promise<T & { "odata.etag": string }> {
  const url = `${emulatorUrl}/sites/eksempelkommune/_api/web/lists/getByTitle('${encodeURIComponent(list)}')/items?$filter=${encodeURIComponent(filter)}&$select=${select}`;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  expect(response.status, `GET ${url}`).toBe(200);
  const body = (await response.json()) as { value: (T & { "odata.etag": string })[] };
  expect(body.value, `${list} items where ${filter}`).toHaveLength(1);
  return body.value[0];
}
