/** The municipality's Planer over PnPjs: all rows, ETag-guarded local edits, $batch bulk edits, copying master rows. */
import type { KlikTask } from "../../domain/model";
import type { ItemRef, LocalPlanRepository, LocalPlanRow, WriteResult } from "../repositories";
import { asError, ConflictTheirs, SharePointError } from "../errors";
import {
  LOCAL_PLAN_EXPAND,
  LOCAL_PLAN_SELECT,
  LocalStateChanges,
  localRowFromItem,
  pickState,
  SpLocalPlanItem,
  stateChangesToItem
} from "../mappers/localPlan";
import { masterIdIndex, predecessorsToItem, taskToItem } from "../mappers/masterTask";
import { isTransient } from "../pending/pendingQueue";
import { UPDATE_STATE_OP } from "../pending/queuedStates";
import { canEditList } from "./permissions";
import { readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, conflictFrom, finalPartError, isPreconditionFailed, jsonBytes, runBatched, updateItem } from "./writes";

/** The queue op of a local state save; its name and argument shape live with the queue's readers (pending/queuedStates.ts). */
export { UPDATE_STATE_OP };

interface UpdateStateArgs {
  ref: ItemRef;
  changes: LocalStateChanges;
}

export class PnpLocalPlanRepository implements LocalPlanRepository {
  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(UPDATE_STATE_OP, (args) => {
      const { ref, changes } = args as UpdateStateArgs;
      return this.sendState(ref, changes, true);
    });
  }

  private get title(): string {
    return this.ctx.titles.localPlan;
  }

  public async getRows(): Promise<LocalPlanRow[]> {
    const reading = readAllItems<SpLocalPlanItem>(this.ctx.sp, this.title, LOCAL_PLAN_SELECT, LOCAL_PLAN_EXPAND, this.ctx.displayNames);
    // Bookings and attendance read at the same time need the task index: it waits for these rows.
    this.ctx.tasks.fillWhenRead(reading);
    const items = await reading;
    this.ctx.tasks.fill(items);
    const index = masterIdIndex(items);
    const rows = items.map((item) => localRowFromItem(item, index));
    for (const row of rows) {
      this.ctx.people.remember(row.state.responsible);
      this.ctx.people.remember(row.state.performer);
    }
    return rows;
  }

  public async updateState(ref: ItemRef, changes: LocalStateChanges): Promise<string> {
    try {
      return await this.sendState(ref, changes);
    } catch (e) {
      if (isTransient(e) && e instanceof SharePointError) {
        throw this.ctx.pending.enqueue({ op: UPDATE_STATE_OP, args: { ref, changes }, listTitle: this.title, itemId: ref.itemId }, e);
      }
      throw e;
    }
  }

  public async updateStates(changes: { ref: ItemRef; changes: LocalStateChanges }[]): Promise<WriteResult[]> {
    const props = await Promise.all(changes.map((c) => this.toProps(c.changes)));
    const outcomes = await runBatched(
      this.ctx.sp,
      changes.map((c, i) => (batched) =>
        batched.web.lists.getByTitle(this.title).items.getById(c.ref.itemId).update(props[i], c.ref.etag) as Promise<{ etag?: string }>
      ),
      this.ctx.batch,
      props.map(jsonBytes)
    );
    const results: WriteResult[] = [];
    for (let i = 0; i < changes.length; i++) {
      const { ref, changes: mine } = changes[i];
      const outcome = outcomes[i];
      if (outcome.ok) {
        results.push({ key: ref.itemId, ok: true, etag: outcome.value.etag ?? "" });
        continue;
      }
      let error = outcome.error;
      if (isPreconditionFailed(error)) {
        error = await conflictFrom(error, ref.itemId, mine, () => this.readTheirs(ref.itemId, mine));
      } else {
        error = finalPartError(error, { listTitle: this.title, what: `Item ${ref.itemId}`, displayNames: this.ctx.displayNames }, this.ctx.batch?.maxRounds ?? 5);
        if (isTransient(error) && error instanceof SharePointError) {
          error = this.ctx.pending.enqueue({ op: UPDATE_STATE_OP, args: { ref, changes: mine }, listTitle: this.title, itemId: ref.itemId }, error);
        }
      }
      results.push({ key: ref.itemId, ok: false, error: asError(error) });
    }
    return results;
  }

  public async addRows(rows: { task: KlikTask; masterItemId: number; masterVersion: number }[]): Promise<LocalPlanRow[]> {
    const created: SpLocalPlanItem[] = [];
    for (const row of rows) {
      const props = { ...taskToItem(row.task), OirMasterItemId: row.masterItemId, OirMasterVersion: row.masterVersion, OirStatus: "Ikke påbegyndt" };
      created.push(await addItem<SpLocalPlanItem>(this.ctx.sp, this.title, props, { displayNames: this.ctx.displayNames }));
    }
    // Predecessors are lookups to rows of this list: they can only be set once every row exists.
    const index = await this.ctx.tasks.itemIds().then((known) => {
      const merged = new Map(known);
      created.forEach((item, i) => merged.set(rows[i].task.id, item.Id));
      return merged;
    });
    const result: LocalPlanRow[] = [];
    for (let i = 0; i < rows.length; i++) {
      const item = created[i];
      let etag = item["odata.etag"] ?? "";
      if (rows[i].task.predecessors.length > 0) {
        const props = predecessorsToItem("OirPredecessorsId", rows[i].task.predecessors, index);
        etag = await updateItem(this.ctx.sp, this.title, item.Id, etag, props, props, () => this.readTheirs(item.Id, {}));
      }
      result.push({
        itemId: item.Id,
        etag,
        task: { ...rows[i].task },
        state: { taskId: rows[i].task.id, status: "notStarted", note: "" },
        masterItemId: rows[i].masterItemId,
        masterVersion: rows[i].masterVersion
      });
    }
    this.ctx.tasks.fill([...index].map(([masterId, itemId]) => ({ Id: itemId, OirMasterId: masterId })));
    return result;
  }

  public async updateMasterFields(ref: ItemRef, task: KlikTask, masterVersion: number): Promise<string> {
    const index = await this.ctx.tasks.itemIds();
    const props = {
      ...taskToItem(task),
      ...predecessorsToItem("OirPredecessorsId", task.predecessors, index),
      OirMasterVersion: masterVersion
    };
    return updateItem(this.ctx.sp, this.title, ref.itemId, ref.etag, props, { task, masterVersion }, () => this.readTheirsRow(ref.itemId), {
      displayNames: this.ctx.displayNames
    });
  }

  public canEdit(): Promise<boolean> {
    return canEditList(this.ctx.sp, this.title);
  }

  /** The write itself (also what the pending queue calls, with `resend`). */
  private async sendState(ref: ItemRef, changes: LocalStateChanges, resend = false): Promise<string> {
    const props = await this.toProps(changes);
    return updateItem(
      this.ctx.sp,
      this.title,
      ref.itemId,
      ref.etag,
      props,
      changes,
      () => this.readTheirs(ref.itemId, changes),
      { displayNames: this.ctx.displayNames },
      resend
    );
  }

  private async toProps(changes: LocalStateChanges): Promise<Record<string, unknown>> {
    const ids = await this.ctx.people.resolveAll([changes.responsible, changes.performer]);
    const itemIds = changes.localPredecessors ? await this.ctx.tasks.itemIds() : new Map<number, number>();
    return stateChangesToItem(changes, (p) => ids.get(p.email.toLowerCase()) as number, itemIds);
  }

  private async readTheirsRow(itemId: number): Promise<ConflictTheirs<LocalPlanRow> | undefined> {
    const item = await readItem<SpLocalPlanItem>(this.ctx.sp, this.title, itemId, LOCAL_PLAN_SELECT, LOCAL_PLAN_EXPAND, this.ctx.displayNames);
    if (!item) return undefined;
    const row = localRowFromItem(item, await this.ctx.tasks.masterIds());
    return { value: row, etag: row.etag };
  }

  /** Theirs for a state edit: the same fields as mine, as they are now. */
  private async readTheirs(itemId: number, mine: LocalStateChanges): Promise<ConflictTheirs<LocalStateChanges> | undefined> {
    const theirs = await this.readTheirsRow(itemId);
    return theirs && { value: pickState(theirs.value.state, mine), etag: theirs.etag };
  }
}
