/**
 * Field value conversions shared by the list mappers: Note fields holding one value per line
 * (several-line values indented),
 * JSON notes, Choice values in Danish, person and lookup fields as SharePoint returns them
 * expanded (`$expand=OirResponsible&$select=OirResponsible/Id,…`) and as they are written (`…Id`).
 */
import type { KlikComment, Person, TaskKind, TaskStatus } from "../../domain/model";

/** A person field expanded on read: `OirResponsible: { Id, Title, EMail }` (null when empty). */
export interface SpPersonValue {
  Id: number;
  Title?: string;
  EMail?: string;
}

/** A lookup field expanded on read: `OirTask: { Id, OirMasterId }`. */
export interface SpLookupValue {
  Id: number;
  [projected: string]: unknown;
}

/** SharePoint returns a multi-value expansion as an array, or (verbose OData) as `{ results: [] }`. */
export type SpMulti<T> = T[] | { results: T[] } | null | undefined;

/**
 * List values in a Note field (method steps, roles, waves): one value per line, and a value of
 * several lines (a KLIK method step with its sub-bullets) continues on lines indented by
 * VALUE_CONTINUATION (two spaces):
 *
 *   Udpeg en KY-projektleder og en stedfortræder
 *     - Sikr at begge har tid i perioden
 *   Planlæg opstartsmødet
 *
 * A value is kept in normal form: no blank lines, no trailing whitespace, no leading whitespace
 * on its first line (inner lines keep theirs). Values in normal form round-trip exactly; writing
 * normalizes (as reading always did). By hand in the list: blank lines are dropped, CRLF is
 * tolerated, a line indented by two spaces or a tab continues the value above, a line with one
 * leading space is a value of its own.
 */
const VALUE_CONTINUATION = "  ";

/** Splits a value into its normal-form lines (blank lines dropped, trailing whitespace removed). */
function normalLines(value: string): string[] {
  const lines = value.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== "");
  if (lines.length > 0) lines[0] = lines[0].trimStart();
  return lines;
}

/** Reads a Note field of list values; a line indented by two spaces or a tab continues the value before it. */
export function linesFromNote(value: string | null | undefined): string[] {
  if (!value) return [];
  const values: string[][] = [];
  for (const raw of value.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    const indented = line.startsWith(VALUE_CONTINUATION) || line.startsWith("\t");
    if (indented && values.length > 0) {
      values[values.length - 1].push(line.startsWith(VALUE_CONTINUATION) ? line.slice(VALUE_CONTINUATION.length) : line.replace(/^\t/, ""));
    } else {
      values.push([line.trimStart()]);
    }
  }
  return values.map((lines) => lines.join("\n"));
}

/** Writes list values to a Note field: one per line, a value's further lines indented (see VALUE_CONTINUATION); empty values are dropped. */
export function linesToNote(values: readonly string[]): string {
  return values
    .map(normalLines)
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line, i) => (i === 0 ? line : `${VALUE_CONTINUATION}${line}`)).join("\n"))
    .join("\n");
}

/**
 * Comments are a JSON array in a Note field ({ author, date, time?, text }); an empty field is no
 * comments. Malformed JSON throws.
 */
export function commentsFromNote(value: string | null | undefined): KlikComment[] {
  if (!value || value.trim() === "") return [];
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new RangeError("Kommentarer is not a JSON array");
  return parsed.map((c: unknown) => {
    const o = (c ?? {}) as Record<string, unknown>;
    const comment: KlikComment = { author: String(o.author ?? ""), date: String(o.date ?? ""), text: String(o.text ?? "") };
    if (typeof o.time === "string" && o.time !== "") comment.time = o.time;
    return comment;
  });
}

/** Keeps a comment's time of day ("HH:MM") when KLIK gave one. */
export function commentsToNote(comments: readonly KlikComment[]): string {
  return comments.length === 0
    ? ""
    : JSON.stringify(comments.map((c) => (c.time ? { author: c.author, date: c.date, time: c.time, text: c.text } : { author: c.author, date: c.date, text: c.text })));
}

/** Choice values as they stand in the list (Danish), by domain value. */
export const STATUS_CHOICES: Readonly<Record<TaskStatus, string>> = {
  notStarted: "Ikke påbegyndt",
  started: "Påbegyndt",
  completed: "Fuldført"
};

const KIND_CHOICES: Readonly<Record<TaskKind, string>> = {
  task: "Opgave",
  webinar: "Webinar",
  milestone: "Milepæl"
};

function invert<K extends string>(map: Readonly<Record<K, string>>): Map<string, K> {
  return new Map((Object.keys(map) as K[]).map((k) => [map[k].toLocaleLowerCase("da-DK"), k]));
}

const STATUS_BY_CHOICE = invert(STATUS_CHOICES);
const KIND_BY_CHOICE = invert(KIND_CHOICES);

/** "Påbegyndt" → "started". Empty → notStarted (the column's default); an unknown value throws. */
export function statusFromChoice(value: string | null | undefined): TaskStatus {
  if (!value) return "notStarted";
  const status = STATUS_BY_CHOICE.get(value.trim().toLocaleLowerCase("da-DK"));
  if (!status) throw new RangeError(`Unknown Udførelsesstatus: ${value}`);
  return status;
}

export function statusToChoice(status: TaskStatus): string {
  return STATUS_CHOICES[status];
}

/** "Milepæl" → "milestone". Empty → task; an unknown value throws. */
export function kindFromChoice(value: string | null | undefined): TaskKind {
  if (!value) return "task";
  const kind = KIND_BY_CHOICE.get(value.trim().toLocaleLowerCase("da-DK"));
  if (!kind) throw new RangeError(`Unknown Type: ${value}`);
  return kind;
}

export function kindToChoice(kind: TaskKind): string {
  return KIND_CHOICES[kind];
}

/** MultiChoice values: an array in nometadata JSON, `{ results }` in verbose, null when empty. */
export function multiValues<T>(value: SpMulti<T>): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : value.results ?? [];
}

/** An expanded person field → Person (undefined when empty). */
export function personFromField(value: SpPersonValue | null | undefined): Person | undefined {
  if (!value || typeof value.Id !== "number") return undefined;
  return { id: value.Id, email: value.EMail ?? "", displayName: value.Title ?? "" };
}

/** `$select` entries for an expanded person field. */
export function personSelect(field: string): string[] {
  return [`${field}/Id`, `${field}/Title`, `${field}/EMail`];
}

/** Numbers as SharePoint returns them (null when empty). */
export function numberOr(value: number | string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value === "") return fallback;
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`Not a number: ${String(value)}`);
  return n;
}

/** The OData version number of an item from its ETag `"3"` (or `"{guid},3"`). */
export function versionFromEtag(etag: string | undefined): number | undefined {
  if (!etag) return undefined;
  const m = /(\d+)"?\s*$/.exec(etag);
  return m ? Number(m[1]) : undefined;
}
