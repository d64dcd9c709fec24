/**
 * Applies how the municipality's Planer list shows status: the view format on its default view,
 * the column format and the Field Customizer on Udførelsesstatus (OirStatus). Run by ensureSchema
 * when a site owner creates or repairs the lists and the caller passes `presentation`, after
 * presentationForFarm has fitted it to what the farm can show (src/data/farm.ts).
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/views";
import "@pnp/sp/fields";
import type { FarmCapabilities, PresentationNote } from "../../farm";

export interface PlanerPresentation {
  /** View format JSON for the default view (PLANER_VIEW_FORMAT); left out where the farm has no view formatting. */
  viewFormat?: object;
  /** Column format JSON for OirStatus (PLANER_STATUS_FORMAT, Excel-style expressions). */
  statusFormat?: object;
  /** The same column format in the basic v1 syntax (PLANER_STATUS_FORMAT_BASIC), for farms without Excel-style expressions. */
  statusFormatBasic?: object;
  /** Component id of the StatusFieldCustomizer, when the app is deployed. */
  statusFieldCustomizerId?: string;
}

/**
 * The presentation a farm can show, and a note for each part it gets differently: no view format
 * without view formatting; the basic status format without Excel-style expressions; no status
 * format without column formatting. The Field Customizer stays (SPFx 1.4.1 has extensions).
 */
export function presentationForFarm(
  presentation: PlanerPresentation,
  capabilities: FarmCapabilities
): { presentation: PlanerPresentation; notes: PresentationNote[] } {
  const { statusFormatBasic, ...rest } = presentation;
  const fitted: PlanerPresentation = { ...rest, statusFormat: presentation.statusFormat ?? statusFormatBasic };
  const notes: PresentationNote[] = [];
  if (presentation.viewFormat && !capabilities.viewFormatting) {
    delete fitted.viewFormat;
    notes.push({ kind: "viewFormatSkipped" });
  }
  if (fitted.statusFormat && !capabilities.columnFormatting) {
    delete fitted.statusFormat;
    notes.push({ kind: "statusFormatSkipped" });
  } else if (fitted.statusFormat && !capabilities.excelStyleColumnFormatting) {
    if (statusFormatBasic) {
      fitted.statusFormat = statusFormatBasic;
      notes.push({ kind: "basicStatusFormat" });
    } else {
      delete fitted.statusFormat;
      notes.push({ kind: "statusFormatSkipped" });
    }
  }
  return { presentation: fitted, notes };
}

/** Returns what was applied, e.g. ["Planer: view format", "Planer: OirStatus format"] (list: what). */
export async function applyPlanerPresentation(sp: SPFI, listTitle: string, presentation: PlanerPresentation): Promise<string[]> {
  const list = sp.web.lists.getByTitle(listTitle);
  const applied: string[] = [];
  if (presentation.viewFormat) {
    await list.defaultView.update({ CustomFormatter: JSON.stringify(presentation.viewFormat) });
    applied.push(`${listTitle}: view format`);
  }
  const fieldProps: Record<string, string> = {};
  const statusFormat = presentation.statusFormat ?? presentation.statusFormatBasic;
  if (statusFormat) fieldProps.CustomFormatter = JSON.stringify(statusFormat);
  if (presentation.statusFieldCustomizerId) fieldProps.ClientSideComponentId = presentation.statusFieldCustomizerId;
  if (Object.keys(fieldProps).length > 0) {
    await list.fields.getByInternalNameOrTitle("OirStatus").update(fieldProps, "SP.FieldChoice");
    applied.push(`${listTitle}: OirStatus format`);
  }
  return applied;
}
