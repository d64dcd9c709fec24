/**
 * Checks at run time that the lists and columns of schema.json exist on a site, and reports
 * exactly what is missing (list title; column internal and display name; missing indexes). With
 * `create: true` (a site owner) it creates them: lists, fields via createFieldAsXml (with the
 * internal-name hint, or SharePoint derives the internal name from the display name), indexes.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/fields";
import type { MissingField } from "../../errors";
import { SchemaError } from "../../errors";
import type { ListTitles } from "../../listTitles";
import { resolveListTitles } from "../../listTitles";
import { fieldsOf, ListSchema, SchemaField, SchemaList, SchemaSite } from "../../schema/listSchema";
import { toDataError } from "../errorText";
import { fieldXml } from "../../schema/fieldXml";
import type { FarmInfo, PresentationNote } from "../../farm";
import { applyPlanerPresentation, type PlanerPresentation } from "./planerPresentation";

export interface EnsureSchemaOptions {
  /** Create what is missing (needs Manage Lists, i.e. a site owner). */
  create: boolean;
  /** Which site this SPFI points to: only its lists are checked. */
  site: SchemaSite;
  /** Configured titles (the property pane). */
  lists?: Partial<ListTitles>;
  /** With create: the Planer list's view format, status column format and Field Customizer (planerPresentation). */
  presentation?: PlanerPresentation;
}

export interface SchemaReport {
  missingLists: string[];
  missingFields: MissingField[];
  /** Columns that exist but are not indexed although we query on them. */
  missingIndexes: MissingField[];
  createdLists: string[];
  createdFields: MissingField[];
  indexedFields: MissingField[];
  /** What `presentation` applied (list: what). */
  presentationApplied?: string[];
  /** The farm the presentation was fitted to (ensureLocalLists), and what it got differently. */
  farm?: FarmInfo;
  presentationNotes?: PresentationNote[];
  /** True when nothing is missing any more. */
  ok: boolean;
}

/** Internal name hint: SharePoint otherwise takes the internal name from DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;
const GENERIC_LIST = 100;

interface SpFieldInfo {
  InternalName: string;
  Title: string;
  Indexed?: boolean;
}

interface SpListInfo {
  Id: string;
  Title: string;
}

function titleOf(list: SchemaList, titles: ListTitles): string {
  return (titles as unknown as Record<string, string>)[list.key] ?? list.title;
}

export async function ensureSchema(sp: SPFI, schema: ListSchema, options: EnsureSchemaOptions): Promise<SchemaReport> {
  const titles = resolveListTitles(options.lists);
  const report: SchemaReport = { missingLists: [], missingFields: [], missingIndexes: [], createdLists: [], createdFields: [], indexedFields: [], ok: false };
  const wanted = schema.lists.filter((l) => l.site === options.site);
  try {
    const existing = (await sp.web.lists.select("Id", "Title")()) as SpListInfo[];
    const idByTitle = new Map(existing.map((l) => [l.Title, l.Id]));

    // Lists first, so lookups can name their target list's id.
    for (const list of wanted) {
      const title = titleOf(list, titles);
      if (idByTitle.has(title)) continue;
      if (!options.create) {
        report.missingLists.push(title);
        continue;
      }
      const created = await sp.web.lists.add(title, list.description ?? "", GENERIC_LIST, false);
      idByTitle.set(title, created.Id);
      report.createdLists.push(title);
    }

    for (const list of wanted) {
      const title = titleOf(list, titles);
      if (!idByTitle.has(title)) {
        // Missing and not created: every one of its columns is missing too, but the list says it.
        continue;
      }
      const spList = sp.web.lists.getByTitle(title);
      const fields = (await spList.fields.select("InternalName", "Title", "Indexed")()) as SpFieldInfo[];
      const byName = new Map(fields.map((f) => [f.InternalName, f]));
      for (const field of fieldsOf(schema, list)) {
        const named: MissingField = { listTitle: title, internalName: field.internalName, displayName: field.displayName };
        const found = byName.get(field.internalName);
        if (!found) {
          if (field.builtIn) continue;
          // A column a list made earlier may lack: created now if we may, never reported missing.
          if (!options.create && field.optional) continue;
          if (!options.create) {
            report.missingFields.push(named);
            continue;
          }
          const lookupListRef = lookupRef(schema, field, titles, idByTitle);
          await spList.fields.createFieldAsXml({ SchemaXml: fieldXml(field, { lookupListRef }), Options: ADD_FIELD_INTERNAL_NAME_HINT });
          report.createdFields.push(named);
        } else if (field.indexed && !found.Indexed) {
          if (!options.create && field.optional) continue;
          if (!options.create) {
            report.missingIndexes.push(named);
            continue;
          }
          await spList.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true }, "SP.Field");
          report.indexedFields.push(named);
        }
      }
    }
    const planer = wanted.find((l) => l.key === "localPlan");
    if (options.create && options.presentation && planer && idByTitle.has(titleOf(planer, titles))) {
      report.presentationApplied = await applyPlanerPresentation(sp, titleOf(planer, titles), options.presentation);
    }
  } catch (e) {
    throw toDataError(e, { what: "The list schema" });
  }
  report.ok = report.missingLists.length === 0 && report.missingFields.length === 0 && report.missingIndexes.length === 0;
  return report;
}

function lookupRef(schema: ListSchema, field: SchemaField, titles: ListTitles, idByTitle: Map<string, string>): string | undefined {
  if (!field.lookupList) return undefined;
  const target = schema.lists.find((l) => l.key === field.lookupList);
  if (!target) throw new RangeError(`Lookup ${field.internalName} points to unknown list ${field.lookupList}`);
  const id = idByTitle.get(titleOf(target, titles));
  if (!id) throw new RangeError(`Lookup ${field.internalName} points to list "${target.title}", which does not exist`);
  return id.startsWith("{") ? id : `{${id}}`;
}

/** Throws a SchemaError naming what is missing, for code that cannot run without it. */
export function assertSchema(report: SchemaReport): void {
  if (report.missingLists.length > 0 || report.missingFields.length > 0) {
    throw new SchemaError(report.missingLists, report.missingFields, { status: 0 });
  }
}
