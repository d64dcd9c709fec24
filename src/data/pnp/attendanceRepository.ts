/** Webinardeltagelse over PnPjs. */
import type { WebinarAttendance } from "../../domain/model";
import type { AttendanceRepository, ItemRef, Stored } from "../repositories";
import { ConflictTheirs } from "../errors";
import { ATTENDANCE_EXPAND, ATTENDANCE_SELECT, attendanceFromItem, attendanceToItem, SpAttendanceItem } from "../mappers/attendance";
import { readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, deleteItem } from "./writes";

export class PnpAttendanceRepository implements AttendanceRepository {
  public constructor(private readonly ctx: SiteContext) {}

  private get title(): string {
    return this.ctx.titles.attendance;
  }

  public async getAttendance(): Promise<Stored<WebinarAttendance>[]> {
    const [items, masterIds] = await Promise.all([
      readAllItems<SpAttendanceItem>(this.ctx.sp, this.title, ATTENDANCE_SELECT, ATTENDANCE_EXPAND, this.ctx.displayNames),
      this.ctx.tasks.masterIds()
    ]);
    return items.map((item) => ({ itemId: item.Id, etag: item["odata.etag"] ?? "", value: attendanceFromItem(item, masterIds) }));
  }

  public async addAttendance(attendance: WebinarAttendance): Promise<Stored<WebinarAttendance>> {
    const personId = await this.ctx.people.idOf({ email: attendance.personEmail, displayName: attendance.personEmail });
    const task = await this.ctx.tasks.itemOf(attendance.taskId);
    const item = await addItem<SpAttendanceItem>(this.ctx.sp, this.title, attendanceToItem(task.itemId, task.code, personId, attendance.personEmail), {
      displayNames: this.ctx.displayNames
    });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...attendance } };
  }

  public removeAttendance(ref: ItemRef): Promise<void> {
    return deleteItem(this.ctx.sp, this.title, ref.itemId, ref.etag, () => this.readTheirs(ref.itemId), { displayNames: this.ctx.displayNames });
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<WebinarAttendance> | undefined> {
    const item = await readItem<SpAttendanceItem>(this.ctx.sp, this.title, itemId, ATTENDANCE_SELECT, ATTENDANCE_EXPAND, this.ctx.displayNames);
    return item && { value: attendanceFromItem(item, await this.ctx.tasks.masterIds()), etag: item["odata.etag"] ?? "" };
  }
}
