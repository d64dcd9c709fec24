/**
 * KLIK import: the text of KLIK's task PDF export → KlikTask. Either a complete, clean task or
 * a KlikParseError naming the field and line; never a half-filled task.
 */
import { KlikParseError } from "../errors";
import { isIsoDate } from "../isoDate";
import { INTEGRATIONS, type Integration, type KlikTask, type TaskKind } from "../model";
import { HEADER, OPTIONAL_HEADER, REQUIRED_HEADER, SECTION } from "./labels";
import { isBlank, joinParagraphs, numberLines, parseAmount, parseWholeNumber, parseYesNo, splitList, stripSuffix, type NumberedLine } from "./lines";
import { parseBody, parseComments } from "./parseBody";
import { parseHeader, type HeaderValue } from "./parseHeader";
import { DEFAULT_KLIK_ROLES, splitRoles } from "./roles";

/** Options of the KLIK parser. */
export interface KlikParseOptions {
  /** Known roles, used to keep multi-word roles whole (default: DEFAULT_KLIK_ROLES). */
  knownRoles?: readonly string[];
}

const CODE_AND_TITLE = /^([A-ZÆØÅ]{1,5} ?\d+[A-Za-z]?)\s+(\S.*)$/;
const ID_LINE = /^Master-opgave ID\t/;

function optionalField(fields: Map<string, HeaderValue>, labels: readonly string[]): HeaderValue | undefined {
  for (const label of labels) {
    const v = fields.get(label);
    if (v) return { value: v.value.replace(/\s*\n\s*/g, ", "), line: v.line };
  }
  return undefined;
}

function parseKind(title: string, field: HeaderValue | undefined): TaskKind {
  const text = (field?.value ?? title).toLocaleLowerCase("da");
  if (field && /^(opgave|klik-opgave|task)$/.test(text)) return "task";
  if (/webinar/.test(text)) return "webinar";
  if (/milepæl|milestone/.test(text)) return "milestone";
  if (field) throw new KlikParseError("invalidValue", OPTIONAL_HEADER.kind[0], field.line, field.value);
  return "task";
}

function parseIntegrations(field: HeaderValue | undefined): Integration[] {
  if (!field) return [];
  return splitList(field.value.replace(/\s+og\s+/g, ",")).map((name) => {
    const match = INTEGRATIONS.find((i) => i.toLocaleLowerCase("da") === name.toLocaleLowerCase("da"));
    if (!match) throw new KlikParseError("invalidValue", OPTIONAL_HEADER.integrations[0], field.line, name);
    return match;
  });
}

function parsePredecessors(field: HeaderValue | undefined): number[] {
  if (!field) return [];
  return splitList(field.value).map((id) => {
    const n = parseWholeNumber(id, OPTIONAL_HEADER.predecessors[0], field.line);
    if (n <= 0) throw new KlikParseError("invalidValue", OPTIONAL_HEADER.predecessors[0], field.line, id);
    return n;
  });
}

/** Parses the lines of exactly one task. */
function parseTaskLines(lines: readonly NumberedLine[], options: KlikParseOptions): KlikTask {
  const first = lines.findIndex((l) => !isBlank(l));
  if (first < 0) throw new KlikParseError("empty", HEADER.id, lines.length > 0 ? lines[0].no : 1);
  // A second task title without its own "Master-opgave ID" would otherwise vanish into this one.
  const titleLines = lines.filter((l) => l.text.startsWith(`${HEADER.title}\t`));
  if (titleLines.length > 1) throw new KlikParseError("missingField", HEADER.id, titleLines[1].no);
  // The title line (no tab) is optional; the header starts at the first tab-separated line.
  const headerStart = lines[first].text.includes("\t") ? first : first + 1;
  const { fields, descriptionIndex } = parseHeader(lines, headerStart);
  for (const label of REQUIRED_HEADER) {
    const f = fields.get(label);
    if (!f) throw new KlikParseError("missingField", label, lines[descriptionIndex].no);
    if (f.value === "" && label !== HEADER.description) throw new KlikParseError("missingField", label, f.line);
  }
  const get = (label: string): HeaderValue => {
    const field = fields.get(label) as HeaderValue;
    return label === HEADER.waves ? field : { value: field.value.replace(/\s*\n\s*/g, " "), line: field.line };
  };

  const idField = get(HEADER.id);
  const id = parseWholeNumber(idField.value, HEADER.id, idField.line);
  if (id <= 0) throw new KlikParseError("invalidValue", HEADER.id, idField.line, idField.value);

  const titleField = get(HEADER.title);
  const codeMatch = CODE_AND_TITLE.exec(titleField.value);

  const priorityField = get(HEADER.priority);
  const priorityMatch = /^(?:Prioritet\s*)?([123])$/i.exec(priorityField.value);
  if (!priorityMatch) throw new KlikParseError("invalidValue", HEADER.priority, priorityField.line, priorityField.value);

  const effortField = get(HEADER.effort);
  const endField = get(HEADER.endOffset);
  const startField = get(HEADER.startOffset);
  const startOffsetDays = parseWholeNumber(startField.value, HEADER.startOffset, startField.line);
  // The start is counted back from the end: a positive offset would put it after the end.
  if (startOffsetDays > 0) throw new KlikParseError("invalidValue", HEADER.startOffset, startField.line, startField.value);

  const wavesField = get(HEADER.waves);
  const waves = splitList(wavesField.value);
  if (waves.length === 0) throw new KlikParseError("missingField", HEADER.waves, wavesField.line);

  const infraField = get(HEADER.infrastructure);
  const criticalField = optionalField(fields, OPTIONAL_HEADER.critical);
  const knownRoles = options.knownRoles ?? DEFAULT_KLIK_ROLES;

  const body = parseBody(lines, descriptionIndex);
  if (body.descriptionHtml === "") throw new KlikParseError("missingField", HEADER.description, lines[descriptionIndex].no);
  if (body.methodSteps.length === 0) throw new KlikParseError("missingField", SECTION.method, body.methodLine);
  const section = (label: string): { text: string; line: number } => {
    const s = body.sections.get(label) as { lines: string[]; line: number };
    return { text: joinParagraphs(s.lines), line: s.line };
  };
  const result = section(SECTION.result);
  if (result.text === "") throw new KlikParseError("missingField", SECTION.result, result.line);
  const recommended = section(SECTION.recommended);
  const recommendedRoles = splitRoles(recommended.text, knownRoles);
  if (recommendedRoles.length === 0) throw new KlikParseError("missingField", SECTION.recommended, recommended.line);
  const publication = section(SECTION.publicationStatus);
  if (publication.text === "") throw new KlikParseError("missingField", SECTION.publicationStatus, publication.line);

  return {
    id,
    code: codeMatch ? codeMatch[1] : "",
    title: codeMatch ? codeMatch[2].trim() : titleField.value,
    project: get(HEADER.project).value,
    phase: stripSuffix(get(HEADER.phase).value, " (Fase)"),
    theme: stripSuffix(get(HEADER.theme).value, " (Tema)"),
    priority: Number(priorityMatch[1]) as 1 | 2 | 3,
    isInfrastructure: parseYesNo(infraField.value, HEADER.infrastructure, infraField.line),
    effortDays: parseAmount(effortField.value, HEADER.effort, effortField.line),
    endOffsetDays: parseWholeNumber(endField.value, HEADER.endOffset, endField.line),
    startOffsetDays,
    waves,
    kind: parseKind(titleField.value, optionalField(fields, OPTIONAL_HEADER.kind)),
    integrations: parseIntegrations(optionalField(fields, OPTIONAL_HEADER.integrations)),
    recommendedRoles,
    involvedRoles: splitRoles(section(SECTION.involved).text, knownRoles),
    predecessors: parsePredecessors(optionalField(fields, OPTIONAL_HEADER.predecessors)),
    declaredCritical: criticalField ? parseYesNo(criticalField.value, OPTIONAL_HEADER.critical[0], criticalField.line) : false,
    goal: get(HEADER.goal).value,
    descriptionHtml: body.descriptionHtml,
    methodSteps: body.methodSteps,
    result: result.text,
    publicationStatus: publication.text,
    comments: parseComments(body.sections.get(SECTION.comments) as { lines: string[]; line: number }, isIsoDate)
  };
}

/** Reads one KLIK task export (the text of KLIK's task PDF); throws KlikParseError if malformed. */
export function parseKlikTask(text: string, options: KlikParseOptions = {}): KlikTask {
  const lines = numberLines(text);
  const idLines = lines.filter((l) => ID_LINE.test(l.text));
  if (idLines.length > 1) throw new KlikParseError("multipleTasks", HEADER.id, idLines[1].no);
  return parseTaskLines(lines, options);
}

/**
 * Where each task starts in several exports pasted together (indexes into `lines`): at its
 * "Master-opgave ID" header, or at the title line just before it when that line repeats the
 * task's Opgavetitel; never at or before the previous task's start.
 */
export function taskStarts(lines: readonly NumberedLine[]): number[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!ID_LINE.test(l.text)) return;
    let prev = i - 1;
    while (prev >= 0 && isBlank(lines[prev])) prev--;
    const titleLine = lines.slice(i).find((x) => x.text.startsWith(`${HEADER.title}\t`));
    const title = titleLine?.text.slice(HEADER.title.length + 1).trim();
    const start = prev >= 0 && title !== undefined && lines[prev].text.trim() === title ? prev : i;
    starts.push(Math.max(start, starts.length > 0 ? starts[starts.length - 1] + 1 : 0));
  });
  return starts;
}

/** Reads several KLIK task exports pasted together, in order; throws KlikParseError at the first bad one. */
export function parseKlikTasks(text: string, options: KlikParseOptions = {}): KlikTask[] {
  const lines = numberLines(text);
  const starts = taskStarts(lines);
  if (starts.length === 0) return [parseTaskLines(lines, options)];
  if (lines.slice(0, starts[0]).some((l) => !isBlank(l))) {
    const stray = lines.slice(0, starts[0]).find((l) => !isBlank(l)) as NumberedLine;
    throw new KlikParseError("missingField", HEADER.id, stray.no);
  }
  return starts.map((start, k) => parseTaskLines(lines.slice(start, k + 1 < starts.length ? starts[k + 1] : lines.length), options));
}
