/** Edit rights per list, from the current user's EffectiveBasePermissions (EditListItems). */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/security/list";
import { PermissionKind } from "@pnp/sp/security";
import { toDataError } from "./errorText";
import { listByTitle } from "./reads";

export async function canEditList(sp: SPFI, listTitle: string): Promise<boolean> {
  try {
    return await listByTitle(sp, listTitle).currentUserHasPermissions(PermissionKind.EditListItems);
  } catch (e) {
    throw toDataError(e, { listTitle });
  }
}
