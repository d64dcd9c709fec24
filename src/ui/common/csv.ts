/**
 * CSV for Danish Excel, shared by every export: ";" separates fields (Danish Excel's list
 * separator), UTF-8 with a BOM (or Excel guesses the code page and breaks æ, ø, å), CRLF ends.
 */

/** Excel reads a file as UTF-8 only when it starts with this byte order mark. */
const CSV_BOM = "\uFEFF";

/**
 * A CSV field: quoted when it holds ; " or a line break. Text that Excel would take as a formula
 * (= + - @, tab, CR first: a note like =HYPERLINK(…)) gets a leading ' so it stays text (OWASP's
 * advice against CSV injection); numbers stay numbers.
 */
export function csvField(value: string | number): string {
  const text = typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whole CSV text from records (header first), BOM first, CRLF between records. */
export function csvText(records: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + records.map((fields) => fields.map(csvField).join(";")).join("\r\n") + "\r\n";
}
