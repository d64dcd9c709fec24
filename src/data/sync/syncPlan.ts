/**
 * "Opdatér fra KOMBIT", the orchestration: reads KOMBIT's master rows for the municipality's wave
 * and the local rows, diffs them with the domain (src/domain/sync), and applies what the user
 * chose through LocalPlanRepository: new rows with addRows, changed master fields with
 * updateMasterFields (local fields are never written). Withdrawn rows are never removed
 * silently: the user keeps them or marks them "Tilbagetrukket" on the local copy.
 */
import type { KlikTask } from "../../domain/model";
import { asError } from "../errors";
import { diffMasterLocal, type ChangedRow, type SyncDiff } from "../../domain/sync";
import { taskInWave } from "../../domain/filters";
import { versionFromEtag } from "../mappers/fieldValues";
import type { LocalPlanRepository, LocalPlanRow, MasterPlanRepository, Stored } from "../repositories";

/** KOMBIT's publication status of a row it has withdrawn (a choice of OirPublicationStatus). */
export const WITHDRAWN_STATUS = "Tilbagetrukket";

/** What the user may do with a local row whose master row is gone. */
export type WithdrawnChoice = "keep" | "mark";

/** Everything "Opdatér fra KOMBIT" found, with what is needed to apply it. */
export interface SyncPreview {
  waveTitle: string;
  diff: SyncDiff;
  /** Withdrawn rows that are already marked "Tilbagetrukket" locally: nothing left to do. */
  alreadyMarked: number[];
  /** Master rows of the wave by master id (item id, ETag, task with its version). */
  masterById: ReadonlyMap<number, Stored<KlikTask>>;
  /** Local rows by master id. */
  localById: ReadonlyMap<number, LocalPlanRow>;
}

/** The user's choices: master ids of new and changed rows to apply; withdrawn rows to mark. */
export interface SyncChoices {
  added: readonly number[];
  changed: readonly number[];
  /** Master ids of withdrawn rows to mark "Tilbagetrukket" (the rest are kept as they are). */
  markWithdrawn: readonly number[];
}

/** One row the apply could not write, with the typed error. */
export interface SyncFailure {
  taskId: number;
  action: "add" | "change" | "markWithdrawn";
  error: Error;
}

export interface SyncResult {
  added: number[];
  changed: number[];
  markedWithdrawn: number[];
  /** New rows added although not chosen, because a chosen row depends on them. */
  pulledIn: number[];
  failed: SyncFailure[];
}

/** A new row's predecessor that is neither local nor among KOMBIT's rows of the wave. */
export class MissingPredecessorError extends Error {
  public constructor(public readonly taskId: number, public readonly predecessorId: number) {
    super(`Task ${taskId} depends on task ${predecessorId}, which is neither in the local plan nor in KOMBIT's plan for the wave`);
    this.name = "MissingPredecessorError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The version of a master row: from its ETag (as SharePoint counts), else the mapper's. */
function masterVersionOf(stored: Stored<KlikTask>): number {
  return versionFromEtag(stored.etag) ?? stored.value.version ?? 0;
}

/** Pure: the preview from what was read. */
function previewFrom(waveTitle: string, master: readonly Stored<KlikTask>[], local: readonly LocalPlanRow[]): SyncPreview {
  const ofWave = master.filter((m) => taskInWave(m.value, waveTitle));
  const masterById = new Map(ofWave.map((m) => [m.value.id, m]));
  const localById = new Map(local.map((r) => [r.task.id, r]));
  const masterTasks = ofWave.map((m): KlikTask => ({ ...m.value, version: masterVersionOf(m) }));
  const diff = diffMasterLocal(masterTasks, local);
  const alreadyMarked = diff.withdrawn.filter((w) => localById.get(w.taskId)?.task.publicationStatus === WITHDRAWN_STATUS).map((w) => w.taskId);
  const marked = new Set(alreadyMarked);
  return { waveTitle, diff: { ...diff, withdrawn: diff.withdrawn.filter((w) => !marked.has(w.taskId)) }, alreadyMarked, masterById, localById };
}

/** Reads both sides and diffs them. */
export async function previewSync(repos: { master: MasterPlanRepository; local: LocalPlanRepository }, waveTitle: string): Promise<SyncPreview> {
  const [master, local] = await Promise.all([repos.master.getTasks(), repos.local.getRows()]);
  return previewFrom(waveTitle, master, local);
}

/** True when a second run has nothing to offer. */
export function isInSync(preview: SyncPreview): boolean {
  return preview.diff.added.length === 0 && preview.diff.changed.length === 0 && preview.diff.withdrawn.length === 0;
}

/** Everything chosen, as the dialog starts (new and changed checked, withdrawn kept). */
export function defaultChoices(preview: SyncPreview): SyncChoices {
  return { added: preview.diff.added.map((t) => t.id), changed: preview.diff.changed.map((c) => c.taskId), markWithdrawn: [] };
}

/**
 * The new rows to add: the chosen ones plus every new row a chosen new or changed row needs as a
 * predecessor (transitively), so no predecessor is lost. A predecessor found nowhere is an error
 * for the row that needs it.
 */
function additionsFor(preview: SyncPreview, choices: SyncChoices): { add: KlikTask[]; pulledIn: number[]; missing: MissingPredecessorError[] } {
  const newById = new Map(preview.diff.added.map((t) => [t.id, t]));
  const chosen = new Set(choices.added.filter((id) => newById.has(id)));
  const include = new Set(chosen);
  const pullIn = (task: KlikTask): void => {
    for (const p of task.predecessors) {
      const needed = newById.get(p);
      if (!needed || include.has(p) || preview.localById.has(p)) continue;
      include.add(p);
      pullIn(needed);
    }
  };
  for (const id of chosen) pullIn(newById.get(id) as KlikTask);
  const changedTasks = choices.changed.map((id) => preview.masterById.get(id)?.value).filter((t): t is KlikTask => t !== undefined);
  changedTasks.forEach(pullIn);

  // A row whose predecessor will have no local row cannot be written; neither can rows after it.
  const missing: MissingPredecessorError[] = [];
  const unresolved = (task: KlikTask): number | undefined => task.predecessors.find((p) => !preview.localById.has(p) && !include.has(p));
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const id of [...include]) {
      const p = unresolved(newById.get(id) as KlikTask);
      if (p === undefined) continue;
      include.delete(id);
      missing.push(new MissingPredecessorError(id, p));
      dropped = true;
    }
  }
  for (const task of changedTasks) {
    const p = unresolved(task);
    if (p !== undefined) missing.push(new MissingPredecessorError(task.id, p));
  }
  const add = preview.diff.added.filter((t) => include.has(t.id));
  const pulledIn = add.filter((t) => !chosen.has(t.id)).map((t) => t.id);
  return { add, pulledIn, missing };
}

/**
 * Applies the chosen changes: new rows first (so changed rows may point to them), then the
 * master fields of changed rows, then the withdrawn marks. Each row's outcome is reported; one
 * failed row does not stop the others.
 */
export async function applySyncChoices(local: LocalPlanRepository, preview: SyncPreview, choices: SyncChoices): Promise<SyncResult> {
  const result: SyncResult = { added: [], changed: [], markedWithdrawn: [], pulledIn: [], failed: [] };
  const { add, pulledIn, missing } = additionsFor(preview, choices);
  const missingRoots = new Set(missing.map((m) => m.taskId));
  for (const m of missing) {
    result.failed.push({ taskId: m.taskId, action: preview.localById.has(m.taskId) ? "change" : "add", error: m });
  }
  if (add.length > 0) {
    const rows = add.map((task) => {
      const stored = preview.masterById.get(task.id) as Stored<KlikTask>;
      return { task: { ...task }, masterItemId: stored.itemId, masterVersion: masterVersionOf(stored) };
    });
    try {
      const created = await local.addRows(rows);
      result.added = created.map((r) => r.task.id);
      result.pulledIn = pulledIn.filter((id) => result.added.includes(id));
    } catch (e) {
      for (const task of add) result.failed.push({ taskId: task.id, action: "add", error: asError(e) });
    }
  }
  const changedById = new Map<number, ChangedRow>(preview.diff.changed.map((c) => [c.taskId, c]));
  for (const id of choices.changed) {
    const change = changedById.get(id);
    const row = preview.localById.get(id);
    const master = preview.masterById.get(id);
    if (!change || !row || !master || missingRoots.has(id)) continue;
    try {
      await local.updateMasterFields(row, { ...master.value, version: change.toVersion }, change.toVersion);
      result.changed.push(id);
    } catch (e) {
      result.failed.push({ taskId: id, action: "change", error: asError(e) });
    }
  }
  const withdrawnIds = new Set(preview.diff.withdrawn.map((w) => w.taskId));
  for (const id of choices.markWithdrawn) {
    const row = preview.localById.get(id);
    if (!row || !withdrawnIds.has(id)) continue;
    try {
      await local.updateMasterFields(row, { ...row.task, publicationStatus: WITHDRAWN_STATUS }, row.masterVersion);
      result.markedWithdrawn.push(id);
    } catch (e) {
      result.failed.push({ taskId: id, action: "markWithdrawn", error: asError(e) });
    }
  }
  return result;
}
