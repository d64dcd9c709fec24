/**
 * "Opdatér fra KOMBIT", the pure part: compares KOMBIT's master rows with the municipality's
 * local copies by master id and version. Only master fields are compared and written; the
 * local state (dates, responsible, performer, status, note, local predecessors) is never touched.
 */
import type { KlikTask, LocalTaskState } from "./model";

/** The master fields of a task: everything KOMBIT owns (the version is compared separately). */
export type MasterField = Exclude<keyof KlikTask, "version">;

/** Master fields in display order. */
export const MASTER_FIELDS: readonly MasterField[] = [
  "id", "code", "title", "project", "phase", "theme", "priority", "isInfrastructure", "effortDays",
  "endOffsetDays", "startOffsetDays", "waves", "kind", "integrations", "recommendedRoles", "involvedRoles",
  "predecessors", "declaredCritical", "goal", "descriptionHtml", "methodSteps", "result",
  "publicationStatus", "comments"
];

/** A local row as sync needs it (src/data's LocalPlanRow fits). */
export interface SyncLocalRow {
  task: KlikTask;
  state: LocalTaskState;
  /** Version of the master row when last copied. */
  masterVersion: number;
}

/** One master field that differs: local copy's value → KOMBIT's value. */
export interface FieldChange {
  field: MasterField;
  oldValue: unknown;
  newValue: unknown;
}

/** A local row whose master has a new version or different master fields. */
export interface ChangedRow {
  taskId: number;
  fromVersion: number;
  toVersion: number;
  changes: FieldChange[];
}

/** What "Opdatér fra KOMBIT" would do. */
export interface SyncDiff {
  /** Master rows with no local copy yet. */
  added: KlikTask[];
  changed: ChangedRow[];
  /** Local rows whose master row is gone (kept locally; the UI asks what to do). */
  withdrawn: { taskId: number }[];
}

/** Result of applying a diff. */
export interface SyncApplied<R extends SyncLocalRow> {
  /** Every existing local row, updated where its master changed (same order; withdrawn rows kept). */
  rows: R[];
  /** New local rows to create, with a fresh local state. */
  added: SyncLocalRow[];
}

/** Structural equality for plain data (arrays, objects, primitives). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Master fields that differ between a local copy and the master, field by field. */
export function masterFieldChanges(localCopy: KlikTask, master: KlikTask): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of MASTER_FIELDS) {
    if (!sameValue(localCopy[field], master[field])) changes.push({ field, oldValue: localCopy[field], newValue: master[field] });
  }
  return changes;
}

/** New, changed (field by field) and withdrawn rows between master and local, by master id and version. */
export function diffMasterLocal(master: readonly KlikTask[], local: readonly SyncLocalRow[]): SyncDiff {
  const localById = new Map(local.map((r) => [r.task.id, r]));
  const masterIds = new Set(master.map((t) => t.id));
  const added: KlikTask[] = [];
  const changed: ChangedRow[] = [];
  for (const m of master) {
    const row = localById.get(m.id);
    if (!row) {
      added.push(m);
      continue;
    }
    const toVersion = m.version ?? row.masterVersion;
    const changes = masterFieldChanges(row.task, m);
    if (changes.length > 0 || toVersion !== row.masterVersion) {
      changed.push({ taskId: m.id, fromVersion: row.masterVersion, toVersion, changes });
    }
  }
  const withdrawn = local.filter((r) => !masterIds.has(r.task.id)).map((r) => ({ taskId: r.task.id }));
  return { added, changed, withdrawn };
}

/** Applies a diff: master fields and version of changed rows, new rows added; local state untouched. */
export function applySync<R extends SyncLocalRow>(local: readonly R[], master: readonly KlikTask[], diff: SyncDiff): SyncApplied<R> {
  const masterById = new Map(master.map((t) => [t.id, t]));
  const changedById = new Map(diff.changed.map((c) => [c.taskId, c]));
  const localIds = new Set(local.map((r) => r.task.id));
  const rows = local.map((row): R => {
    const change = changedById.get(row.task.id);
    const m = masterById.get(row.task.id);
    if (!change || !m) return row;
    return { ...row, task: { ...m }, masterVersion: change.toVersion };
  });
  const added = diff.added
    .filter((t) => !localIds.has(t.id))
    .map((t): SyncLocalRow => ({
      task: { ...t },
      state: { taskId: t.id, status: "notStarted", note: "" },
      masterVersion: t.version ?? 0
    }));
  return { rows, added };
}
