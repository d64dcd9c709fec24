/**
 * Ressourcebookinger over PnPjs. A set of cell edits is one $batch (add, update with ETag, or
 * delete with ETag); each change gets its own result. Result keys are item ids: the existing
 * one, or the new one of an add (0 for an add that failed).
 */
import type { SPFI } from "@pnp/sp";
import type { Booking } from "../../domain/model";
import type { BookingRepository, ItemRef, Stored, WriteResult } from "../repositories";
import { asError, ConflictTheirs, SharePointError } from "../errors";
import { BOOKING_EXPAND, BOOKING_SELECT, bookingFromItem, bookingToItem, SpBookingItem } from "../mappers/booking";
import { isTransient } from "../pending/pendingQueue";
import { canEditList } from "./permissions";
import { readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, conflictFrom, deleteItem, finalPartError, isPreconditionFailed, runBatched, updateItem } from "./writes";

const SAVE_BOOKING_OP = "bookings.save";

export interface BookingChange {
  ref?: ItemRef;
  booking: Booking;
}

type Planned =
  | { kind: "add"; props: Record<string, unknown> }
  | { kind: "update"; ref: ItemRef; props: Record<string, unknown> }
  | { kind: "delete"; ref: ItemRef }
  | { kind: "nothing" };

export class PnpBookingRepository implements BookingRepository {
  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(SAVE_BOOKING_OP, async (args) => {
      const [result] = await this.saveBookings([args as BookingChange], false);
      if (!result.ok) throw result.error;
      return result;
    });
  }

  private get title(): string {
    return this.ctx.titles.bookings;
  }

  public async getBookings(): Promise<Stored<Booking>[]> {
    const [items, masterIds] = await Promise.all([
      readAllItems<SpBookingItem>(this.ctx.sp, this.title, BOOKING_SELECT, BOOKING_EXPAND, this.ctx.displayNames),
      this.ctx.tasks.masterIds()
    ]);
    return items.map((item) => {
      if (item.OirPerson) this.ctx.people.remember({ id: item.OirPerson.Id, email: item.OirPerson.EMail ?? "", displayName: "" });
      return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: bookingFromItem(item, masterIds) };
    });
  }

  public async saveBookings(changes: BookingChange[], queueWhenThrottled = true): Promise<WriteResult<number>[]> {
    const plans: Planned[] = [];
    for (const change of changes) plans.push(await this.plan(change));
    const outcomes = await runBatched(
      this.ctx.sp,
      plans.map((p) => (batched: SPFI): Promise<{ id?: number; etag: string }> => {
        const items = batched.web.lists.getByTitle(this.title).items;
        switch (p.kind) {
          case "add":
            return (items.add(p.props) as Promise<SpBookingItem>).then((item) => ({ id: item.Id, etag: item["odata.etag"] ?? "" }));
          case "update":
            return (items.getById(p.ref.itemId).update(p.props, p.ref.etag) as Promise<{ etag?: string }>).then((r) => ({ etag: r.etag ?? "" }));
          case "delete":
            return items.getById(p.ref.itemId).delete(p.ref.etag).then(() => ({ etag: "" }));
          default:
            return Promise.resolve({ etag: "" });
        }
      }),
      this.ctx.batch
    );
    const results: WriteResult<number>[] = [];
    for (let i = 0; i < changes.length; i++) {
      const change = changes[i];
      const key = change.ref?.itemId ?? 0;
      const outcome = outcomes[i];
      if (outcome.ok) {
        results.push({ key: outcome.value.id ?? key, ok: true, etag: outcome.value.etag });
        continue;
      }
      let error = outcome.error;
      if (isPreconditionFailed(error) && change.ref) {
        error = await conflictFrom(error, change.ref.itemId, change.booking, () => this.readTheirs(key));
      } else {
        error = finalPartError(error, { listTitle: this.title, displayNames: this.ctx.displayNames }, this.ctx.batch?.maxRounds ?? 5);
        if (queueWhenThrottled && isTransient(error) && error instanceof SharePointError) {
          error = this.ctx.pending.enqueue({ op: SAVE_BOOKING_OP, args: change, listTitle: this.title, itemId: change.ref?.itemId }, error);
        }
      }
      results.push({ key, ok: false, error: asError(error) });
    }
    return results;
  }

  /** Adds one booking outside a batch (used by the demo and tests). */
  public async addBooking(booking: Booking): Promise<Stored<Booking>> {
    const plan = await this.plan({ booking });
    if (plan.kind !== "add") throw new RangeError("A booking to add needs hours > 0");
    const item = await addItem<SpBookingItem>(this.ctx.sp, this.title, plan.props, { displayNames: this.ctx.displayNames });
    return { itemId: item.Id, etag: item["odata.etag"] ?? "", value: booking };
  }

  /** Changes one booking outside a batch, ETag-checked. */
  public async updateBooking(ref: ItemRef, booking: Booking): Promise<string> {
    const plan = await this.plan({ ref, booking });
    if (plan.kind === "delete") {
      await deleteItem(this.ctx.sp, this.title, ref.itemId, ref.etag, () => this.readTheirs(ref.itemId));
      return "";
    }
    if (plan.kind !== "update") throw new RangeError("Nothing to update");
    return updateItem(this.ctx.sp, this.title, ref.itemId, ref.etag, plan.props, booking, () => this.readTheirs(ref.itemId), { displayNames: this.ctx.displayNames });
  }

  public canEdit(): Promise<boolean> {
    return canEditList(this.ctx.sp, this.title);
  }

  private async plan(change: BookingChange): Promise<Planned> {
    const { ref, booking } = change;
    if (booking.hours < 0 || !Number.isFinite(booking.hours)) throw new RangeError(`Hours must be 0 or more: ${booking.hours}`);
    if (ref && booking.hours === 0) return { kind: "delete", ref };
    if (!ref && booking.hours === 0) return { kind: "nothing" };
    const personId = await this.ctx.people.idOf({ email: booking.personEmail, displayName: booking.personEmail });
    const task = await this.ctx.tasks.itemOf(booking.taskId);
    const props = bookingToItem(booking, personId, task.itemId, task.code);
    return ref ? { kind: "update", ref, props } : { kind: "add", props };
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<Booking> | undefined> {
    const item = await readItem<SpBookingItem>(this.ctx.sp, this.title, itemId, BOOKING_SELECT, BOOKING_EXPAND, this.ctx.displayNames);
    return item && { value: bookingFromItem(item, await this.ctx.tasks.masterIds()), etag: item["odata.etag"] ?? "" };
  }
}
