/**
 * Bulk writes through $batch, which SharePoint does not run as a transaction: each part gets its
 * own result. What can go wrong, and what happens then:
 * - a part is throttled (429/503/504): sent again alone in a later round, after its Retry-After;
 * - parts after a failed part are answered 500 without running (reported SharePoint behaviour:
 *   "After an exception in a sequence of requests, all subsequent requests are resolved as failed
 *   with [500] … IndexOutOfRangeException", https://github.com/pnp/pnpjs/issues/1275, /486):
 *   sent again in a later round without the part that failed; still refused after the last
 *   round → a ThrottledError, so the caller queues them as pending;
 * - the $batch POST gets no response (a network failure): SharePoint may have applied none, some
 *   or all parts, so nothing is resent blindly — every part fails with a ThrottledError (status 0)
 *   and the caller queues it, exactly like a single write under the same fault;
 * - SharePoint refuses a $batch of more than 100 requests or a body over 1,048,576 bytes as a
 *   whole (tools/emulator/errors.js has the sources): requests are split by count and by size.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/batching";
import { SharePointError, ThrottledError } from "../errors";
import { ErrorContext, errorTextOf, isHttpRequestError, toDataError } from "./errorText";
import { backoffMs, parseRetryAfter } from "./behaviors/retryWithRetryAfter";
import { throttleGate } from "./behaviors/throttleGate";
import { noResponse } from "./landed";
import { isDuplicateValuesError } from "./bookingCells";

/** One write inside a $batch: gets the batched SPFI, returns its promise. */
export type BatchOperation<T> = (batched: SPFI) => Promise<T>;

export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** SharePoint's limits for one $batch request. */
export const MAX_BATCH_REQUESTS = 100;
export const MAX_BATCH_BYTES = 1048576;
/** What a part adds to the body besides its JSON: boundaries, part headers, request line with the URL, If-Match. */
export const BATCH_PART_OVERHEAD_BYTES = 1024;

export interface BatchOptions {
  /** Rounds in all (the first one included) for throttled parts. Default 5. */
  maxRounds?: number;
  /** Longest wait between rounds. Default 120,000 ms. */
  maxWaitMs?: number;
  /** Parts per $batch request; SharePoint accepts up to 100. */
  partsPerBatch?: number;
  /** Body bytes per $batch request; SharePoint accepts up to 1,048,576. */
  maxBatchBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { round: number; parts: number; waitMs: number }) => void;
}

function throttledStatus(e: unknown): number | undefined {
  if (isHttpRequestError(e) && (e.status === 429 || e.status === 503 || e.status === 504)) return e.status;
  return undefined;
}

function statusOf(e: unknown): number | undefined {
  return isHttpRequestError(e) ? e.status : e instanceof SharePointError ? e.status : undefined;
}

/** UTF-8 bytes of a part's JSON body (what the estimate of a $batch body is built from). */
export function jsonBytes(value: unknown): number {
  const text = value === undefined ? "" : JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Groups indexes into chunks of at most `maxParts` parts and about `maxBytes` body bytes (a part too big alone goes alone). */
export function chunkBySize(indexes: number[], bytesOf: (i: number) => number, maxParts: number, maxBytes: number): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let bytes = BATCH_PART_OVERHEAD_BYTES; // the batch's own boundaries
  for (const i of indexes) {
    const size = bytesOf(i) + BATCH_PART_OVERHEAD_BYTES;
    if (current.length > 0 && (current.length >= maxParts || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = BATCH_PART_OVERHEAD_BYTES;
    }
    current.push(i);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The site host an SPFI talks to (the throttling gate is per host). */
function hostOf(sp: SPFI): string | undefined {
  try {
    return new URL(sp.web.toUrl()).host;
  } catch {
    return undefined;
  }
}

/**
 * Runs operations in $batch requests (see the file comment). `bodyBytes[i]` is the size of
 * operation i's JSON body, for splitting by size; omitted → 0 (reads and deletes).
 */
export async function runBatched<T>(sp: SPFI, operations: BatchOperation<T>[], options: BatchOptions = {}, bodyBytes: number[] = []): Promise<BatchOutcome<T>[]> {
  const maxRounds = options.maxRounds ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 120000;
  const partsPerBatch = Math.min(options.partsPerBatch ?? MAX_BATCH_REQUESTS, MAX_BATCH_REQUESTS);
  const maxBytes = Math.min(options.maxBatchBytes ?? MAX_BATCH_BYTES, MAX_BATCH_BYTES);
  const sleep = options.sleep ?? ((ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)));
  const outcomes: BatchOutcome<T>[] = new Array<BatchOutcome<T>>(operations.length);
  const notRun = new Set<number>();
  let todo = operations.map((_, i) => i);
  let round = 1;

  for (; todo.length > 0; round++) {
    notRun.clear();
    for (const chunk of chunkBySize(todo, (i) => bodyBytes[i] ?? 0, partsPerBatch, maxBytes)) {
      const [batched, execute] = sp.batched({ maxRequests: partsPerBatch });
      const parts = chunk.map((i) =>
        operations[i](batched).then(
          (value): BatchOutcome<T> => ({ ok: true, value }),
          (error: unknown): BatchOutcome<T> => ({ ok: false, error })
        )
      );
      let batchError: unknown;
      try {
        await execute();
      } catch (e) {
        batchError = e;
      }
      if (batchError !== undefined) {
        // No usable answer for the $batch as a whole: no response at all (it may have been applied:
        // never resent blindly, the caller queues each part) or an HTTP error (nothing applied).
        const converted = noResponse(batchError, "POST $batch");
        const error = converted instanceof SharePointError ? converted : toDataError(converted);
        // (The parts' own promises never settle when the $batch itself fails: not awaited.)
        chunk.forEach((i) => (outcomes[i] = { ok: false, error }));
        continue;
      }
      const settled = await Promise.all(parts);
      let failedBefore = false;
      chunk.forEach((i, k) => {
        const o = settled[k];
        outcomes[i] = o;
        if (o.ok) return;
        // A unique column's refusal (also a 500) ran and failed on its own: not a part left unrun.
        if (failedBefore && statusOf(o.error) === 500 && !isDuplicateValuesError(o.error)) notRun.add(i);
        failedBefore = true;
      });
    }
    const throttled = todo.filter((i) => {
      const o = outcomes[i];
      return !o.ok && throttledStatus(o.error) !== undefined;
    });
    const again = todo.filter((i) => notRun.has(i) || throttled.includes(i));
    if (again.length === 0 || round >= maxRounds) break;
    // Wait as long as the most demanding throttled part asked for (and hold every request to the host as long).
    let waitMs = 0;
    let anyRetryAfter = false;
    for (const i of throttled) {
      const o = outcomes[i];
      const header = !o.ok && isHttpRequestError(o.error) ? o.error.response?.headers.get("Retry-After") : undefined;
      const ms = parseRetryAfter(header, Date.now());
      if (ms !== undefined) {
        anyRetryAfter = true;
        waitMs = Math.max(waitMs, ms);
      }
    }
    if (!anyRetryAfter) waitMs = backoffMs(round, 500, maxWaitMs, Math.random);
    if (waitMs > maxWaitMs) break;
    const host = hostOf(sp);
    if (anyRetryAfter && host) throttleGate.holdUntil(host, Date.now() + waitMs);
    options.onRetry?.({ round, parts: again.length, waitMs });
    await sleep(waitMs);
    todo = again;
  }
  // Parts SharePoint never ran, still refused after the last round: "try again later", not a failure.
  for (const i of notRun) {
    const o = outcomes[i];
    if (o.ok || !isHttpRequestError(o.error)) continue;
    const text = errorTextOf(o.error);
    outcomes[i] = {
      ok: false,
      error: new ThrottledError({ status: o.error.status, attempts: Math.min(round, maxRounds), serverCode: text.code, serverMessage: text.message, cause: o.error })
    };
  }
  return outcomes;
}

/** A throttled part after all rounds, as a ThrottledError with SharePoint's text. */
export function finalPartError(error: unknown, context: ErrorContext, rounds: number): unknown {
  const status = throttledStatus(error);
  if (status !== undefined && isHttpRequestError(error)) {
    const text = errorTextOf(error);
    return new ThrottledError({ status, attempts: rounds, serverCode: text.code, serverMessage: text.message, cause: error });
  }
  return toDataError(error, context);
}
