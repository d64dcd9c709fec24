/**
 * Reading lists the way a list over 5,000 items allows: `$top=5000` pages following
 * `odata.nextLink` (PnPjs' async iterator over items), `$select`/`$expand` only what the mapper
 * uses, no `$filter`/`$orderby` (we filter client-side), so no query can hit the list view threshold.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import type { IList } from "@pnp/sp/lists";
import { NotFoundError } from "../errors";
import { toDataError } from "./errorText";

/** SharePoint's maximum page size for list items. */
const PAGE_SIZE = 5000;

export function listByTitle(sp: SPFI, title: string): IList {
  return sp.web.lists.getByTitle(title);
}

/** Display names by internal name, for naming a column in a SchemaError. */
export type DisplayNames = ReadonlyMap<string, string>;

/** Every item of a list, all pages, in list order (by Id). */
export async function readAllItems<T>(
  sp: SPFI,
  listTitle: string,
  select: readonly string[],
  expand: readonly string[] = [],
  displayNames?: DisplayNames
): Promise<T[]> {
  let query = listByTitle(sp, listTitle).items.select(...select).top(PAGE_SIZE);
  if (expand.length > 0) query = query.expand(...expand);
  const all: T[] = [];
  try {
    for await (const page of query) {
      all.push(...(page as T[]));
    }
  } catch (e) {
    throw toDataError(e, { listTitle, what: `The list "${listTitle}"`, displayNames });
  }
  return all;
}

/** One item by id with the same projection (to re-read "theirs" on a conflict). Undefined when it is gone. */
export async function readItem<T>(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  select: readonly string[],
  expand: readonly string[] = [],
  displayNames?: DisplayNames
): Promise<T | undefined> {
  let query = listByTitle(sp, listTitle).items.getById(itemId).select(...select);
  if (expand.length > 0) query = query.expand(...expand);
  try {
    return (await query()) as T;
  } catch (e) {
    const error = toDataError(e, { listTitle, what: `Item ${itemId} of "${listTitle}"`, displayNames });
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
