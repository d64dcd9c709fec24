/**
 * Splitting KLIK's role texts ("Anbefalet udfører", "Involverede parter") into roles.
 * Commas, "sammen med" and a final " og " separate roles, but a role's own words stay whole
 * ("leder af bogføring og opkrævning"), and a trailing "og eventuelt andre …" is no role.
 */

/** Roles seen in KLIK tasks (docs/domain.md §Roles). Data, not code: callers may pass their own list. */
export const DEFAULT_KLIK_ROLES: readonly string[] = [
  "KY-projektleder",
  "KOMBIT-programleder",
  "STS-projektleder",
  "infrastrukturansvarlig",
  "Ydelseschef",
  "leder af bogføring og opkrævning",
  "leder af It-og digitalisering",
  "systemansvarlig på bogførings- og opkrævningssystemet",
  "ØiR finans administrator",
  "ØiR debitor administrator",
  "klassifikations-/sortiments administrator",
  "KY-systemansvarlig"
];

const VAGUE_TAIL = /(?:,\s*|\s+)(?:og|samt)\s+(?:eventuelt|evt\.?)(?:\s.*)?$/i;
const VAGUE_ITEM = /^(?:eventuelt|evt\.?)(?:\s|$)/i;

function lower(text: string): string {
  return text.toLocaleLowerCase("da");
}

function firstWord(text: string): string {
  return lower(text.trim().split(/\s+/)[0] ?? "");
}

/** Whether `text` reads like the start of a role: capitalised, or opening like a known role. */
function looksLikeRole(text: string, knownFirstWords: readonly string[]): boolean {
  const first = text.trim().charAt(0);
  if (first !== "" && first === first.toLocaleUpperCase("da") && first !== first.toLocaleLowerCase("da")) return true;
  const word = firstWord(text);
  return knownFirstWords.some((k) => word.startsWith(k));
}

function splitOnFinalOg(part: string, known: ReadonlySet<string>, knownFirstWords: readonly string[]): string[] {
  if (known.has(lower(part))) return [part];
  const pieces = part.split(/\s+og\s+/);
  if (pieces.length === 1) return [part];
  const roles: string[] = [];
  let current = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    const rest = pieces.slice(i).join(" og ");
    // "bogførings- og opkrævning…" is one compound; only split before something role-like.
    const separates = !current.endsWith("-") && (known.has(lower(rest)) || looksLikeRole(pieces[i], knownFirstWords));
    if (separates && !known.has(lower(`${current} og ${pieces[i]}`))) {
      roles.push(current);
      current = pieces[i];
    } else {
      current = `${current} og ${pieces[i]}`;
    }
  }
  roles.push(current);
  return roles;
}

/** The roles named in a KLIK role text, in order, without duplicates (case-insensitive). */
export function splitRoles(text: string, knownRoles: readonly string[] = DEFAULT_KLIK_ROLES): string[] {
  const known = new Set(knownRoles.map(lower));
  const knownFirstWords = knownRoles.map(firstWord).filter((w) => w.length >= 4);
  const cleaned = text.replace(/\s+/g, " ").trim().replace(/\.$/, "").replace(VAGUE_TAIL, "");
  const roles: string[] = [];
  const seen = new Set<string>();
  for (const segment of cleaned.split(/\s*[,;]\s*|\s+sammen med\s+/i)) {
    if (segment === "" || VAGUE_ITEM.test(segment)) continue;
    for (const role of splitOnFinalOg(segment.trim(), known, knownFirstWords)) {
      const r = role.trim();
      if (r !== "" && !seen.has(lower(r))) {
        seen.add(lower(r));
        roles.push(r);
      }
    }
  }
  return roles;
}
