/**
 * Test support for the emulator suites: start an emulator on a free port with its own temp
 * data file, and a real PnPjs client (SPBrowser behaviours over Node's fetch) for a site and user.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spfi, SPBrowser, SPFI } from "@pnp/sp";
import { InjectHeaders } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/batching";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const emulatorModule = require("../../../tools/emulator") as { startEmulator: StartEmulator };

export interface RequestLogEntry {
  seq: number;
  /** ISO time the request arrived. */
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  headers: Record<string, string>;
  fault?: string;
  retryAfter?: string;
  batchParts?: { method: string; path: string; status: number; ifMatch?: string }[];
}

export interface StoredItem {
  ID: number;
  version: number;
  values: Record<string, unknown>;
}

export interface Faults {
  throttle(options: Record<string, unknown>): number;
  persistent503(options?: Record<string, unknown>): number;
  latency(options: Record<string, unknown>): number;
  dropConnection(options?: Record<string, unknown>): number;
  concurrentEdit(options: { site?: string; list: string; itemId: number; changes?: Record<string, unknown>; when?: "nextWrite" | "now"; user?: string }): number;
  remove(id: number): void;
  clear(): void;
}

/** What a list page of the emulated SharePoint shows of a stored format (tools/emulator/rendering.js). */
export interface FormatRendering {
  formatted: boolean;
  applied: boolean;
  reason?: string;
  excelStyle?: string[];
  unsupportedOperators?: string[];
}

export interface Emulator {
  url: string;
  port: number;
  flavor: "online" | "sp2019";
  rendering(site: string, list: string): { flavor: string; product: string; view: FormatRendering; fields: Record<string, FormatRendering> };
  sites: { kombit: string; municipality: string };
  faults: Faults;
  requestLog: { entries: RequestLogEntry[]; clear(): void };
  threshold: number;
  resetData(): void;
  setCurrentUser(email: string | null): void;
  setPermission(site: string, email: string, level: "full" | "edit" | "read" | "none"): void;
  seedItems(site: string, list: string, items: Record<string, unknown>[]): number[];
  getItem(site: string, list: string, id: number): StoredItem | undefined;
  flush(): void;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  dataFile?: string;
  reset?: boolean;
  seedFile?: string;
  threshold?: number;
  staticRoutes?: Record<string, string>;
  flavor?: "online" | "sp2019";
}

type StartEmulator = (options: EmulatorOptions & { port?: number }) => Promise<Emulator>;

export const EDITOR = "anne.holm@eksempelkommune.dk";
export const READER = "henrik.vestergaard@kombit.example";

export function tempDataFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-emulator-"));
  return path.join(dir, "data.json");
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return emulatorModule.startEmulator({ port: 0, reset: true, dataFile: tempDataFile(), ...options });
}

/** A PnPjs client for a site of the emulator, acting as `user`. */
export function pnp(siteUrl: string, user: string = EDITOR): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ "X-Emulator-User": user }));
}

/** Raw fetch with JSON and the emulator user header (for what PnPjs hides, e.g. headers). */
export async function rawFetch(url: string, init: RequestInit & { user?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("Accept")) headers.set("Accept", "application/json");
  headers.set("X-Emulator-User", init.user || EDITOR);
  return fetch(url, { ...init, headers });
}

/** A form digest for raw POSTs. */
export async function digest(siteUrl: string): Promise<string> {
  const res = await rawFetch(`${siteUrl}/_api/contextinfo`, { method: "POST" });
  const body = (await res.json()) as { FormDigestValue: string };
  return body.FormDigestValue;
}

/** The status of a rejected PnPjs call (HttpRequestError), or fail. */
export async function statusOf(promise: Promise<unknown>): Promise<{ status: number; text: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    if (typeof err.status === "number") return { status: err.status, text: err.message || "" };
    throw e;
  }
  throw new Error("Expected the request to fail, but it succeeded");
}
