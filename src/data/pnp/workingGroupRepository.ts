/**
 * Arbejdsgruppe over PnPjs. Every write ends saved or pending: one that fails transiently
 * (throttled after the budget, or no response) is queued and sent again later; an add sent again
 * first looks for the member it may already have added (an answer lost after the add landed).
 */
import type { WorkingGroupMember } from "../../domain/model";
import { WORKING_GROUP_OPS, type ItemRef, type Stored, type WorkingGroupRepository } from "../repositories";
import { ConflictTheirs } from "../errors";
import { memberFromItem, memberToItem, SpWorkingGroupItem, WORKING_GROUP_EXPAND, WORKING_GROUP_SELECT } from "../mappers/workingGroup";
import { toDataError } from "./errorText";
import { noResponse } from "./landed";
import { canEditList } from "./permissions";
import { listByTitle, readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, deleteItem, updateItem } from "./writes";

const UPDATE_MEMBER_OP = WORKING_GROUP_OPS.update;
const ADD_MEMBER_OP = WORKING_GROUP_OPS.add;
const REMOVE_MEMBER_OP = WORKING_GROUP_OPS.remove;

export class PnpWorkingGroupRepository implements WorkingGroupRepository {
  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(UPDATE_MEMBER_OP, (args) => {
      const { ref, member } = args as { ref: ItemRef; member: WorkingGroupMember };
      return this.sendUpdate(ref, member, true);
    });
    ctx.pending.register(ADD_MEMBER_OP, async (args) => {
      const { member } = args as { member: WorkingGroupMember };
      return (await this.findMember(member)) ?? this.sendAdd(member);
    });
    ctx.pending.register(REMOVE_MEMBER_OP, (args) => this.sendRemove((args as { ref: ItemRef }).ref, true));
  }

  private get title(): string {
    return this.ctx.titles.workingGroup;
  }

  public async getMembers(): Promise<Stored<WorkingGroupMember>[]> {
    const items = await readAllItems<SpWorkingGroupItem>(this.ctx.sp, this.title, WORKING_GROUP_SELECT, WORKING_GROUP_EXPAND, this.ctx.displayNames);
    return items.map((item) => {
      const value = memberFromItem(item);
      this.ctx.people.remember(value.person);
      return { itemId: item.Id, etag: item["odata.etag"] ?? "", value };
    });
  }

  public addMember(member: WorkingGroupMember): Promise<Stored<WorkingGroupMember>> {
    return this.ctx.pending.sendOrQueue({ op: ADD_MEMBER_OP, args: { member }, listTitle: this.title }, () => this.sendAdd(member));
  }

  public updateMember(ref: ItemRef, member: WorkingGroupMember): Promise<string> {
    return this.ctx.pending.sendOrQueue({ op: UPDATE_MEMBER_OP, args: { ref, member }, listTitle: this.title, itemId: ref.itemId }, () =>
      this.sendUpdate(ref, member)
    );
  }

  public removeMember(ref: ItemRef): Promise<void> {
    return this.ctx.pending.sendOrQueue({ op: REMOVE_MEMBER_OP, args: { ref }, listTitle: this.title, itemId: ref.itemId }, () => this.sendRemove(ref));
  }

  public canEdit(): Promise<boolean> {
    return canEditList(this.ctx.sp, this.title);
  }

  private async sendAdd(member: WorkingGroupMember): Promise<Stored<WorkingGroupMember>> {
    const personId = await this.ctx.people.idOf(member.person);
    const item = await addItem<SpWorkingGroupItem>(this.ctx.sp, this.title, memberToItem(member, personId), { displayNames: this.ctx.displayNames });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...member, person: { ...member.person, id: personId } } };
  }

  /** `resend`: the pending queue sends it again (a 404 may be our own first send, landed). */
  private sendRemove(ref: ItemRef, resend = false): Promise<void> {
    const context = { displayNames: this.ctx.displayNames };
    return deleteItem(this.ctx.sp, this.title, ref.itemId, ref.etag, () => this.readTheirs(ref.itemId), context, resend);
  }

  /** `resend`: the pending queue sends it again (a 412 may be our own first send, landed). */
  private async sendUpdate(ref: ItemRef, member: WorkingGroupMember, resend = false): Promise<string> {
    const personId = await this.ctx.people.idOf(member.person);
    const context = { displayNames: this.ctx.displayNames };
    return updateItem(this.ctx.sp, this.title, ref.itemId, ref.etag, memberToItem(member, personId), member, () => this.readTheirs(ref.itemId), context, resend);
  }

  /** The person's row if the working group has one (OirPerson is indexed). */
  private async findMember(member: WorkingGroupMember): Promise<Stored<WorkingGroupMember> | undefined> {
    const personId = await this.ctx.people.idOf(member.person);
    let items: SpWorkingGroupItem[];
    try {
      items = await listByTitle(this.ctx.sp, this.title)
        .items.select(...WORKING_GROUP_SELECT)
        .expand(...WORKING_GROUP_EXPAND)
        .filter(`OirPersonId eq ${personId}`)
        .top(5000)<SpWorkingGroupItem[]>();
    } catch (e) {
      throw toDataError(noResponse(e, `GET ${this.title}`), { listTitle: this.title, displayNames: this.ctx.displayNames });
    }
    const [item] = items;
    return item && { itemId: item.Id, etag: item["odata.etag"] ?? "", value: memberFromItem(item) };
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<WorkingGroupMember> | undefined> {
    const item = await readItem<SpWorkingGroupItem>(this.ctx.sp, this.title, itemId, WORKING_GROUP_SELECT, WORKING_GROUP_EXPAND, this.ctx.displayNames);
    return item && { value: memberFromItem(item), etag: item["odata.etag"] ?? "" };
  }
}
