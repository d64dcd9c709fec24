/**
 * Builds the PnPjs repositories for a resolved plan source: one SPFI per site, each with the
 * SPFx behavior (auth, request digest) and OirResilience (retries honouring Retry-After, the
 * client tag SharePoint Online asks of apps). Pending writes survive a reload in localStorage,
 * per pair of sites, and are sent again every half minute until they succeed.
 */
import { spfi, SPFx, type ISPFXContext, type SPFI } from "@pnp/sp";
import { createPnpRepositories, OirResilience, type PnpPlanRepositories } from "../../data/pnp";
import type { ResolvedPlanSource } from "./planSourceProperties";

const PENDING_RETRY_MS = 30_000;

function sameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, "").toLowerCase() === b.replace(/\/+$/, "").toLowerCase();
}

/** The SPFI for a site: the current web as SPFx knows it, or another site of the tenant by URL. */
export function spForSite(context: ISPFXContext, siteUrl: string, appVersion: string): SPFI {
  const sp = sameSite(siteUrl, context.pageContext.web.absoluteUrl) ? spfi() : spfi(siteUrl);
  return sp.using(SPFx(context), OirResilience({ version: appVersion }));
}

/** The caller owns the result: call stopAutoRetry() when the component is disposed. */
export function createPlanRepositories(context: ISPFXContext, source: ResolvedPlanSource, appVersion: string): PnpPlanRepositories {
  return createPnpRepositories({
    kombitSp: spForSite(context, source.kombitSiteUrl, appVersion),
    municipalitySp: spForSite(context, source.municipalitySiteUrl, appVersion),
    lists: { masterPlan: source.planListTitle, waves: source.waveListTitle },
    pendingStore: window.localStorage,
    pendingKey: `oir-planner:pending:${source.kombitSiteUrl.toLowerCase()}|${source.municipalitySiteUrl.toLowerCase()}`,
    autoRetryMs: PENDING_RETRY_MS
  });
}
