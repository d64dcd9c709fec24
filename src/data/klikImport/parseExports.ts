/**
 * Several KLIK exports pasted together, parsed one by one so that a bad task does not hide the
 * good ones: each part is either a task or the KlikParseError naming its field and line (lines
 * counted in the whole pasted text).
 */
import { KlikParseError } from "../../domain/errors";
import type { KlikTask } from "../../domain/model";
import { parseKlikTask, type KlikParseOptions } from "../../domain/klik/parseTask";

const ID_LINE = /^Master-opgave ID\t/;
const TITLE_PREFIX = "Opgavetitel\t";

export type ParsedExport =
  | { ok: true; task: KlikTask; firstLine: number }
  | { ok: false; error: KlikParseError; firstLine: number };

/** Splits the pasted text at each task's title line (or its "Master-opgave ID" line). */
export function splitExports(text: string): { text: string; firstLine: number }[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const clean = (l: string): string => l.replace(/\u00A0/g, " ").trim();
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (!ID_LINE.test(line.replace(/\u00A0/g, " "))) return;
    let prev = i - 1;
    while (prev >= 0 && clean(lines[prev]) === "") prev--;
    const titleLine = lines.slice(i).find((l) => l.startsWith(TITLE_PREFIX));
    const title = titleLine?.slice(TITLE_PREFIX.length).trim();
    const start = prev >= 0 && title !== undefined && clean(lines[prev]) === title ? prev : i;
    starts.push(Math.max(start, starts.length ? starts[starts.length - 1] + 1 : 0));
  });
  if (starts.length === 0) return clean(text) === "" ? [] : [{ text, firstLine: 1 }];
  // Text before the first task (other than blank lines) is kept with it: the parser names it.
  starts[0] = lines.slice(0, starts[0]).some((l) => clean(l) !== "") ? 0 : starts[0];
  return starts.map((start, k) => ({
    text: lines.slice(start, k + 1 < starts.length ? starts[k + 1] : lines.length).join("\n"),
    firstLine: start + 1
  }));
}

/** Parses every export in the text; errors carry line numbers of the whole text. */
export function parseExports(text: string, options: KlikParseOptions = {}): ParsedExport[] {
  return splitExports(text).map(({ text: part, firstLine }): ParsedExport => {
    try {
      return { ok: true, task: parseKlikTask(part, options), firstLine };
    } catch (e) {
      if (!(e instanceof KlikParseError)) throw e;
      const error = new KlikParseError(e.kind, e.field, e.line + firstLine - 1, e.value);
      return { ok: false, error, firstLine };
    }
  });
}
