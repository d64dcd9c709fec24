/**
 * Creates the municipality's lists (Planer, Arbejdsgruppe, Ressourcebookinger, Webinardeltagelse)
 * where they are missing, for a site owner: ensureSchema over PnPjs with schema.json, and the
 * Planer list's status presentation (view format, status column format, Field Customizer) when
 * given. A user without Manage Lists gets the AccessDeniedError ensureSchema throws.
 */
import type { SPFI } from "@pnp/sp";
import type { ListTitles } from "../listTitles";
import { assertSchema, ensureSchema, type SchemaReport } from "../pnp/schema/ensureSchema";
import { PLANER_STATUS_FORMAT, PLANER_VIEW_FORMAT } from "../pnp/schema/planerFormats";
import type { PlanerPresentation } from "../pnp/schema/planerPresentation";
import type { ListSchema } from "../schema/listSchema";

/** Component id of src/extensions/statusFieldCustomizer (its manifest). */
export const STATUS_FIELD_CUSTOMIZER_ID = "ee691db6-68d2-416b-81c5-9b4476ce921f";

/** The presentation a deployed app applies: both formats and the Field Customizer. */
export const PLANER_PRESENTATION: PlanerPresentation = {
  viewFormat: PLANER_VIEW_FORMAT,
  statusFormat: PLANER_STATUS_FORMAT,
  statusFieldCustomizerId: STATUS_FIELD_CUSTOMIZER_ID
};

export async function ensureLocalLists(
  municipalitySp: SPFI,
  schema: ListSchema,
  lists?: Partial<ListTitles>,
  presentation?: PlanerPresentation
): Promise<SchemaReport> {
  const report = await ensureSchema(municipalitySp, schema, { create: true, site: "municipality", lists, presentation });
  assertSchema(report);
  return report;
}
