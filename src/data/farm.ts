/**
 * The SharePoint a site runs on: its version (`_api/contextinfo` LibraryVersion, read once per site
 * by src/data/pnp/farmVersion.ts, e.g. "16.0.10337.12109"), classified into the product and what it can show.
 * Callers branch on `capabilities`, never on product names; the UI names the product.
 *
 * | LibraryVersion 16.0.<build>             | product                   | supported | column formats   | view formats |
 * |-----------------------------------------|---------------------------|-----------|------------------|--------------|
 * | any, on a SharePoint Online host        | SharePoint Online         | yes       | basic + Excel    | yes          |
 * | build ≥ 16130 (SE 23H1, March 2023)     | Subscription Edition      | yes       | basic + Excel    | no           |
 * | 14326 ≤ build < 16130 (SE RTM … 22H2)   | Subscription Edition      | yes       | basic (v1)       | no           |
 * | 10337 ≤ build < 14326                   | SharePoint Server 2019    | yes       | basic (v1)       | no           |
 * | build < 10337 (2016: 16.0.4351 RTM)     | SharePoint Server 2016    | no        | none             | no           |
 * | major < 16 (2013 and older)             | older                     | no        | none             | no           |
 *
 * Sources:
 * - Builds: 2019 RTM 16.0.10337.12109; Subscription Edition RTM 16.0.14326.20450; SE Version 22H2
 *   arrived with the September 2022 update (16.0.15601.20052), Version 23H1 with the March 2023
 *   update (16.0.16130.20206) — Microsoft's update history for SharePoint Server.
 * - Excel-style column formatting: "only available in SharePoint Online and SharePoint Server
 *   Subscription Edition starting with the 22H2 feature update … isn't available in SharePoint
 *   Server 2019" (https://learn.microsoft.com/sharepoint/dev/declarative-customization/formatting-syntax-reference#excel-style-expressions).
 *   22H2 shipped it in the *Early release* ring only; 23H1 moved "Column formatting enhancement"
 *   to *Standard release* (https://learn.microsoft.com/sharepoint/what-s-new/new-and-improved-features-in-sharepoint-server-subscription-edition-23h1-release).
 *   A farm's ring cannot be read over REST, so Excel-style counts from 23H1; a 22H2 farm gets the
 *   basic format, which every release shows.
 * - View formatting: not in SharePoint Server 2019 ("There are no plans to bring view formatting
 *   to SharePoint 2019", https://github.com/pnp/List-Formatting/issues/283) and not among the
 *   features of any Subscription Edition feature update (22H2, 23H1, 23H2 release notes), so it
 *   counts as missing on every on-premises farm.
 * - 2016 and older run no SPFx 1.4.1 web parts on modern pages and have no column formatting
 *   (https://learn.microsoft.com/sharepoint/dev/spfx/compatibility).
 * - SharePoint Online and Subscription Edition builds cannot be told apart by number (SE counts on
 *   from 14326 and will reach today's Online builds), so Online is recognised by its host names
 *   (*.sharepoint.com, and the sovereign clouds' *.sharepoint.us, *.sharepoint-mil.us,
 *   *.sharepoint.cn, *.sharepoint.de) or by the caller (SPFx: pageContext.legacyPageContext.isSPO).
 */
export type FarmProduct = "sharePointOnline" | "subscriptionEdition" | "server2019" | "server2016" | "older" | "unknown";

export interface FarmCapabilities {
  /** The solution's web parts run there (SPFx 1.4.1 on modern pages or later). */
  supported: boolean;
  /** Column formatting (a field's CustomFormatter) is shown, at least in the basic v1 syntax. */
  columnFormatting: boolean;
  /** Column formats may use Excel-style `=` expressions (the v2 syntax). */
  excelStyleColumnFormatting: boolean;
  /** View formatting (a view's CustomFormatter) is shown. */
  viewFormatting: boolean;
}

export interface FarmInfo {
  product: FarmProduct;
  /** LibraryVersion as SharePoint sent it, e.g. "16.0.10337.12109". */
  version: string;
  capabilities: FarmCapabilities;
}

/** First builds of the on-premises products and feature updates (see the table above). */
export const FARM_BUILDS = {
  server2019: 10337,
  subscriptionEdition: 14326,
  /** SE Version 22H2: Excel-style column formatting in the Early release ring only. */
  subscriptionEdition22H2: 15601,
  /** SE Version 23H1: Excel-style column formatting in the Standard release ring. */
  subscriptionEdition23H1: 16130
} as const;

const NONE: FarmCapabilities = { supported: false, columnFormatting: false, excelStyleColumnFormatting: false, viewFormatting: false };
const ONLINE_HOST = /(^|\.)(sharepoint\.com|sharepoint\.us|sharepoint-mil\.us|sharepoint\.cn|sharepoint\.de)$/i;

/** True for a URL on SharePoint Online (commercial and sovereign clouds). */
export function isSharePointOnlineUrl(url: string): boolean {
  try {
    return ONLINE_HOST.test(new URL(url).hostname);
  } catch {
    // Not an absolute URL: nothing says Online, so the version decides.
    return false;
  }
}

/** The product and capabilities of a LibraryVersion; `sharePointOnline` says the site is on Online. */
export function classifyFarm(version: string, context: { sharePointOnline: boolean }): FarmInfo {
  const parts = /^\s*(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?\s*$/.exec(version);
  if (!parts) return { product: "unknown", version, capabilities: NONE };
  const [major, build] = [Number(parts[1]), Number(parts[3])];
  if (major < 16) return { product: "older", version, capabilities: NONE };
  if (context.sharePointOnline) {
    return { product: "sharePointOnline", version, capabilities: { supported: true, columnFormatting: true, excelStyleColumnFormatting: true, viewFormatting: true } };
  }
  if (major > 16) return { product: "unknown", version, capabilities: NONE };
  if (build < FARM_BUILDS.server2019) return { product: "server2016", version, capabilities: NONE };
  const onPremises: FarmCapabilities = { supported: true, columnFormatting: true, excelStyleColumnFormatting: false, viewFormatting: false };
  if (build < FARM_BUILDS.subscriptionEdition) return { product: "server2019", version, capabilities: onPremises };
  return {
    product: "subscriptionEdition",
    version,
    capabilities: { ...onPremises, excelStyleColumnFormatting: build >= FARM_BUILDS.subscriptionEdition23H1 }
  };
}

/** What "Opret lokal tidsplan" could not give a farm, and what it gave instead (the UI words it). */
export type PresentationNote =
  /** No view formatting: the Planer view is shown without row tints. */
  | { kind: "viewFormatSkipped" }
  /** No Excel-style expressions: the status column got the basic (v1) format, same icon and word. */
  | { kind: "basicStatusFormat" }
  /** No column formatting: the status column shows its plain value. */
  | { kind: "statusFormatSkipped" };
