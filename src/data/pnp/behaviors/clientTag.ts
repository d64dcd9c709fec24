/**
 * A PnPjs behavior that decorates every request as Microsoft asks of SharePoint Online clients,
 * so throttling treats our traffic fairly: `X-ClientService-ClientTag` and a User-Agent
 * `NONISV|<publisher>|<app>/<version>`. Header values must be ASCII, so Danish letters are spelled out.
 */
import type { Queryable } from "@pnp/queryable";

export interface ClientTagOptions {
  /** Shown as the company/publisher part, e.g. "ØiR-planlægger" → "OiRPlanlaegger". */
  publisher: string;
  /** The app's version, e.g. "0.1.0". */
  version: string;
  /** The app's name; default "oir-planner". */
  app?: string;
}

/** "ØiR-planlægger" → "OiRPlanlaegger": Danish letters spelled out, anything else non-alphanumeric dropped. */
export function asciiSafe(text: string): string {
  const spelled = text
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .replace(/ø/g, "oe")
    .replace(/Ø/g, "O")
    .replace(/å/g, "aa")
    .replace(/Å/g, "Aa");
  return spelled.normalize("NFKD").replace(/[^A-Za-z0-9._-]/g, "").replace(/-/g, "");
}

/** The User-Agent value, e.g. `NONISV|OiRPlanlaegger|oir-planner/0.1.0`. */
export function clientTagValue(options: ClientTagOptions): string {
  const app = (options.app ?? "oir-planner").replace(/[^A-Za-z0-9._-]/g, "");
  const version = options.version.replace(/[^A-Za-z0-9._+-]/g, "");
  return `NONISV|${asciiSafe(options.publisher)}|${app}/${version}`;
}

/**
 * Use it after DefaultInit/SPFx (e.g. `spfi().using(SPFx(context), ClientTag(...))`): PnPjs'
 * Telemetry sets its own X-ClientService-ClientTag in "pre", and the later observer wins.
 */
export function ClientTag(options: ClientTagOptions): (instance: Queryable) => Queryable {
  const value = clientTagValue(options);
  return (instance: Queryable): Queryable => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      init.headers = { ...(init.headers as Record<string, string>), "X-ClientService-ClientTag": value, "User-Agent": value };
      return [url, init, result];
    });
    return instance;
  };
}
