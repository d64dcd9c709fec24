/**
 * Web part properties shared by ØiR-tidsplan and Ressourcebooking: where KOMBIT's plan and the
 * municipality's own lists live. Defaults are in the manifests' preconfiguredEntries.
 */
import { checkSiteUrl, resolveSiteUrl } from "./siteUrl";

export interface IPlanSourceWebPartProps {
  /** KOMBIT's plan site; empty = the current site. */
  kombitSiteUrl: string;
  /** The master plan list on KOMBIT's site (default "Planer"). */
  planListTitle: string;
  /** The wave list on KOMBIT's site (default "Bølger"). */
  waveListTitle: string;
  /** The municipality's site; empty = the current site. */
  municipalitySiteUrl: string;
  /** Title of the wave shown first; empty = let the UI choose. */
  defaultWave: string;
  /** Shown in headings; empty = the site's title. */
  municipalityName: string;
}

/** The page values the properties are resolved against (plain strings, no SPFx types). */
export interface PageSite {
  webAbsoluteUrl: string;
  webTitle: string;
}

/** Properties with defaults applied and site addresses made absolute. */
export interface ResolvedPlanSource {
  kombitSiteUrl: string;
  municipalitySiteUrl: string;
  planListTitle: string;
  waveListTitle: string;
  defaultWave: string | undefined;
  municipalityName: string;
}

/** Thrown when stored properties hold an address the property pane would refuse. */
export class InvalidPlanSourceError extends Error {
  public constructor(public readonly property: keyof IPlanSourceWebPartProps, public readonly value: string) {
    super(`Web part property ${property} holds an address that cannot be used: "${value}"`);
    this.name = "InvalidPlanSourceError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const DEFAULT_PLAN_LIST_TITLE = "Planer";
const DEFAULT_WAVE_LIST_TITLE = "Bølger";

export function tenantOriginOf(webAbsoluteUrl: string): string {
  return new URL(webAbsoluteUrl).origin;
}

export function resolvePlanSource(props: Partial<IPlanSourceWebPartProps>, page: PageSite): ResolvedPlanSource {
  const origin = tenantOriginOf(page.webAbsoluteUrl);
  const site = (property: "kombitSiteUrl" | "municipalitySiteUrl"): string => {
    const value = props[property] ?? "";
    if (checkSiteUrl(value, origin)) throw new InvalidPlanSourceError(property, value);
    return resolveSiteUrl(value, page.webAbsoluteUrl, origin);
  };
  const text = (value: string | undefined): string => (value ?? "").trim();
  return {
    kombitSiteUrl: site("kombitSiteUrl"),
    municipalitySiteUrl: site("municipalitySiteUrl"),
    planListTitle: text(props.planListTitle) || DEFAULT_PLAN_LIST_TITLE,
    waveListTitle: text(props.waveListTitle) || DEFAULT_WAVE_LIST_TITLE,
    defaultWave: text(props.defaultWave) || undefined,
    municipalityName: text(props.municipalityName) || page.webTitle
  };
}
