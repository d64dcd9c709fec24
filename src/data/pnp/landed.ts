/**
 * Did a write land although we never heard back? A response can be lost after SharePoint applied
 * the change (a dropped connection, a proxy timeout). Sending the MERGE again with the ETag we
 * read then gets 412 — and without this check the user would see a conflict whose "theirs" is
 * their own value. So on a 412 we read the item and compare what is there now with what we sent:
 * equal means saved (with the item's current ETag); otherwise it is a real conflict.
 */
import type { SPFI } from "@pnp/sp";
import { ThrottledError } from "../errors";
import { isNetworkFailure } from "../pending/pendingQueue";
import { errorTextOf, isHttpRequestError, toDataError } from "./errorText";
import { listByTitle } from "./reads";

/** A network failure as the data layer's "try again later" error (status 0: no response). */
export function noResponse(e: unknown, request: string): unknown {
  if (!isNetworkFailure(e)) return e;
  return new ThrottledError({ status: 0, attempts: 1, serverMessage: (e as Error).message, request, cause: e });
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** Verbose `{ results: [...] }` as the array it stands for. */
function unwrap(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v) && Array.isArray((v as { results?: unknown }).results)) return (v as { results: unknown[] }).results;
  return v;
}

/** Whether a value we sent equals the value SharePoint returns for that field. */
export function sameFieldValue(sent: unknown, current: unknown): boolean {
  const a = unwrap(sent);
  const b = unwrap(current);
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    const xs = Array.isArray(a) ? a : isEmpty(a) ? [] : [a];
    const ys = Array.isArray(b) ? b : isEmpty(b) ? [] : [b];
    if (xs.length !== ys.length) return false;
    const key = (v: unknown): string => JSON.stringify(v);
    const sortedYs = ys.map(key).sort();
    return xs.map(key).sort().every((k, i) => k === sortedYs[i]);
  }
  // Dates come back in UTC ("2027-10-03T22:00:00Z") whatever form we sent them in.
  if (typeof a === "string" && typeof b === "string" && ISO_INSTANT.test(a) && ISO_INSTANT.test(b)) return Date.parse(a) === Date.parse(b);
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return a === b;
}

/** Whether every field we sent has that value on the item now. */
export function sameValues(sent: Record<string, unknown>, item: Record<string, unknown>): boolean {
  return Object.keys(sent).every((k) => sameFieldValue(sent[k], item[k]));
}

/**
 * The item's current ETag when it holds exactly what we sent (the write landed), else undefined
 * (a real conflict, or the item is gone).
 */
export async function landedETag(sp: SPFI, listTitle: string, itemId: number, sent: Record<string, unknown>): Promise<string | undefined> {
  let item: Record<string, unknown>;
  try {
    item = await listByTitle(sp, listTitle).items.getById(itemId).select("Id", ...Object.keys(sent))<Record<string, unknown>>();
  } catch (e) {
    if (isHttpRequestError(e) && e.status === 404) return undefined;
    throw toDataError(e, { listTitle, what: `Item ${itemId} of "${listTitle}"` });
  }
  return sameValues(sent, item) ? String(item["odata.etag"] ?? "") : undefined;
}

/** A DELETE answered 404: the item is gone, which is what the delete wanted (it may have been ours, answered but lost). */
export function isGone(e: unknown): boolean {
  if (!isHttpRequestError(e) || e.status !== 404) return false;
  // "Item does not exist. It may have been deleted by another user." — not a missing list.
  return !/^List '/.test(errorTextOf(e).message ?? "");
}
