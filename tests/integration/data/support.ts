/**
 * Integration test support: the emulator over real HTTP and real PnPjs SPFIs configured the way
 * the web parts configure them (our RetryWithRetryAfter and ClientTag behaviors), one per user.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spfi, SPFI, DefaultHeaders, DefaultInit, RequestDigest } from "@pnp/sp";
import { DefaultParse, InjectHeaders } from "@pnp/queryable";
import { OirResilience, RetryInfo } from "../../../src/data/pnp";
import type { StorageLike } from "../../../src/data/pending/pendingQueue";

export interface RequestLogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  rawQuery: string;
  status: number;
  startedAt: number;
  headers: Record<string, string>;
  fault?: string;
  retryAfter?: string;
  batchParts?: { method: string; path: string; query: string; status: number; ifMatch?: string }[];
}

export interface Emulator {
  url: string;
  sites: { kombit: string; municipality: string };
  faults: {
    throttle(rule: Record<string, unknown>): number;
    persistent503(rule: Record<string, unknown>): number;
    add(rule: Record<string, unknown>): number;
    dropConnection(rule: Record<string, unknown>): number;
    concurrentEdit(edit: Record<string, unknown>): number;
    remove(id: number): void;
    clear(): void;
  };
  requestLog: { entries: RequestLogEntry[]; clear(): void };
  threshold: number;
  state: { defaultUser: string; directory: { email: string; displayName: string }[] };
  setPermission(site: string, email: string, level: "full" | "edit" | "read" | "none"): void;
  seedItems(site: string, list: string, items: Record<string, unknown>[]): number[];
  getItem(site: string, list: string, id: number): { ID: number; version: number; values: Record<string, unknown> } | undefined;
  /** What a list page of the emulated SharePoint shows of the stored formats (tools/emulator/rendering.js). */
  rendering(site: string, list: string): { view: { formatted: boolean; applied: boolean }; fields: Record<string, { formatted: boolean; applied: boolean; reason?: string }> };
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { startEmulator } = require("../../../tools/emulator") as {
  startEmulator(options: Record<string, unknown>): Promise<Emulator>;
};

export async function startTestEmulator(options: Record<string, unknown> = {}): Promise<{ emu: Emulator; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-data-"));
  const emu = await startEmulator({ port: 0, dataFile: path.join(dir, "state.json"), reset: true, ...options });
  return { emu, dir };
}

export async function stopTestEmulator(running: { emu: Emulator; dir: string } | undefined): Promise<void> {
  if (!running) return;
  await running.emu.close();
  fs.rmSync(running.dir, { recursive: true, force: true });
}

export interface ClientOptions {
  /** Act as this user (X-Emulator-User); default: the emulator's default user (a site owner). */
  user?: string;
  maxAttempts?: number;
  baseDelayMs?: number;
  /** Records every wait of the retry behavior. */
  retries?: RetryInfo[];
}

/** A real PnPjs SPFI for a site, as a web part builds it (SPFx(context) brings the same defaults). */
export function spFor(siteUrl: string, options: ClientOptions = {}): SPFI {
  const headers: Record<string, string> = {};
  if (options.user) headers["X-Emulator-User"] = options.user;
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    InjectHeaders(headers),
    DefaultParse(),
    RequestDigest(),
    OirResilience({
      version: "0.1.0",
      maxAttempts: options.maxAttempts ?? 6,
      baseDelayMs: options.baseDelayMs ?? 50,
      onRetry: (info) => options.retries?.push(info)
    })
  );
}

/** A localStorage stand-in that two "page loads" can share. */
export class MemoryStorage implements StorageLike {
  public readonly data = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

/** Item API requests in the log (not the digest, not the control API). */
export function apiRequests(emu: Emulator, since = 0): RequestLogEntry[] {
  return emu.requestLog.entries.filter((e) => e.seq > since && e.path.includes("/_api/") && !e.path.endsWith("/contextinfo"));
}

export function lastSeq(emu: Emulator): number {
  const entries = emu.requestLog.entries;
  return entries.length ? entries[entries.length - 1].seq : 0;
}
