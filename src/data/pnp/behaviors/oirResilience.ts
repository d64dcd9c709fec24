/**
 * Our behaviors together, for the web parts and the demo page:
 * `spfi().using(SPFx(this.context), OirResilience({ version }))`. Apply it after SPFx(...) (or
 * after DefaultInit/BrowserFetch elsewhere): it replaces PnPjs' send with RetryWithRetryAfter and
 * its telemetry tag with ours.
 */
import type { Queryable } from "@pnp/queryable";
import { ClientTag } from "./clientTag";
import { RetryWithRetryAfter, RetryWithRetryAfterOptions } from "./retryWithRetryAfter";

export interface OirResilienceOptions extends RetryWithRetryAfterOptions {
  /** The solution's version, e.g. "0.1.0". */
  version: string;
  /** Default "OirPlanlaegger". */
  publisher?: string;
}

export function OirResilience(options: OirResilienceOptions): (instance: Queryable) => Queryable {
  const { version, publisher, ...retry } = options;
  return (instance: Queryable): Queryable =>
    instance.using(RetryWithRetryAfter(retry), ClientTag({ publisher: publisher ?? "OirPlanlaegger", version }));
}
