/** The header of a KLIK export: the title line and the `Label<TAB>value` fields up to Beskrivelse. */
import { KlikParseError } from "../errors";
import { HEADER, SECTION } from "./labels";
import { isBlank, type NumberedLine } from "./lines";

/** A header field's value and the line it stands on. */
export interface HeaderValue {
  value: string;
  line: number;
}

/** Header fields by label, and where the description starts. */
export interface ParsedHeader {
  fields: Map<string, HeaderValue>;
  /** Index (in the lines array) of the "Beskrivelse" line. */
  descriptionIndex: number;
}

/** Reads header fields from `start` until the "Beskrivelse" line. */
export function parseHeader(lines: readonly NumberedLine[], start: number): ParsedHeader {
  const fields = new Map<string, HeaderValue>();
  let lastLabel: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const tab = line.text.indexOf("\t");
    if (tab < 0) {
      if (line.text.trim() === SECTION.method) throw new KlikParseError("missingField", HEADER.description, line.no);
      // A value wrapped onto the next line by the PDF export belongs to the field before it.
      if (lastLabel === undefined) continue;
      const previous = fields.get(lastLabel) as HeaderValue;
      // Kept on its own line: lists (Bølger) split on new lines; other fields join with a space.
      fields.set(lastLabel, { value: `${previous.value}\n${line.text.trim()}`, line: previous.line });
      continue;
    }
    const label = line.text.slice(0, tab).trim();
    const value = line.text.slice(tab + 1).trim();
    if (fields.has(label)) throw new KlikParseError("duplicateField", label, line.no, value);
    fields.set(label, { value, line: line.no });
    lastLabel = label;
    if (label === HEADER.description) return { fields, descriptionIndex: i };
  }
  const lastNo = lines.length > 0 ? lines[lines.length - 1].no : 1;
  throw new KlikParseError("missingField", HEADER.description, lastNo);
}
