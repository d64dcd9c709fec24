/** Arbejdsgruppe over PnPjs. */
import type { WorkingGroupMember } from "../../domain/model";
import type { ItemRef, Stored, WorkingGroupRepository } from "../repositories";
import { ConflictTheirs, SharePointError } from "../errors";
import { memberFromItem, memberToItem, SpWorkingGroupItem, WORKING_GROUP_EXPAND, WORKING_GROUP_SELECT } from "../mappers/workingGroup";
import { isTransient } from "../pending/pendingQueue";
import { canEditList } from "./permissions";
import { readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, deleteItem, updateItem } from "./writes";

const UPDATE_MEMBER_OP = "workingGroup.updateMember";

export class PnpWorkingGroupRepository implements WorkingGroupRepository {
  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(UPDATE_MEMBER_OP, (args) => {
      const { ref, member } = args as { ref: ItemRef; member: WorkingGroupMember };
      return this.sendUpdate(ref, member);
    });
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

  public async addMember(member: WorkingGroupMember): Promise<Stored<WorkingGroupMember>> {
    const personId = await this.ctx.people.idOf(member.person);
    const item = await addItem<SpWorkingGroupItem>(this.ctx.sp, this.title, memberToItem(member, personId), { displayNames: this.ctx.displayNames });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: { ...member, person: { ...member.person, id: personId } } };
  }

  public async updateMember(ref: ItemRef, member: WorkingGroupMember): Promise<string> {
    try {
      return await this.sendUpdate(ref, member);
    } catch (e) {
      if (isTransient(e) && e instanceof SharePointError) {
        throw this.ctx.pending.enqueue({ op: UPDATE_MEMBER_OP, args: { ref, member }, listTitle: this.title, itemId: ref.itemId }, e);
      }
      throw e;
    }
  }

  public removeMember(ref: ItemRef): Promise<void> {
    return deleteItem(this.ctx.sp, this.title, ref.itemId, ref.etag, () => this.readTheirs(ref.itemId), { displayNames: this.ctx.displayNames });
  }

  public canEdit(): Promise<boolean> {
    return canEditList(this.ctx.sp, this.title);
  }

  private async sendUpdate(ref: ItemRef, member: WorkingGroupMember): Promise<string> {
    const personId = await this.ctx.people.idOf(member.person);
    return updateItem(this.ctx.sp, this.title, ref.itemId, ref.etag, memberToItem(member, personId), member, () => this.readTheirs(ref.itemId), {
      displayNames: this.ctx.displayNames
    });
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<WorkingGroupMember> | undefined> {
    const item = await readItem<SpWorkingGroupItem>(this.ctx.sp, this.title, itemId, WORKING_GROUP_SELECT, WORKING_GROUP_EXPAND, this.ctx.displayNames);
    return item && { value: memberFromItem(item), etag: item["odata.etag"] ?? "" };
  }
}
