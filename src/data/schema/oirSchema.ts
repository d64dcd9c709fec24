/**
 * The list schema (src/data/schema/schema.json, the single description of the lists) as typed
 * data for src: the web parts pass it to ensureLocalLists and take display names from it.
 * Webpack bundles the JSON; the emulator, the provisioning generator and the tests read the same file.
 */
import schemaJson from "./schema.json";
import { displayNamesOf, type ListSchema, type SchemaList, type SchemaSite } from "./listSchema";

const SITES: readonly string[] = ["kombit", "municipality"] satisfies SchemaSite[];

function isSite(site: string): site is SchemaSite {
  return SITES.includes(site);
}

/** JSON gives `site` as a plain string: check it instead of casting, so a typo fails loudly. */
function typedLists(lists: readonly (Omit<SchemaList, "site"> & { site: string })[]): SchemaList[] {
  return lists.map((list) => {
    const site = list.site;
    if (!isSite(site)) throw new RangeError(`schema.json: list ${list.key} has unknown site "${site}"`);
    return { ...list, site };
  });
}

export const OIR_SCHEMA: ListSchema = { prefix: schemaJson.prefix, lists: typedLists(schemaJson.lists) };

/** Display names by internal name over every list (to name a rejected column in a SchemaError). */
export const OIR_DISPLAY_NAMES: ReadonlyMap<string, string> = displayNamesOf(OIR_SCHEMA);
