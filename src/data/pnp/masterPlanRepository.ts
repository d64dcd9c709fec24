/** KOMBIT's Planer and Bølger over PnPjs (read-only for municipalities). */
import type { SPFI } from "@pnp/sp";
import type { KlikTask, Wave } from "../../domain/model";
import type { MasterPlanRepository, Stored } from "../repositories";
import { masterIdIndex, SpTaskItem, TASK_EXPAND, TASK_SELECT, taskFromItem } from "../mappers/masterTask";
import { SpWaveItem, WAVE_SELECT, waveFromItem } from "../mappers/wave";
import { DisplayNames, readAllItems } from "./reads";

export class PnpMasterPlanRepository implements MasterPlanRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly titles: { masterPlan: string; waves: string },
    private readonly displayNames?: DisplayNames
  ) {}

  public async getWaves(): Promise<Wave[]> {
    const items = await readAllItems<SpWaveItem>(this.sp, this.titles.waves, WAVE_SELECT, [], this.displayNames);
    return items.map(waveFromItem);
  }

  public async getTasks(): Promise<Stored<KlikTask>[]> {
    const items = await readAllItems<SpTaskItem>(this.sp, this.titles.masterPlan, TASK_SELECT, TASK_EXPAND, this.displayNames);
    const index = masterIdIndex(items);
    return items.map((item) => ({ itemId: item.Id, etag: item["odata.etag"] ?? "", value: taskFromItem(item, index) }));
  }
}
