/**
 * A small evaluator of SharePoint's basic (v1) column-formatting syntax, enough to check what a
 * format shows for a row: operator/operands trees with the v1 operators, "[$Field]" and "@now"
 * as the syntax reference defines them (https://learn.microsoft.com/sharepoint/dev/declarative-customization/formatting-syntax-reference),
 * elements hidden by `display: none`. An unknown operator throws, so a format using one fails.
 */

/** A list row as a format sees it: dates as milliseconds (null when empty). */
export interface Row {
  OirStatus: string;
  OirLocalEnd: number | null;
}

type Value = string | number | boolean | Date | null;

function num(v: Value): number {
  if (v instanceof Date) return v.getTime();
  if (v === null || v === "") return 0;
  return Number(v);
}

function special(text: string, row: Row, now: number): Value {
  if (text === "@now") return new Date(now);
  const field = /^\[\$(\w+)\]$/.exec(text);
  if (!field) return text;
  const value = (row as unknown as Record<string, string | number | null>)[field[1]];
  if (value === undefined) throw new Error(`The row has no field ${field[1]}`);
  if (field[1] === "OirLocalEnd") return value === null ? "" : new Date(value as number);
  return value;
}

const BINARY: Record<string, (a: Value, b: Value) => Value> = {
  "+": (a, b) => (typeof a === "number" && typeof b === "number" ? a + b : `${String(a ?? "")}${String(b ?? "")}`),
  "-": (a, b) => num(a) - num(b),
  "*": (a, b) => num(a) * num(b),
  "/": (a, b) => num(a) / num(b),
  "<": (a, b) => num(a) < num(b),
  ">": (a, b) => num(a) > num(b),
  "<=": (a, b) => num(a) <= num(b),
  ">=": (a, b) => num(a) >= num(b),
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
  "&&": (a, b) => Boolean(a) && Boolean(b),
  "||": (a, b) => Boolean(a) || Boolean(b)
};

export function evaluateAst(node: unknown, row: Row, now: number): Value {
  if (typeof node === "string") return special(node, row, now);
  if (typeof node === "number" || typeof node === "boolean") return node;
  const { operator, operands } = node as { operator: string; operands: unknown[] };
  const args = operands.map((o) => evaluateAst(o, row, now));
  if (operator === "?") return args[0] ? args[1] : args[2];
  if (operator === "Number()") return num(args[0]);
  if (operator === "toString()") return String(args[0]);
  const binary = BINARY[operator];
  if (!binary || args.length !== 2) throw new Error(`Operator ${operator} with ${args.length} operands is not in this v1 evaluator`);
  return binary(args[0], args[1]);
}

interface Element {
  elmType: string;
  txtContent?: unknown;
  attributes?: Record<string, unknown>;
  style?: Record<string, unknown>;
  children?: readonly Element[];
}

/** What a page shows: the visible icons, the visible words (space-joined) and the root's accessible name. */
export function renderFormat(format: object, row: Row, now: number): { icons: string[]; text: string; label: string } {
  const icons: string[] = [];
  const words: string[] = [];
  const walk = (el: Element): void => {
    if (el.style?.display !== undefined && evaluateAst(el.style.display, row, now) === "none") return;
    if (el.attributes?.iconName !== undefined) icons.push(String(evaluateAst(el.attributes.iconName, row, now)));
    if (el.txtContent !== undefined) words.push(String(evaluateAst(el.txtContent, row, now)));
    else el.children?.forEach(walk);
  };
  const root = format as Element;
  walk(root);
  return { icons, text: words.join(" "), label: String(evaluateAst(root.attributes?.["aria-label"], row, now)) };
}

/** Every string value in a format, operator names aside ("==" is an operator, not an Excel-style expression). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (k === "operator" ? [] : stringsOf(v)));
  return [];
}
