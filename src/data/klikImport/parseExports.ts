/**
 * Several KLIK exports pasted together, parsed one by one so that a bad task does not hide the
 * good ones: each part is either a task or the KlikParseError naming its field and line (lines
 * counted in the whole pasted text).
 */
import { KlikParseError } from "../../domain/errors";
import type { KlikTask } from "../../domain/model";
import { isBlank, numberLines } from "../../domain/klik/lines";
import { parseKlikTask, taskStarts, type KlikParseOptions } from "../../domain/klik/parseTask";

export type ParsedExport =
  | { ok: true; task: KlikTask; firstLine: number }
  | { ok: false; error: KlikParseError; firstLine: number };

/** Splits the pasted text at each task's title line (or its "Master-opgave ID" line). */
export function splitExports(text: string): { text: string; firstLine: number }[] {
  const lines = numberLines(text);
  // The parts keep the pasted text as it was; the numbered lines only find where tasks start.
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const starts = taskStarts(lines);
  if (starts.length === 0) return lines.every(isBlank) ? [] : [{ text, firstLine: 1 }];
  // Text before the first task (other than blank lines) is kept with it: the parser names it.
  starts[0] = lines.slice(0, starts[0]).some((l) => !isBlank(l)) ? 0 : starts[0];
  return starts.map((start, k) => ({
    text: raw.slice(start, k + 1 < starts.length ? starts[k + 1] : raw.length).join("\n"),
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
