/** KOMBIT's Planer written over PnPjs (KLIK import): add a row, or overwrite one with its ETag. */
import type { SPFI } from "@pnp/sp";
import type { KlikTask } from "../../domain/model";
import type { ItemRef, MasterPlanWriter, Stored } from "../repositories";
import { predecessorsToItem, SpTaskItem, TASK_EXPAND, TASK_SELECT, taskFromItem, taskToItem } from "../mappers/masterTask";
import { canEditList } from "./permissions";
import { DisplayNames, readItem } from "./reads";
import { addItem, updateItem } from "./writes";

export class PnpMasterPlanWriter implements MasterPlanWriter {
  public constructor(
    private readonly sp: SPFI,
    private readonly title: string,
    private readonly displayNames?: DisplayNames
  ) {}

  public async addTask(task: KlikTask, itemIdByMasterId: ReadonlyMap<number, number>): Promise<Stored<KlikTask>> {
    const props = { ...taskToItem(task), ...predecessorsToItem("OirPredecessorsId", task.predecessors, itemIdByMasterId) };
    const item = await addItem<SpTaskItem>(this.sp, this.title, props, { displayNames: this.displayNames });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...task, version: 1 } };
  }

  public updateTask(ref: ItemRef, task: KlikTask, itemIdByMasterId: ReadonlyMap<number, number>): Promise<string> {
    const props = { ...taskToItem(task), ...predecessorsToItem("OirPredecessorsId", task.predecessors, itemIdByMasterId) };
    return updateItem(this.sp, this.title, ref.itemId, ref.etag, props, task, () => this.readTheirs(ref.itemId, itemIdByMasterId), {
      displayNames: this.displayNames
    });
  }

  public canEdit(): Promise<boolean> {
    return canEditList(this.sp, this.title);
  }

  private async readTheirs(itemId: number, itemIdByMasterId: ReadonlyMap<number, number>): Promise<{ value: KlikTask; etag: string } | undefined> {
    const item = await readItem<SpTaskItem>(this.sp, this.title, itemId, TASK_SELECT, TASK_EXPAND, this.displayNames);
    if (!item) return undefined;
    const masterIdByItemId = new Map([...itemIdByMasterId].map(([masterId, id]) => [id, masterId]));
    return { value: taskFromItem(item, masterIdByItemId), etag: item["odata.etag"] ?? "" };
  }
}
