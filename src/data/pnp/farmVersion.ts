/**
 * Reads the farm's version once per site (`_api/contextinfo` LibraryVersion over PnPjs) and
 * classifies it with classifyFarm (src/data/farm.ts, which explains the version table).
 */
import type { SPFI } from "@pnp/sp";
import { InjectHeaders } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/context-info";
import { classifyFarm, isSharePointOnlineUrl, type FarmInfo } from "../farm";
import { toDataError } from "./errorText";

export { classifyFarm, isSharePointOnlineUrl, FARM_BUILDS } from "../farm";
export type { FarmInfo, FarmCapabilities, FarmProduct } from "../farm";

export interface ReadFarmOptions {
  /** The caller knows the site is on SharePoint Online (SPFx: legacyPageContext.isSPO); default: from the site's host. */
  sharePointOnline?: boolean;
}

interface ContextVersion {
  LibraryVersion: string;
  WebFullUrl: string;
}

/** The contextinfo read of each SPFI (one per site in the web parts), so the version is read once. */
const reads = new WeakMap<SPFI, Promise<ContextVersion>>();

function contextVersionOf(sp: SPFI): Promise<ContextVersion> {
  let read = reads.get(sp);
  if (!read) {
    // X-PnPjs-NoDigest: contextinfo needs no form digest, so RequestDigest does not fetch one first.
    read = sp.web.using(InjectHeaders({ "X-PnPjs-NoDigest": "1" })).getContextInfo();
    reads.set(sp, read);
    // A failed read is not remembered: the next call asks again.
    read.catch(() => reads.delete(sp));
  }
  return read;
}

/** The farm of the site `sp` points to; throws a data error when SharePoint cannot be asked. */
export async function readFarmInfo(sp: SPFI, options: ReadFarmOptions = {}): Promise<FarmInfo> {
  let info: ContextVersion;
  try {
    info = await contextVersionOf(sp);
  } catch (e) {
    throw toDataError(e, { what: "The SharePoint version (_api/contextinfo)" });
  }
  const sharePointOnline = options.sharePointOnline ?? isSharePointOnlineUrl(info.WebFullUrl);
  return classifyFarm(String(info.LibraryVersion ?? ""), { sharePointOnline });
}
