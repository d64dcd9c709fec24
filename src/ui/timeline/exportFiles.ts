/**
 * Export of the shown tasks: CSV for Danish Excel (semicolons, UTF-8 BOM, Danish dates,
 * decimal comma) and an ICS calendar (RFC 5545: all-day events with status, people, the note,
 * KOMBIT's dates and a link back, a reminder the day before a task that is not fuldført; CRLF,
 * text escaping and line folding at 75 octets). Pure functions: text in, text out; the download
 * itself is in downloadFile.
 */
import * as strings from "OirTimelineWebPartStrings";
import { addDays } from "../../domain/isoDate";
import type { LocalTaskState } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { statusLabel } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import { csvText } from "../common/csv";

export interface ExportRow {
  task: ScheduledTask;
  state?: LocalTaskState;
  critical: boolean;
}

function kindText(task: ScheduledTask): string {
  if (task.task.kind === "webinar") return strings.KindWebinar;
  if (task.task.kind === "milestone") return strings.KindMilestone;
  return strings.KindTask;
}

/** The CSV text, BOM first so Excel reads UTF-8 (æ, ø, å), CRLF between records. */
export function tasksToCsv(rows: readonly ExportRow[], locale: string): string {
  const header = [
    strings.CsvCode, strings.CsvTitle, strings.CsvKind, strings.CsvPhase, strings.CsvIntegrations,
    strings.CsvStart, strings.CsvEnd, strings.CsvBaselineStart, strings.CsvBaselineEnd, strings.CsvVariance,
    strings.CsvStatus, strings.CsvResponsible, strings.CsvPerformer, strings.CsvCritical, strings.CsvNote
  ];
  const lines = rows.map(({ task, state, critical }) => [
    task.task.code,
    task.task.title,
    kindText(task),
    task.task.phase,
    task.task.integrations.join(", "),
    formatDate(task.effective.start, locale),
    formatDate(task.effective.end, locale),
    formatDate(task.baseline.start, locale),
    formatDate(task.baseline.end, locale),
    task.endVarianceDays,
    statusLabel(task.status),
    state?.responsible?.displayName ?? "",
    state?.performer?.displayName ?? "",
    critical ? strings.Yes : strings.No,
    state?.note ?? ""
  ]);
  return csvText([header, ...lines]);
}

/** RFC 5545 text escaping (§3.3.11): backslash, semicolon, comma; every line break as \n. */
export function icsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** Octets of one character (code point) in UTF-8. */
function utf8Bytes(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (UTF-8), continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = utf8Bytes(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function icsDate(date: string): string {
  return date.replace(/-/g, "");
}

/** The text of a task's event: status and people, the note, KOMBIT's dates and a link back. */
function eventDescription(task: ScheduledTask, state: LocalTaskState | undefined, locale: string, link: string | undefined): string {
  const lines = [
    formatText(strings.IcsDescription, statusLabel(task.status), state?.responsible?.displayName ?? "–", state?.performer?.displayName ?? "–")
  ];
  if (state?.note.trim()) lines.push(formatText(strings.IcsNote, state.note.trim()));
  if (task.hasLocalDates) lines.push(formatText(strings.IcsBaseline, formatDate(task.baseline.start, locale), formatDate(task.baseline.end, locale)));
  if (link) lines.push(formatText(strings.IcsOpen, link));
  return lines.join("\n");
}

/** Options of tasksToIcs. */
export interface IcsOptions {
  locale?: string;
  /** The address of a task in the timeline (URL and a line in the description); none without it. */
  linkOf?: (taskId: number) => string;
}

/**
 * An ICS calendar with one all-day event per task (DTEND is exclusive: the day after the end)
 * and, unless the task is fuldført, a reminder at 09:00 the day before it starts (an all-day
 * event starts at midnight, so −15 hours). Plan dates are calendar dates, so they stay "floating"
 * dates in every time zone.
 */
export function tasksToIcs(rows: readonly ExportRow[], waveTitle: string, now: Date, options: IcsOptions = {}): string {
  const locale = options.locale ?? "da-dk";
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const slug = waveTitle.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//OiR-planlaegger//oir-planner//DA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(formatText(strings.IcsCalendarName, waveTitle))}`
  ];
  for (const { task, state } of rows) {
    const summary = `${task.task.code} ${task.task.title}`;
    const link = options.linkOf?.(task.id);
    lines.push(
      "BEGIN:VEVENT",
      `UID:oir-${task.id}-${slug}@oir-planner`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(task.effective.start)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(task.effective.end, 1))}`,
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(eventDescription(task, state, locale, link))}`,
      `CATEGORIES:${icsText(kindText(task))}`,
      "TRANSP:TRANSPARENT"
    );
    // A URI value is not TEXT: no escaping (RFC 5545 §3.3.13), only folding.
    if (link) lines.push(`URL:${link}`);
    if (task.status !== "completed") {
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT15H", `DESCRIPTION:${icsText(formatText(strings.IcsReminder, summary))}`, "END:VALARM");
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
