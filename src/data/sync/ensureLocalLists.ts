/**
 * Creates the municipality's lists (Planer, Arbejdsgruppe, Ressourcebookinger, Webinardeltagelse)
 * where they are missing, for a site owner: ensureSchema over PnPjs with schema.json. A user
 * without Manage Lists gets the AccessDeniedError ensureSchema throws.
 */
import type { SPFI } from "@pnp/sp";
import type { ListTitles } from "../listTitles";
import { ensureSchema, type SchemaReport } from "../pnp/schema/ensureSchema";
import type { ListSchema } from "../schema/listSchema";
import { assertSchema } from "../pnp/schema/ensureSchema";

export async function ensureLocalLists(municipalitySp: SPFI, schema: ListSchema, lists?: Partial<ListTitles>): Promise<SchemaReport> {
  const report = await ensureSchema(municipalitySp, schema, { create: true, site: "municipality", lists });
  assertSchema(report);
  return report;
}
