/**
 * Builds the PnPjs repositories for a resolved plan source: one SPFI per site, each with the
 * SPFx behavior (auth, request digest), retries that honour Retry-After, and the client tag
 * SharePoint Online asks of apps. Pending writes survive a reload in localStorage, per site.
 */
import { spfi, SPFx, type ISPFXContext, type SPFI } from "@pnp/sp";
import { ClientTag, createPnpRepositories, RetryWithRetryAfter } from "../../data/pnp";
import type { PlanRepositories } from "../../data/repositories";
import type { ResolvedPlanSource } from "./planSourceProperties";

/** Publisher name of the solution (config/package-solution.json). */
const PUBLISHER = "ØiR-planlægger";

function sameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, "").toLowerCase() === b.replace(/\/+$/, "").toLowerCase();
}

/** The SPFI for a site: the current web as SPFx knows it, or another site of the tenant by URL. */
export function spForSite(context: ISPFXContext, siteUrl: string, appVersion: string): SPFI {
  const sp = sameSite(siteUrl, context.pageContext.web.absoluteUrl) ? spfi() : spfi(siteUrl);
  return sp.using(SPFx(context), RetryWithRetryAfter(), ClientTag({ publisher: PUBLISHER, version: appVersion }));
}

export function createPlanRepositories(context: ISPFXContext, source: ResolvedPlanSource, appVersion: string): PlanRepositories {
  return createPnpRepositories({
    kombitSp: spForSite(context, source.kombitSiteUrl, appVersion),
    municipalitySp: spForSite(context, source.municipalitySiteUrl, appVersion),
    lists: { masterPlan: source.planListTitle, waves: source.waveListTitle },
    pendingStore: window.localStorage,
    pendingKey: `oir-planner:pending:${source.municipalitySiteUrl.toLowerCase()}`
  });
}
