/**
 * Applies how the municipality's Planer list shows status: the view format on its default view,
 * the column format and the Field Customizer on Udførelsesstatus (OirStatus). Run by ensureSchema
 * when a site owner creates or repairs the lists and the caller passes `presentation`.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/views";
import "@pnp/sp/fields";

export interface PlanerPresentation {
  /** View format JSON for the default view (PLANER_VIEW_FORMAT). */
  viewFormat: object;
  /** Column format JSON for OirStatus (PLANER_STATUS_FORMAT). */
  statusFormat?: object;
  /** Component id of the StatusFieldCustomizer, when the app is deployed. */
  statusFieldCustomizerId?: string;
}

/** Returns what was applied, e.g. ["Planer: visningsformat", …] in the report's words (list and what). */
export async function applyPlanerPresentation(sp: SPFI, listTitle: string, presentation: PlanerPresentation): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const applied: string[] = [];
  await list.defaultView.update({ CustomFormatter: JSON.stringify(presentation.viewFormat) });
  applied.push(`${listTitle}: view format`);
  const fieldProps: Record<string, string> = {};
  if (presentation.statusFormat) fieldProps.CustomFormatter = JSON.stringify(presentation.statusFormat);
  if (presentation.statusFieldCustomizerId) fieldProps.ClientSideComponentId = presentation.statusFieldCustomizerId;
  if (Object.keys(fieldProps).length > 0) {
    await list.fields.getByInternalNameOrTitle("OirStatus").update(fieldProps, "SP.FieldChoice");
    applied.push(`${listTitle}: OirStatus format`);
  }
  return applied;
}
