/**
 * PnPjs repositories over SharePoint REST. Build the SPFIs with the behaviors of ./behaviors
 * (RetryWithRetryAfter, ClientTag) on top of SPFx(context) — or, outside SharePoint, DefaultInit,
 * DefaultHeaders and DefaultParse — and pass them here.
 */
import type { SPFI } from "@pnp/sp";
import type { PlanRepositories } from "../repositories";
import { ListTitles, resolveListTitles } from "../listTitles";
import { PendingWriteQueue, StorageLike } from "../pending/pendingQueue";
import { PnpAttendanceRepository } from "./attendanceRepository";
import { PnpBookingRepository } from "./bookingRepository";
import { PnpLocalPlanRepository } from "./localPlanRepository";
import { PnpMasterPlanRepository } from "./masterPlanRepository";
import { PnpPeopleDirectory } from "./peopleDirectory";
import { DisplayNames } from "./reads";
import { LocalTaskIndex, PersonIds, SiteContext } from "./siteContext";
import { PnpWorkingGroupRepository } from "./workingGroupRepository";
import type { BatchOptions } from "./writes";

export interface PnpRepositoryOptions {
  /** KOMBIT's plan site (Planer, Bølger). */
  kombitSp: SPFI;
  /** The municipality's site (its Planer, Arbejdsgruppe, Ressourcebookinger, Webinardeltagelse). */
  municipalitySp: SPFI;
  lists?: Partial<ListTitles>;
  /** Where pending writes survive a reload (window.localStorage in the browser). */
  pendingStore?: StorageLike;
  /** Storage key of the pending writes; default derived from nothing site-specific, so pass one per site. */
  pendingKey?: string;
  /** Display names by internal name, to name a rejected column in a SchemaError (from schema.json). */
  displayNames?: DisplayNames;
  /** Rounds and waits for throttled $batch parts. */
  batch?: BatchOptions;
  /** Send waiting writes once right away (a reload). Default true. */
  retryPendingOnStart?: boolean;
  /** Send waiting writes again every so many ms (0 = only on start and retryAll). Default 0. Stop it with stopAutoRetry(). */
  autoRetryMs?: number;
}

export interface PnpPlanRepositories extends PlanRepositories {
  pending: PendingWriteQueue;
  /** Stops the automatic retries (call on dispose); a no-op without autoRetryMs. */
  stopAutoRetry: () => void;
  local: PnpLocalPlanRepository;
  bookings: PnpBookingRepository;
}

export function createPnpRepositories(options: PnpRepositoryOptions): PnpPlanRepositories {
  const titles = resolveListTitles(options.lists);
  const pending = new PendingWriteQueue({ storage: options.pendingStore, key: options.pendingKey });
  const ctx: SiteContext = {
    sp: options.municipalitySp,
    titles,
    people: new PersonIds(options.municipalitySp),
    tasks: new LocalTaskIndex(options.municipalitySp, titles.localPlan, options.displayNames),
    pending,
    displayNames: options.displayNames,
    batch: options.batch
  };
  const repositories: PnpPlanRepositories = {
    master: new PnpMasterPlanRepository(options.kombitSp, titles, options.displayNames),
    local: new PnpLocalPlanRepository(ctx),
    workingGroup: new PnpWorkingGroupRepository(ctx),
    bookings: new PnpBookingRepository(ctx),
    attendance: new PnpAttendanceRepository(ctx),
    people: new PnpPeopleDirectory(options.municipalitySp),
    pending,
    stopAutoRetry: options.autoRetryMs ? pending.startAutoRetry(options.autoRetryMs) : (): void => undefined
  };
  if (options.retryPendingOnStart !== false && pending.list().some((w) => w.status === "waiting")) {
    // Outcomes land in the queue itself (status, lastError) where the UI sees them; retryAll only
    // rejects when the queue itself fails (e.g. storage full), and that is shown on the writes.
    pending.retryAll().catch((e: unknown) => pending.reportQueueError(e));
  }
  return repositories;
}

export { RetryWithRetryAfter } from "./behaviors/retryWithRetryAfter";
export type { RetryWithRetryAfterOptions, RetryInfo } from "./behaviors/retryWithRetryAfter";
export { ClientTag, clientTagValue } from "./behaviors/clientTag";
export type { ClientTagOptions } from "./behaviors/clientTag";
export { PendingWriteQueue } from "../pending/pendingQueue";
export { OirResilience } from "./behaviors/oirResilience";
export type { OirResilienceOptions } from "./behaviors/oirResilience";
export { ensureSchema, assertSchema } from "./schema/ensureSchema";
export type { EnsureSchemaOptions, SchemaReport } from "./schema/ensureSchema";
export { displayNamesOf } from "../schema/listSchema";
export type { ListSchema } from "../schema/listSchema";
export { PnpMasterPlanWriter } from "./masterPlanWriter";
