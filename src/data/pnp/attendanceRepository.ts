/**
 * Webinardeltagelse over PnPjs. Every write ends saved or pending: one that fails transiently
 * (throttled after the budget, or no response) is queued and sent again later; an add sent again
 * first looks for the row it may already have added (an answer lost after the add landed).
 */
import type { WebinarAttendance } from "../../domain/model";
import type { AttendanceRepository, ItemRef, Stored } from "../repositories";
import { ConflictTheirs } from "../errors";
import { ATTENDANCE_EXPAND, ATTENDANCE_SELECT, attendanceFromItem, attendanceToItem, SpAttendanceItem } from "../mappers/attendance";
import { toDataError } from "./errorText";
import { noResponse } from "./landed";
import { listByTitle, readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, deleteItem } from "./writes";

const ADD_ATTENDANCE_OP = "attendance.add";
const REMOVE_ATTENDANCE_OP = "attendance.remove";

export class PnpAttendanceRepository implements AttendanceRepository {
  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(ADD_ATTENDANCE_OP, async (args) => {
      const { attendance } = args as { attendance: WebinarAttendance };
      return (await this.findAttendance(attendance)) ?? this.sendAdd(attendance);
    });
    ctx.pending.register(REMOVE_ATTENDANCE_OP, (args) => this.sendRemove((args as { ref: ItemRef }).ref, true));
  }

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

  public addAttendance(attendance: WebinarAttendance): Promise<Stored<WebinarAttendance>> {
    return this.ctx.pending.sendOrQueue({ op: ADD_ATTENDANCE_OP, args: { attendance }, listTitle: this.title }, () => this.sendAdd(attendance));
  }

  public removeAttendance(ref: ItemRef): Promise<void> {
    return this.ctx.pending.sendOrQueue({ op: REMOVE_ATTENDANCE_OP, args: { ref }, listTitle: this.title, itemId: ref.itemId }, () => this.sendRemove(ref));
  }

  private async target(attendance: WebinarAttendance): Promise<{ personId: number; task: { itemId: number; code: string } }> {
    const personId = await this.ctx.people.idOf({ email: attendance.personEmail, displayName: attendance.personEmail });
    const task = await this.ctx.tasks.itemOf(attendance.taskId);
    return { personId, task };
  }

  private async sendAdd(attendance: WebinarAttendance): Promise<Stored<WebinarAttendance>> {
    const { personId, task } = await this.target(attendance);
    const item = await addItem<SpAttendanceItem>(this.ctx.sp, this.title, attendanceToItem(task.itemId, task.code, personId, attendance.personEmail), {
      displayNames: this.ctx.displayNames
    });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...attendance } };
  }

  /** `resend`: the pending queue sends it again (a 404 may be our own first send, landed). */
  private sendRemove(ref: ItemRef, resend = false): Promise<void> {
    const context = { displayNames: this.ctx.displayNames };
    return deleteItem(this.ctx.sp, this.title, ref.itemId, ref.etag, () => this.readTheirs(ref.itemId), context, resend);
  }

  /** The row of this person on this webinar, if there is one (OirTask and OirPerson are indexed). */
  private async findAttendance(attendance: WebinarAttendance): Promise<Stored<WebinarAttendance> | undefined> {
    const { personId, task } = await this.target(attendance);
    let items: SpAttendanceItem[];
    try {
      items = await listByTitle(this.ctx.sp, this.title)
        .items.select("Id")
        .filter(`OirTaskId eq ${task.itemId} and OirPersonId eq ${personId}`)
        .top(5000)<SpAttendanceItem[]>();
    } catch (e) {
      throw toDataError(noResponse(e, `GET ${this.title}`), { listTitle: this.title, displayNames: this.ctx.displayNames });
    }
    const [item] = items;
    return item && { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...attendance } };
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<WebinarAttendance> | undefined> {
    const item = await readItem<SpAttendanceItem>(this.ctx.sp, this.title, itemId, ATTENDANCE_SELECT, ATTENDANCE_EXPAND, this.ctx.displayNames);
    return item && { value: attendanceFromItem(item, await this.ctx.tasks.masterIds()), etag: item["odata.etag"] ?? "" };
  }
}
