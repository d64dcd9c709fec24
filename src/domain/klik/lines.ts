/** Line handling for KLIK exports: numbered lines, section labels, value cleaning. */
import { KlikParseError } from "../errors";

/** A line of the export with its 1-based number in the text that was parsed. */
export interface NumberedLine {
  no: number;
  text: string;
}

/** The text's lines (CRLF, CR or LF; BOM, non-breaking and trailing spaces normalised; tabs kept), numbered from `firstNo`. */
export function numberLines(text: string, firstNo: number = 1): NumberedLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ no: firstNo + i, text: line.replace(/\u00A0/g, " ").replace(/ +$/, "") }));
}

/** Whether a line is empty or whitespace. */
export function isBlank(line: NumberedLine): boolean {
  return line.text.trim() === "";
}

/** The rest of a line that starts with `label` followed by a space or nothing, else undefined. */
export function afterLabel(text: string, label: string): string | undefined {
  const t = text.trim();
  if (t === label) return "";
  if (t.startsWith(label) && /\s/.test(t.charAt(label.length))) return t.slice(label.length).trim();
  return undefined;
}

/** Non-blank lines joined by newlines, runs of blank lines kept as one blank line, ends trimmed. */
export function joinParagraphs(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** A whole number as KLIK writes it ("-98", "+14", "−63" with a typographic minus). */
export function parseWholeNumber(value: string, field: string, line: number): number {
  const v = value.trim().replace(/^\u2212/, "-");
  if (!/^[+-]?\d+$/.test(v)) throw new KlikParseError("invalidValue", field, line, value);
  return Number(v);
}

/** A non-negative number, decimal comma or point ("2", "2,5"). */
export function parseAmount(value: string, field: string, line: number): number {
  const v = value.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(v)) throw new KlikParseError("invalidValue", field, line, value);
  return Number(v.replace(",", "."));
}

/** "Ja"/"Nej" (any case) as a boolean. */
export function parseYesNo(value: string, field: string, line: number): boolean {
  const v = value.trim().toLocaleLowerCase("da");
  if (v === "ja") return true;
  if (v === "nej") return false;
  throw new KlikParseError("invalidValue", field, line, value);
}

/** A value without KLIK's type suffix, e.g. "Fase 2.1: Planlægning (Fase)" → "Fase 2.1: Planlægning". */
export function stripSuffix(value: string, suffix: string): string {
  const v = value.trim();
  return v.endsWith(suffix) ? v.slice(0, -suffix.length).trim() : v;
}

/** Items of a list split on commas, semicolons or new lines. */
export function splitList(value: string): string[] {
  return value.split(/[,;\n]/).map((x) => x.trim()).filter((x) => x !== "");
}
