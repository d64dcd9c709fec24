/**
 * Builds the PnPjs repositories for a resolved plan source: one SPFI per site, each with the
 * SPFx behavior (auth, request digest) and OirResilience (retries honouring Retry-After, the
 * client tag SharePoint Online asks of apps). Pending writes survive a reload in localStorage,
 * per pair of sites, and are sent again every half minute until they succeed. Columns SharePoint
 * rejects are named by their Danish display names from schema.json.
 */
import { spfi, SPFx, type ISPFXContext, type SPFI } from "@pnp/sp";
import type { ListTitles } from "../../data/listTitles";
import { createPnpRepositories, OirResilience, PnpMasterPlanWriter, type PnpPlanRepositories } from "../../data/pnp";
import type { MasterPlanWriter } from "../../data/repositories";
import type { SchemaReport } from "../../data/pnp/schema/ensureSchema";
import { OIR_DISPLAY_NAMES, OIR_SCHEMA } from "../../data/schema/oirSchema";
import { ensureLocalLists, PLANER_PRESENTATION } from "../../data/sync/ensureLocalLists";
import type { ResolvedPlanSource } from "./planSourceProperties";

const PENDING_RETRY_MS = 30_000;

function sameSite(a: string, b: string): boolean {
  return a.replace(/\/+$/, "").toLowerCase() === b.replace(/\/+$/, "").toLowerCase();
}

/** The SPFI for a site: the current web as SPFx knows it, or another site of the tenant by URL. */
function spForSite(context: ISPFXContext, siteUrl: string, appVersion: string): SPFI {
  const sp = sameSite(siteUrl, context.pageContext.web.absoluteUrl) ? spfi() : spfi(siteUrl);
  return sp.using(SPFx(context), OirResilience({ version: appVersion }));
}

function listTitlesOf(source: ResolvedPlanSource): Partial<ListTitles> {
  return { masterPlan: source.planListTitle, waves: source.waveListTitle };
}

/**
 * Who sends the pending writes again: the repositories themselves (on start and every half
 * minute; the command set, which has no plan session), or the plan session of the views, which
 * must see each landed write's new ETag (src/session/planSession.ts).
 */
export type PendingResender = "repositories" | "session";

/**
 * The caller owns the result: call stopAutoRetry() when the component is disposed. `lists` names
 * lists the source does not (the command set passes the local plan list the view shows).
 */
export function createPlanRepositories(
  context: ISPFXContext,
  source: ResolvedPlanSource,
  appVersion: string,
  lists: Partial<ListTitles> = {},
  resender: PendingResender = "repositories"
): PnpPlanRepositories {
  const repositoriesResend = resender === "repositories";
  return createPnpRepositories({
    kombitSp: spForSite(context, source.kombitSiteUrl, appVersion),
    municipalitySp: spForSite(context, source.municipalitySiteUrl, appVersion),
    lists: { ...listTitlesOf(source), ...lists },
    displayNames: OIR_DISPLAY_NAMES,
    pendingStore: window.localStorage,
    pendingKey: `oir-planner:pending:${source.kombitSiteUrl.toLowerCase()}|${source.municipalitySiteUrl.toLowerCase()}`,
    retryPendingOnStart: repositoriesResend,
    autoRetryMs: repositoriesResend ? PENDING_RETRY_MS : 0
  });
}

/**
 * "Opret lokal tidsplan" for a site owner: creates the municipality's missing lists and columns
 * and gives Planer the status presentation (view format, status column format, Field Customizer).
 */
export function createEnsureLocalLists(context: ISPFXContext, source: ResolvedPlanSource, appVersion: string): () => Promise<SchemaReport> {
  const municipalitySp = spForSite(context, source.municipalitySiteUrl, appVersion);
  // SharePoint Online says so in the page context; the farm's version then decides what a
  // SharePoint Server farm can show (src/data/farm.ts).
  const isSPO = (context.pageContext.legacyPageContext as { isSPO?: boolean }).isSPO === true;
  return () => ensureLocalLists(municipalitySp, OIR_SCHEMA, listTitlesOf(source), PLANER_PRESENTATION, { sharePointOnline: isSPO });
}

/**
 * KOMBIT's Planer for the KLIK import ("Importér KLIK-opgaver"): the same list the plan is read
 * from (the source's plan list on KOMBIT's site), written as the current user; the view offers
 * the import only when that user may edit it.
 */
export function createMasterPlanWriter(context: ISPFXContext, source: ResolvedPlanSource, appVersion: string): MasterPlanWriter {
  return new PnpMasterPlanWriter(spForSite(context, source.kombitSiteUrl, appVersion), source.planListTitle, OIR_DISPLAY_NAMES);
}
