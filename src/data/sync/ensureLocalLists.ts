/**
 * Creates the municipality's lists (Planer, Arbejdsgruppe, Ressourcebookinger, Webinardeltagelse)
 * where they are missing, for a site owner: ensureSchema over PnPjs with schema.json, and the
 * Planer list's status presentation (view format, status column format, Field Customizer) when
 * given — fitted to the farm first: its version is read (farmVersion.ts) and what it cannot show
 * is left out or given in the basic syntax, with a note in the report (never a failed run).
 * A user without Manage Lists gets the AccessDeniedError ensureSchema throws.
 */
import type { SPFI } from "@pnp/sp";
import type { FarmInfo, PresentationNote } from "../farm";
import type { ListTitles } from "../listTitles";
import { readFarmInfo } from "../pnp/farmVersion";
import { assertSchema, ensureSchema, type SchemaReport } from "../pnp/schema/ensureSchema";
import { PLANER_STATUS_FORMAT, PLANER_STATUS_FORMAT_BASIC, PLANER_VIEW_FORMAT } from "../pnp/schema/planerFormats";
import { presentationForFarm, type PlanerPresentation } from "../pnp/schema/planerPresentation";
import type { ListSchema } from "../schema/listSchema";

/** Component id of src/extensions/statusFieldCustomizer (its manifest). */
export const STATUS_FIELD_CUSTOMIZER_ID = "ee691db6-68d2-416b-81c5-9b4476ce921f";

/** The presentation a deployed app applies: both formats (the status format in both syntaxes) and the Field Customizer. */
export const PLANER_PRESENTATION: PlanerPresentation = {
  viewFormat: PLANER_VIEW_FORMAT,
  statusFormat: PLANER_STATUS_FORMAT,
  statusFormatBasic: PLANER_STATUS_FORMAT_BASIC,
  statusFieldCustomizerId: STATUS_FIELD_CUSTOMIZER_ID
};

export interface EnsureLocalListsOptions {
  /** The site is on SharePoint Online (SPFx: pageContext.legacyPageContext.isSPO); default: from its host name. */
  sharePointOnline?: boolean;
}

export async function ensureLocalLists(
  municipalitySp: SPFI,
  schema: ListSchema,
  lists?: Partial<ListTitles>,
  presentation?: PlanerPresentation,
  options: EnsureLocalListsOptions = {}
): Promise<SchemaReport> {
  let farm: FarmInfo | undefined;
  let notes: PresentationNote[] = [];
  let fitted = presentation;
  if (presentation) {
    farm = await readFarmInfo(municipalitySp, { sharePointOnline: options.sharePointOnline });
    ({ presentation: fitted, notes } = presentationForFarm(presentation, farm.capabilities));
  }
  const report = await ensureSchema(municipalitySp, schema, { create: true, site: "municipality", lists, presentation: fitted });
  assertSchema(report);
  return farm ? { ...report, farm, presentationNotes: notes } : report;
}
