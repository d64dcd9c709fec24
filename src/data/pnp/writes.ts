/**
 * Writing items without losing anyone's edit: every update and delete carries the ETag read with
 * the item (PnPjs defaults to "*", and SharePoint overwrites without If-Match); a 412 becomes a
 * ConflictError with what we tried to write and the item as it is now — unless the item already
 * holds what we sent (our earlier send landed, its answer lost: saved). No response at all is a
 * ThrottledError (status 0) the repositories queue. Bulk writes: ./batches.ts.
 */
import type { SPFI } from "@pnp/sp";
import { ConflictError, ConflictTheirs } from "../errors";
import { ErrorContext, isHttpRequestError, errorTextOf, toDataError } from "./errorText";
import { listByTitle } from "./reads";
import { wasResent } from "./behaviors/resent";
import { isGone, landedETag, noResponse } from "./landed";

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

/**
 * MERGE with If-Match; resolves to the new ETag. `resend`: this write was sent before (the
 * pending queue sends it again), so a 412 is first compared with what we sent.
 */
export async function updateItem<TMine, TTheirs>(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  etag: string,
  props: Record<string, unknown>,
  mine: TMine,
  readTheirs: ReadTheirs<TTheirs>,
  context: ErrorContext = {},
  resend = false
): Promise<string> {
  if (!etag) throw new RangeError(`No ETag for item ${itemId}: refusing to overwrite blindly`);
  try {
    const result = (await listByTitle(sp, listTitle).items.getById(itemId).update(props, etag)) as { etag?: string | null };
    return result.etag ?? "";
  } catch (e) {
    if (isPreconditionFailed(e)) {
      // After a resend, our own first send may have landed with its answer lost: equal values mean saved.
      if (resend || wasResent(e)) {
        const landed = await landedETag(sp, listTitle, itemId, props);
        if (landed !== undefined) return landed;
      }
      throw await conflict(e, itemId, mine, readTheirs);
    }
    throw toDataError(noResponse(e, `MERGE ${listTitle} item ${itemId}`), { listTitle, what: `Item ${itemId} of "${listTitle}"`, ...context });
  }
}

/** DELETE with If-Match; `resend` as for updateItem (a 404 then means our first send landed). */
export async function deleteItem<TTheirs>(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  etag: string,
  readTheirs: ReadTheirs<TTheirs>,
  context: ErrorContext = {},
  resend = false
): Promise<void> {
  if (!etag) throw new RangeError(`No ETag for item ${itemId}: refusing to delete blindly`);
  try {
    await listByTitle(sp, listTitle).items.getById(itemId).delete(etag);
  } catch (e) {
    // Gone after a resend: what the delete wanted (our own first send landed, its answer lost).
    if ((resend || wasResent(e)) && isGone(e)) return;
    if (isPreconditionFailed(e)) throw await conflict(e, itemId, { deleted: true }, readTheirs);
    throw toDataError(noResponse(e, `DELETE ${listTitle} item ${itemId}`), { listTitle, what: `Item ${itemId} of "${listTitle}"`, ...context });
  }
}

/** POST a new item; resolves to the created item as SharePoint returns it (with odata.etag). */
export async function addItem<T>(sp: SPFI, listTitle: string, props: Record<string, unknown>, context: ErrorContext = {}): Promise<T> {
  try {
    return (await listByTitle(sp, listTitle).items.add(props)) as T;
  } catch (e) {
    throw toDataError(noResponse(e, `POST ${listTitle} item`), { listTitle, ...context });
  }
}

export { runBatched, finalPartError, jsonBytes } from "./batches";
export type { BatchOperation, BatchOutcome, BatchOptions } from "./batches";

/** Whether a part failed with 412 (to re-read it and build a ConflictError). */
export { isPreconditionFailed };

/** Builds the ConflictError for a part that failed with 412. */
export { conflict as conflictFrom };
