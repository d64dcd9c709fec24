/**
 * Words for "Opdatér fra KOMBIT": field names, values shown as plain text (descriptions are
 * untrusted HTML: shown as text, never rendered), and each failed row's reason.
 */
import * as strings from "OirCommonStrings";
import type { KlikTask } from "../../domain/model";
import type { MasterField } from "../../domain/sync";
import type { FarmInfo, FarmProduct, PresentationNote } from "../../data/farm";
import { MissingPredecessorError } from "../../data/sync";
import { describeError } from "../common/errorMessage";
import { formatText } from "../common/format";

const FIELD_KEYS: Record<MasterField, keyof typeof strings> = {
  id: "SyncFieldId",
  code: "SyncFieldCode",
  title: "SyncFieldTitle",
  project: "SyncFieldProject",
  phase: "SyncFieldPhase",
  theme: "SyncFieldTheme",
  priority: "SyncFieldPriority",
  isInfrastructure: "SyncFieldInfrastructure",
  effortDays: "SyncFieldEffortDays",
  endOffsetDays: "SyncFieldEndOffset",
  startOffsetDays: "SyncFieldStartOffset",
  waves: "SyncFieldWaves",
  kind: "SyncFieldKind",
  integrations: "SyncFieldIntegrations",
  recommendedRoles: "SyncFieldRecommendedRoles",
  involvedRoles: "SyncFieldInvolvedRoles",
  predecessors: "SyncFieldPredecessors",
  declaredCritical: "SyncFieldCritical",
  goal: "SyncFieldGoal",
  descriptionHtml: "SyncFieldDescription",
  methodSteps: "SyncFieldMethod",
  result: "SyncFieldResult",
  publicationStatus: "SyncFieldPublicationStatus",
  comments: "SyncFieldComments"
};

/** The Danish (or English) name of a master field. */
export function fieldLabel(field: MasterField): string {
  return strings[FIELD_KEYS[field]] as string;
}

const MAX_TEXT = 160;

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT - 1)}…` : clean;
}

/** Tags removed as text (no DOM parsing, nothing executed): the description is only read here. */
function htmlAsText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

/** A master field's value as one line of plain text. */
export function valueText(field: MasterField, value: unknown): string {
  if (value === undefined || value === null || value === "") return strings.SyncValueEmpty;
  if (field === "descriptionHtml" && typeof value === "string") return shorten(htmlAsText(value));
  if (field === "comments" && Array.isArray(value)) return formatText(strings.SyncValueComments, value.length);
  if (field === "kind") return strings[value === "webinar" ? "SyncKindWebinar" : value === "milestone" ? "SyncKindMilestone" : "SyncKindTask"];
  if (typeof value === "boolean") return value ? strings.SyncValueYes : strings.SyncValueNo;
  if (Array.isArray(value)) return value.length === 0 ? strings.SyncValueEmpty : shorten(value.map(String).join(", "));
  return shorten(String(value));
}

/** "PL 12 Planlæg kommunens ØiR implementering". */
export function taskName(task: Pick<KlikTask, "code" | "title">): string {
  return task.code ? `${task.code} ${task.title}` : task.title;
}

/** Why a row was not written, in the user's words. */
export function failureText(error: Error, nameOf: (taskId: number) => string): string {
  if (error instanceof MissingPredecessorError) return formatText(strings.SyncMissingPredecessor, nameOf(error.predecessorId));
  const { message, detail } = describeError(error);
  return detail ? `${message} ${detail}` : message;
}

const FARM_NAMES: Partial<Record<FarmProduct, string>> = {
  sharePointOnline: strings.FarmSharePointOnline,
  server2019: strings.FarmServer2019,
  subscriptionEdition: strings.FarmSubscriptionEdition
};

const FARM_NOTES: Record<PresentationNote["kind"], string> = {
  viewFormatSkipped: strings.CreateLocalPlanViewFormatSkipped,
  basicStatusFormat: strings.CreateLocalPlanBasicStatusFormat,
  statusFormatSkipped: strings.CreateLocalPlanStatusFormatSkipped
};

/** What "Opret lokal tidsplan" gave this farm differently, naming the farm: "SharePoint Server 2019 (16.0.10337.12109) kan …". */
export function farmNoteText(note: PresentationNote, farm: FarmInfo | undefined): string {
  const name = (farm && FARM_NAMES[farm.product]) ?? strings.FarmOther;
  return formatText(FARM_NOTES[note.kind], name, farm?.version ?? "?");
}
