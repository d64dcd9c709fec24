/**
 * Hours as people type and paste them: "7,5" (Danish decimal comma) or "7.5", validated against
 * the booking rules (a number ≥ 0, at most 60 hours per week on one task). Pure; the UI maps the
 * reasons to loc strings.
 */

/** Most hours one person can be booked on one task in one week. */
const MAX_HOURS_PER_TASK_WEEK = 60;

export type HoursProblem = "notANumber" | "negative" | "tooMany";

export type ParsedHours = { ok: true; hours: number } | { ok: false; problem: HoursProblem };

/** Parses typed or pasted hours; an empty text is 0 (clears the cell). */
export function parseHours(text: string): ParsedHours {
  const trimmed = text.trim().replace(/\s+/g, "");
  if (trimmed === "") return { ok: true, hours: 0 };
  // One decimal separator, comma or dot; no thousands separators (nobody books 1.000 hours).
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed) && !/^-?[.,]\d+$/.test(trimmed)) return { ok: false, problem: "notANumber" };
  const hours = Number(trimmed.replace(",", "."));
  if (!Number.isFinite(hours)) return { ok: false, problem: "notANumber" };
  if (hours < 0) return { ok: false, problem: "negative" };
  if (hours > MAX_HOURS_PER_TASK_WEEK) return { ok: false, problem: "tooMany" };
  // Bookings are kept in tenths of an hour (what the suggestion uses too).
  return { ok: true, hours: Math.round(hours * 10) / 10 };
}

/**
 * Splits a block copied from Excel: rows by newline, cells by tab. Excel ends the block with a
 * newline, which is not an extra row; a cell Excel quoted (it had a tab or newline) is unquoted.
 */
export function parseClipboardBlock(text: string): string[][] {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  if (normalized === "") return [];
  return normalized.split("\n").map((line) => line.split("\t").map(unquote));
}

function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

/** Hours as an input shows them for editing: "7,5" in Danish, "7.5" otherwise; 0 is empty. */
export function hoursForInput(hours: number, danish: boolean): string {
  if (hours === 0) return "";
  const text = String(Math.round(hours * 10) / 10);
  return danish ? text.replace(".", ",") : text;
}
