/**
 * Writing items without losing anyone's edit: every update and delete carries the ETag read with
 * the item (PnPjs defaults to "*", last writer wins); a 412 becomes a ConflictError with what we
 * tried to write and the item as it is now. Bulk writes go through $batch, which SharePoint does
 * not run as a transaction: each part gets its own result, and only throttled parts are sent again.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/batching";
import { ConflictError, ConflictTheirs, SharePointError, ThrottledError } from "../errors";
import { ErrorContext, isHttpRequestError, errorTextOf, toDataError } from "./errorText";
import { listByTitle } from "./reads";
import { backoffMs, parseRetryAfter } from "./behaviors/retryWithRetryAfter";

/** Re-reads the item after a 412: its current value and ETag, or undefined when it was deleted. */
export type ReadTheirs<T> = () => Promise<ConflictTheirs<T> | undefined>;

function isPreconditionFailed(e: unknown): boolean {
  return isHttpRequestError(e) && e.status === 412;
}

async function conflict<TMine, TTheirs>(e: unknown, itemId: number, mine: TMine, readTheirs: ReadTheirs<TTheirs>): Promise<ConflictError<TMine, TTheirs>> {
  const text = isHttpRequestError(e) ? errorTextOf(e) : {};
  const theirs = await readTheirs();
  return new ConflictError(itemId, mine, theirs, { status: 412, serverCode: text.code, serverMessage: text.message, cause: e });
}

/** MERGE with If-Match; resolves to the new ETag. */
export async function updateItem<TMine, TTheirs>(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  etag: string,
  props: Record<string, unknown>,
  mine: TMine,
  readTheirs: ReadTheirs<TTheirs>,
  context: ErrorContext = {}
): Promise<string> {
  if (!etag) throw new RangeError(`No ETag for item ${itemId}: refusing to overwrite blindly`);
  try {
    const result = (await listByTitle(sp, listTitle).items.getById(itemId).update(props, etag)) as { etag?: string | null };
    return result.etag ?? "";
  } catch (e) {
    if (isPreconditionFailed(e)) throw await conflict(e, itemId, mine, readTheirs);
    throw toDataError(e, { listTitle, what: `Item ${itemId} of "${listTitle}"`, ...context });
  }
}

/** DELETE with If-Match. */
export async function deleteItem<TTheirs>(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  etag: string,
  readTheirs: ReadTheirs<TTheirs>,
  context: ErrorContext = {}
): Promise<void> {
  if (!etag) throw new RangeError(`No ETag for item ${itemId}: refusing to delete blindly`);
  try {
    await listByTitle(sp, listTitle).items.getById(itemId).delete(etag);
  } catch (e) {
    if (isPreconditionFailed(e)) throw await conflict(e, itemId, { deleted: true }, readTheirs);
    throw toDataError(e, { listTitle, what: `Item ${itemId} of "${listTitle}"`, ...context });
  }
}

/** POST a new item; resolves to the created item as SharePoint returns it (with odata.etag). */
export async function addItem<T>(sp: SPFI, listTitle: string, props: Record<string, unknown>, context: ErrorContext = {}): Promise<T> {
  try {
    return (await listByTitle(sp, listTitle).items.add(props)) as T;
  } catch (e) {
    throw toDataError(e, { listTitle, ...context });
  }
}

/** One write inside a $batch: gets the batched SPFI, returns its promise. */
export type BatchOperation<T> = (batched: SPFI) => Promise<T>;

export type BatchOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface BatchOptions {
  /** Rounds in all (the first one included) for throttled parts. Default 5. */
  maxRounds?: number;
  /** Longest wait between rounds. Default 120,000 ms. */
  maxWaitMs?: number;
  /** Parts per $batch request; SharePoint accepts up to 100. */
  partsPerBatch?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { round: number; parts: number; waitMs: number }) => void;
}

function throttledStatus(e: unknown): number | undefined {
  if (isHttpRequestError(e) && (e.status === 429 || e.status === 503 || e.status === 504)) return e.status;
  return undefined;
}

/**
 * Runs operations in $batch requests. A part that failed with 429/503/504 is sent again in a
 * later round (waiting at least its Retry-After); the others keep their own result. A $batch
 * request that failed as a whole (after the HTTP retry budget) fails all of its parts with that error.
 */
export async function runBatched<T>(sp: SPFI, operations: BatchOperation<T>[], options: BatchOptions = {}): Promise<BatchOutcome<T>[]> {
  const maxRounds = options.maxRounds ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 120000;
  const partsPerBatch = options.partsPerBatch ?? 100;
  const sleep = options.sleep ?? ((ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms)));
  const outcomes: BatchOutcome<T>[] = new Array<BatchOutcome<T>>(operations.length);
  let todo = operations.map((_, i) => i);

  for (let round = 1; todo.length > 0; round++) {
    for (let start = 0; start < todo.length; start += partsPerBatch) {
      const chunk = todo.slice(start, start + partsPerBatch);
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
        // The $batch request itself failed: SharePoint applied none of its parts.
        const error = batchError instanceof SharePointError ? batchError : toDataError(batchError);
        chunk.forEach((i) => (outcomes[i] = { ok: false, error }));
      } else {
        const settled = await Promise.all(parts);
        chunk.forEach((i, k) => (outcomes[i] = settled[k]));
      }
    }
    const throttled = todo.filter((i) => {
      const o = outcomes[i];
      return !o.ok && throttledStatus(o.error) !== undefined;
    });
    if (throttled.length === 0 || round >= maxRounds) break;
    // Wait as long as the most demanding part asked for.
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
    options.onRetry?.({ round, parts: throttled.length, waitMs });
    await sleep(waitMs);
    todo = throttled;
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

/** Whether a part failed with 412 (to re-read it and build a ConflictError). */
export { isPreconditionFailed };

/** Builds the ConflictError for a part that failed with 412. */
export { conflict as conflictFrom };
