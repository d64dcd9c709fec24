/**
 * Ressourcebookinger over PnPjs. A set of cell edits is one $batch (add, update with ETag, or
 * delete with ETag); each change gets its own result. Result keys are item ids: the existing
 * one, or the new one of an add (0 for an add that failed).
 */
import type { SPFI } from "@pnp/sp";
import type { Booking } from "../../domain/model";
import type { BookingRepository, ItemRef, Stored, WriteResult } from "../repositories";
import { asError, ConflictError, ConflictTheirs, SharePointError } from "../errors";
import { BOOKING_EXPAND, BOOKING_SELECT, bookingFromItem, bookingToItem, SpBookingItem } from "../mappers/booking";
import { isTransient } from "../pending/pendingQueue";
import { canEditList } from "./permissions";
import { toDataError } from "./errorText";
import { isGone, landedETag, noResponse, sameFieldValue } from "./landed";
import { listByTitle, readAllItems, readItem } from "./reads";
import { SiteContext } from "./siteContext";
import { addItem, conflictFrom, deleteItem, finalPartError, isPreconditionFailed, jsonBytes, runBatched, updateItem } from "./writes";

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
      const change = args as BookingChange;
      // An add queued after a lost answer may have landed: find it before adding a second one.
      const existing = change.ref ? undefined : await this.findLanded(change.booking);
      if (existing) return existing;
      const [result] = await this.save([change], false, true);
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

  public saveBookings(changes: BookingChange[], queueWhenThrottled = true): Promise<WriteResult<number>[]> {
    return this.save(changes, queueWhenThrottled, false);
  }

  /** `resend`: the pending queue sends these again (a 412 or 404 may be our own first send, landed). */
  private async save(changes: BookingChange[], queueWhenThrottled: boolean, resend: boolean): Promise<WriteResult<number>[]> {
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
      this.ctx.batch,
      plans.map((p) => (p.kind === "add" || p.kind === "update" ? jsonBytes(p.props) : 0))
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
      const plan = plans[i];
      if (resend && plan.kind === "delete" && isGone(outcome.error)) {
        // Gone already, which is what the delete wanted (our earlier send may have landed).
        results.push({ key, ok: true, etag: "" });
        continue;
      }
      let error = outcome.error;
      if (resend && isPreconditionFailed(error) && plan.kind === "update") {
        // Already holding what we sent (our earlier send landed, its answer lost): saved.
        const landed = await landedETag(this.ctx.sp, this.title, plan.ref.itemId, plan.props);
        if (landed !== undefined) {
          results.push({ key, ok: true, etag: landed });
          continue;
        }
      }
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

  /**
   * The booking of this person, task and week if one is stored (OirTask and OirPerson are
   * indexed, so the filter is safe on a list over the threshold): saved when it holds what we
   * meant to add, a conflict when someone booked other hours meanwhile; undefined when there is none.
   */
  private async findLanded(booking: Booking): Promise<WriteResult<number> | undefined> {
    const plan = await this.plan({ booking });
    if (plan.kind !== "add") return undefined;
    const props = plan.props;
    let items: SpBookingItem[];
    try {
      items = await listByTitle(this.ctx.sp, this.title)
        .items.select(...BOOKING_SELECT, "OirPersonId", "OirTaskId")
        .expand(...BOOKING_EXPAND)
        .filter(`OirTaskId eq ${Number(props.OirTaskId)} and OirPersonId eq ${Number(props.OirPersonId)}`)
        .top(5000)<SpBookingItem[]>();
    } catch (e) {
      throw toDataError(noResponse(e, `GET ${this.title}`), { listTitle: this.title, displayNames: this.ctx.displayNames });
    }
    const found = items.find((item) => sameFieldValue(props.OirWeek, item.OirWeek));
    if (!found) return undefined;
    const etag = found["odata.etag"] ?? "";
    if (sameFieldValue(props.OirHours, found.OirHours) && sameFieldValue(props.OirRole, found.OirRole)) return { key: found.Id, ok: true, etag };
    const theirs = { value: bookingFromItem(found, await this.ctx.tasks.masterIds()), etag };
    throw new ConflictError(found.Id, booking, theirs, { status: 412, serverMessage: "A booking for this person, task and week was saved meanwhile" });
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<Booking> | undefined> {
    const item = await readItem<SpBookingItem>(this.ctx.sp, this.title, itemId, BOOKING_SELECT, BOOKING_EXPAND, this.ctx.displayNames);
    return item && { value: bookingFromItem(item, await this.ctx.tasks.masterIds()), etag: item["odata.etag"] ?? "" };
  }
}
