/** The body of a KLIK export: description, method steps and the labelled sections after them. */
import { KlikParseError } from "../errors";
import type { KlikComment } from "../model";
import { klikDescriptionToHtml } from "./description";
import { SECTION, TAIL_SECTIONS } from "./labels";
import { afterLabel, isBlank, joinParagraphs, type NumberedLine } from "./lines";

/** A section's text (label line's rest plus following lines) and the label's line. */
export interface SectionText {
  lines: string[];
  line: number;
}

/** Sections of the body. */
export interface ParsedBody {
  descriptionHtml: string;
  methodSteps: string[];
  methodLine: number;
  sections: Map<string, SectionText>;
}

const STEP = /^(\d+)[.)]\s+(.*)$/;
const SUB_BULLET = /^[-•–*]\s*(?:o\s+)?(.*)$|^o\s+(.*)$/;

function findLabel(lines: readonly NumberedLine[], label: string, from: number): number {
  for (let i = from; i < lines.length; i++) if (afterLabel(lines[i].text, label) !== undefined) return i;
  return -1;
}

/** Numbered steps; sub-bullets are kept under their step as "- " lines, wrapped lines joined. */
export function parseMethodSteps(lines: readonly NumberedLine[]): string[] {
  const steps: string[] = [];
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const step = STEP.exec(text);
    if (step) {
      steps.push(step[2].trim());
      continue;
    }
    const bullet = SUB_BULLET.exec(text);
    if (steps.length === 0) steps.push(bullet ? (bullet[1] ?? bullet[2]).trim() : text);
    else if (bullet) steps[steps.length - 1] += `\n- ${(bullet[1] ?? bullet[2]).trim()}`;
    else steps[steps.length - 1] += ` ${text}`;
  }
  return steps;
}

/** Reads the body from the "Beskrivelse" line to the end of the task. */
export function parseBody(lines: readonly NumberedLine[], descriptionIndex: number): ParsedBody {
  const lastNo = lines[lines.length - 1].no;
  const methodIndex = findLabel(lines, SECTION.method, descriptionIndex + 1);
  if (methodIndex < 0) throw new KlikParseError("missingSection", SECTION.method, lastNo);
  const descriptionLines = [lines[descriptionIndex].text.slice(lines[descriptionIndex].text.indexOf("\t") + 1)];
  for (let i = descriptionIndex + 1; i < methodIndex; i++) descriptionLines.push(lines[i].text);

  const positions: number[] = [];
  let from = methodIndex + 1;
  for (const label of TAIL_SECTIONS) {
    const at = findLabel(lines, label, from);
    if (at < 0) {
      const earlier = findLabel(lines, label, descriptionIndex + 1);
      if (earlier >= 0) throw new KlikParseError("sectionOutOfOrder", label, lines[earlier].no);
      throw new KlikParseError("missingSection", label, lastNo);
    }
    positions.push(at);
    from = at + 1;
  }
  const sections = new Map<string, SectionText>();
  TAIL_SECTIONS.forEach((label, k) => {
    const at = positions[k];
    const end = k + 1 < positions.length ? positions[k + 1] : lines.length;
    const text = [afterLabel(lines[at].text, label) as string, ...lines.slice(at + 1, end).map((l) => l.text)];
    sections.set(label, { lines: text, line: lines[at].no });
  });
  return {
    descriptionHtml: klikDescriptionToHtml(descriptionLines),
    methodSteps: parseMethodSteps(lines.slice(methodIndex + 1, positions[0])),
    methodLine: lines[methodIndex].no,
    sections
  };
}

const COMMENT_HEAD = /^\*\*(.+?)\*\*\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;

/** Comments: "**Author** dd/mm/yyyy hh:mm" followed by the text, until the next such head. */
export function parseComments(section: SectionText, isValidDate: (iso: string) => boolean): KlikComment[] {
  const comments: KlikComment[] = [];
  let text: string[] = [];
  const flush = (): void => {
    if (comments.length > 0) comments[comments.length - 1].text = joinParagraphs(text).replace(/\n\n/g, "\n");
    text = [];
  };
  section.lines.forEach((raw, i) => {
    const line = raw.trim();
    const no = section.line + i;
    const head = COMMENT_HEAD.exec(line);
    if (head) {
      flush();
      const date = `${head[4]}-${head[3].padStart(2, "0")}-${head[2].padStart(2, "0")}`;
      if (!isValidDate(date)) throw new KlikParseError("invalidValue", SECTION.comments, no, line);
      const comment: KlikComment = { author: head[1].trim(), date, text: "" };
      if (head[5] !== undefined) comment.time = `${head[5].padStart(2, "0")}:${head[6]}`;
      comments.push(comment);
    } else if (line !== "") {
      if (comments.length === 0) throw new KlikParseError("invalidValue", SECTION.comments, no, line);
      text.push(line);
    } else {
      text.push("");
    }
  });
  flush();
  return comments;
}
