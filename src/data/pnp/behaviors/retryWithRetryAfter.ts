/**
 * A PnPjs behavior that sends requests and retries 429/503/504 the way SharePoint asks to:
 * it waits at least Retry-After (seconds or an HTTP date) — and holds every other request to the
 * same host as long (throttleGate.ts) —, uses jittered exponential backoff
 * when there is none, gives up when the server asks for more than `maxWaitMs`, and throws a
 * ThrottledError with SharePoint's own error text after the budget (PnPjs' BrowserFetchWithRetry
 * gives up after 3 tries, ignores a date and loses the text). Modelled on
 * @pnp/queryable/behaviors/browser-fetch.ts; it replaces the send observer.
 */
import type { IQueryableInternal, Queryable } from "@pnp/queryable";
import { ThrottledError } from "../../errors";
import { parseSharePointErrorText } from "../errorText";
import { isBatchResponse, withBatchRetryAfterSeconds } from "./batchRetryAfter";
import { markResent } from "./resent";
import { throttleGate, ThrottleGate } from "./throttleGate";

export interface RetryInfo {
  url: string;
  method: string;
  /** The attempt that failed (1 = the first send). */
  attempt: number;
  /** HTTP status, 0 for a network error. */
  status: number;
  /** Retry-After in ms as the server gave it, if it did. */
  retryAfterMs?: number;
  /** How long we wait before the next attempt. */
  waitMs: number;
}

export interface RetryWithRetryAfterOptions {
  /** Sends in total, the first one included. Default 6. */
  maxAttempts?: number;
  /** Longest single wait; a Retry-After above it ends the retries at once. Default 120,000 ms. */
  maxWaitMs?: number;
  /** First backoff step when there is no Retry-After. Default 500 ms. */
  baseDelayMs?: number;
  /** Statuses that are retried. Default 429, 503, 504. */
  retryStatuses?: readonly number[];
  /** Injected for tests and non-browser hosts; default: the global fetch. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Injected for tests; default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected for tests; default: Math.random. */
  random?: () => number;
  /** Injected for tests; default: Date.now. */
  now?: () => number;
  /** Called before each wait, e.g. to log or measure. */
  onRetry?: (info: RetryInfo) => void;
  /** The per-host "not before" gate; default: the page's (throttleGate.ts). */
  gate?: ThrottleGate;
}

const DEFAULT_STATUSES: readonly number[] = [429, 503, 504];

/** Retry-After as ms: delta-seconds or an HTTP date (relative to `nowMs`). Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Jittered exponential backoff: base·2^(attempt-1), between half and all of it, capped. */
export function backoffMs(attempt: number, baseDelayMs: number, maxWaitMs: number, random: () => number): number {
  const ceiling = Math.min(maxWaitMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** A request whose repetition cannot apply a change twice: reads, and writes guarded by a specific ETag. */
function isIdempotent(init: RequestInit): boolean {
  const method = (init.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD") return true;
  const headers = new Headers(init.headers);
  const ifMatch = headers.get("IF-Match");
  return ifMatch !== null && ifMatch !== "*";
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && /AbortError/.test(e.name);
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function RetryWithRetryAfter(options: RetryWithRetryAfterOptions = {}): (instance: Queryable) => Queryable {
  const maxAttempts = options.maxAttempts ?? 6;
  const maxWaitMs = options.maxWaitMs ?? 120000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const statuses = new Set(options.retryStatuses ?? DEFAULT_STATUSES);
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? ((url: string, init: RequestInit): Promise<Response> => fetch(url, init));
  const gate = options.gate ?? throttleGate;

  return (instance: Queryable): Queryable => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const target = url.toString();
      const method = (new Headers(init.headers).get("X-HTTP-Method") ?? init.method ?? "GET").toUpperCase();
      const request = `${method} ${target}`;
      const host = url.host;
      // Until when this request's own waits already kept it back (its own Retry-After set the gate).
      let coveredUntil = 0;
      for (let attempt = 1; ; attempt++) {
        // Another request to this host was told to wait: so is this one.
        const held = gate.waitMs(host, Math.max(now(), coveredUntil));
        if (held > 0) {
          this.log(`Holding ${request} for ${held} ms: ${host} asked to wait`, 1);
          await sleep(held);
        }
        let response: Response | undefined;
        let networkError: unknown;
        try {
          response = await doFetch(target, init);
        } catch (e) {
          // A lost connection may have lost a change that was applied: only repeat what is safe to repeat.
          if (isAbort(e) || !isIdempotent(init)) throw e;
          networkError = e;
        }
        // A second send of a write whose first answer never came may find its own change (landed.ts).
        if (response && attempt > 1) markResent(response);
        if (response && !statuses.has(response.status)) {
          // Parts' Retry-After dates would be dropped by PnPjs's batch parser (batchRetryAfter.ts).
          return response.ok && isBatchResponse(response) ? withBatchRetryAfterSeconds(response, now()) : response;
        }

        const status = response ? response.status : 0;
        const retryAfterMs = response ? parseRetryAfter(response.headers.get("Retry-After"), now()) : undefined;
        // Hold the host's other requests too (at most maxWaitMs: beyond it this request gives up and is queued).
        if (retryAfterMs !== undefined) gate.holdUntil(host, now() + Math.min(retryAfterMs, maxWaitMs));
        const outOfBudget = attempt >= maxAttempts || (retryAfterMs !== undefined && retryAfterMs > maxWaitMs);
        if (outOfBudget) {
          const text = response ? await response.text() : String(networkError);
          const parsed = parseSharePointErrorText(text);
          throw new ThrottledError({
            status,
            attempts: attempt,
            retryAfterMs,
            serverMessage: parsed.message,
            serverCode: parsed.code,
            request,
            cause: networkError
          });
        }
        // Honour Retry-After, plus a little jitter so that many clients do not return in step (at
        // least 10 ms: timers may fire a millisecond early, and an HTTP date has whole seconds).
        const waitMs =
          retryAfterMs !== undefined
            ? retryAfterMs + 10 + Math.round(random() * Math.min(250, retryAfterMs * 0.1))
            : backoffMs(attempt, baseDelayMs, maxWaitMs, random);
        if (response) {
          // Free the connection; the body of a retried response is not needed.
          await response.arrayBuffer().catch(() => undefined);
        }
        coveredUntil = now() + waitMs;
        this.log(`Retry ${attempt}/${maxAttempts - 1} of ${request} after ${status}: waiting ${waitMs} ms`, 1);
        options.onRetry?.({ url: target, method, attempt, status, retryAfterMs, waitMs });
        await sleep(waitMs);
      }
    });
    return instance;
  };
}
