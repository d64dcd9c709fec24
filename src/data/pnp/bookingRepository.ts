/**
 * Ressourcebookinger over PnPjs. A set of cell edits is one $batch (add, update with ETag, or
 * delete with ETag); each change gets its own result. Result keys are item ids: the existing
 * one, or the new one of an add (0 for an add that failed).
 *
 * One booking per person × task × week (issue 16): before adding, the cell's stored rows are read
 * — a row someone stored meanwhile is that cell's booking, so the add becomes a conflict (theirs vs.
 * mine; saved when it already holds our hours). Two adds at the same moment are caught by
 * SharePoint itself on a list with the unique OirBookingKey column (the refused add becomes the
 * conflict), and on a list made before that column by reading the cell again after adding: the
 * oldest row wins, a later one of ours is deleted and becomes the conflict (./bookingCells.ts).
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
import { bookingKeyOf } from "../../domain/bookingKey";
import { BOOKING_KEY_FIELD, CellRows, isDuplicateValuesError, type CellProps } from "./bookingCells";
import { SiteContext } from "./siteContext";
import { conflictFrom, deleteItem, finalPartError, isPreconditionFailed, jsonBytes, runBatched, updateItem } from "./writes";

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

function addProps(plan: Planned): CellProps {
  if (plan.kind !== "add") throw new RangeError(`Not an add: ${plan.kind}`);
  return plan.props;
}

export class PnpBookingRepository implements BookingRepository {
  private keyColumn?: Promise<boolean>;

  public constructor(private readonly ctx: SiteContext) {
    ctx.pending.register(SAVE_BOOKING_OP, async (args) => {
      // An add queued after a lost answer may have landed: save() reads the cell before adding.
      const [result] = await this.save([args as BookingChange], false, true);
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
    const keyed = await this.hasKeyColumn();
    const plans: Planned[] = [];
    for (const change of changes) plans.push(await this.plan(change, keyed));
    const results: (WriteResult<number> | undefined)[] = new Array<WriteResult<number> | undefined>(changes.length);

    // Read before add: a row stored meanwhile for the cell is its booking, never a second one.
    const adds = plans.map((p, i) => (p.kind === "add" ? i : -1)).filter((i) => i >= 0);
    if (adds.length > 0) {
      const before = await CellRows.read(this.ctx.sp, this.title, adds.map((i) => addProps(plans[i])));
      for (const i of adds) {
        const [stored] = before.of(addProps(plans[i]));
        if (stored) results[i] = await this.cellTaken(stored, changes[i].booking, addProps(plans[i]));
      }
    }
    const toSend = plans.map((_, i) => i).filter((i) => results[i] === undefined);
    const outcomes = await runBatched(
      this.ctx.sp,
      toSend.map((i) => this.operation(plans[i])),
      this.ctx.batch,
      toSend.map((i) => {
        const p = plans[i];
        return p.kind === "add" || p.kind === "update" ? jsonBytes(p.props) : 0;
      })
    );
    const landedAdds: number[] = [];
    for (let k = 0; k < toSend.length; k++) {
      const i = toSend[k];
      const outcome = outcomes[k];
      if (outcome.ok && plans[i].kind === "add") landedAdds.push(i);
      results[i] = outcome.ok
        ? { key: outcome.value.id ?? changes[i].ref?.itemId ?? 0, ok: true, etag: outcome.value.etag }
        : await this.failed(changes[i], plans[i], outcome.error, queueWhenThrottled, resend);
    }
    // Without the unique column two adds at the same moment both land: read the cells again.
    if (!keyed && landedAdds.length > 0) await this.settleDuplicates(landedAdds, plans, changes, results);
    return results.map((r) => r as WriteResult<number>);
  }

  private operation(p: Planned): (batched: SPFI) => Promise<{ id?: number; etag: string }> {
    return (batched) => {
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
    };
  }

  /** The result of a part SharePoint refused or never answered. */
  private async failed(change: BookingChange, plan: Planned, partError: unknown, queueWhenThrottled: boolean, resend: boolean): Promise<WriteResult<number>> {
    const key = change.ref?.itemId ?? 0;
    if (resend && plan.kind === "delete" && isGone(partError)) {
      // Gone already, which is what the delete wanted (our earlier send may have landed).
      return { key, ok: true, etag: "" };
    }
    if (resend && isPreconditionFailed(partError) && plan.kind === "update") {
      // Already holding what we sent (our earlier send landed, its answer lost): saved.
      const landed = await landedETag(this.ctx.sp, this.title, plan.ref.itemId, plan.props);
      if (landed !== undefined) return { key, ok: true, etag: landed };
    }
    if (plan.kind === "add" && isDuplicateValuesError(partError)) {
      // SharePoint refused a second booking of the cell (unique key): someone booked it just now.
      const [stored] = (await CellRows.read(this.ctx.sp, this.title, [plan.props])).of(plan.props);
      if (stored) return this.cellTaken(stored, change.booking, plan.props);
    }
    let error = partError;
    if (isPreconditionFailed(error) && change.ref) {
      error = await conflictFrom(error, change.ref.itemId, change.booking, () => this.readTheirs(key));
    } else {
      error = finalPartError(error, { listTitle: this.title, displayNames: this.ctx.displayNames }, this.ctx.batch?.maxRounds ?? 5);
      if (queueWhenThrottled && isTransient(error) && error instanceof SharePointError) {
        error = this.ctx.pending.enqueue({ op: SAVE_BOOKING_OP, args: change, listTitle: this.title, itemId: change.ref?.itemId }, error);
      }
    }
    return { key, ok: false, error: asError(error) };
  }

  /**
   * Two of the cell's rows after our add (a list without the unique column): the oldest is the
   * cell's booking. Ours, if later, is deleted and becomes a conflict with it; the other writer,
   * reading the cell after their add, finds the same oldest row, so both agree on one booking.
   */
  private async settleDuplicates(landedAdds: number[], plans: Planned[], changes: BookingChange[], results: (WriteResult<number> | undefined)[]): Promise<void> {
    const cells = landedAdds.map((i) => addProps(plans[i]));
    const after = await CellRows.read(this.ctx.sp, this.title, cells);
    for (const i of landedAdds) {
      const ours = results[i];
      if (!ours?.ok) continue;
      const [oldest] = after.of(addProps(plans[i]));
      if (!oldest || oldest.Id === ours.key) continue;
      try {
        await deleteItem(this.ctx.sp, this.title, ours.key, ours.etag, () => this.readTheirs(ours.key), { displayNames: this.ctx.displayNames });
      } catch (e) {
        results[i] = { key: ours.key, ok: false, error: asError(e) };
        continue;
      }
      results[i] = await this.cellTaken(oldest, changes[i].booking, addProps(plans[i]));
    }
  }

  /**
   * The cell already has a stored row: saved when it holds what we meant to add (our own earlier
   * send, or the other person typed the same), otherwise a conflict with it (theirs vs. mine).
   */
  private async cellTaken(stored: SpBookingItem, booking: Booking, props: CellProps): Promise<WriteResult<number>> {
    const etag = stored["odata.etag"] ?? "";
    if (sameFieldValue(props.OirHours, stored.OirHours) && sameFieldValue(props.OirRole, stored.OirRole)) return { key: stored.Id, ok: true, etag };
    const theirs = { value: bookingFromItem(stored, await this.ctx.tasks.masterIds()), etag };
    const error = new ConflictError(stored.Id, booking, theirs, { status: 412, serverMessage: "A booking for this person, task and week was saved meanwhile" });
    return { key: 0, ok: false, error };
  }

  /** Adds one booking outside the grid's batches (used by the demo and tests): the same one-per-cell rule. */
  public async addBooking(booking: Booking): Promise<Stored<Booking>> {
    if (!(booking.hours > 0)) throw new RangeError("A booking to add needs hours > 0");
    const [result] = await this.save([{ booking }], false, false);
    if (!result.ok) throw result.error;
    return { itemId: result.key, etag: result.etag, value: booking };
  }

  /** Changes one booking outside a batch, ETag-checked. */
  public async updateBooking(ref: ItemRef, booking: Booking): Promise<string> {
    const plan = await this.plan({ ref, booking }, false);
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

  /**
   * Whether the list has the unique key column (lists made before it do not, and still work):
   * asked once per page. A failed question is asked again next time.
   */
  private hasKeyColumn(): Promise<boolean> {
    if (!this.keyColumn) {
      this.keyColumn = listByTitle(this.ctx.sp, this.title)
        .fields.filter(`InternalName eq '${BOOKING_KEY_FIELD}'`)
        .select("InternalName", "EnforceUniqueValues")<{ InternalName: string; EnforceUniqueValues?: boolean }[]>()
        .then(
          (fields) => fields.some((f) => f.EnforceUniqueValues !== false),
          (e: unknown) => {
            this.keyColumn = undefined;
            throw toDataError(noResponse(e, `GET ${this.title} fields`), { listTitle: this.title, displayNames: this.ctx.displayNames });
          }
        );
    }
    return this.keyColumn;
  }

  private async plan(change: BookingChange, keyed: boolean): Promise<Planned> {
    const { ref, booking } = change;
    if (booking.hours < 0 || !Number.isFinite(booking.hours)) throw new RangeError(`Hours must be 0 or more: ${booking.hours}`);
    if (ref && booking.hours === 0) return { kind: "delete", ref };
    if (!ref && booking.hours === 0) return { kind: "nothing" };
    const personId = await this.ctx.people.idOf({ email: booking.personEmail, displayName: booking.personEmail });
    const task = await this.ctx.tasks.itemOf(booking.taskId);
    const props = bookingToItem(booking, personId, task.itemId, task.code);
    // The key only on adds: an update keeps the cell (person, task and week do not change).
    if (!ref && keyed) props[BOOKING_KEY_FIELD] = bookingKeyOf(booking);
    return ref ? { kind: "update", ref, props } : { kind: "add", props };
  }

  private async readTheirs(itemId: number): Promise<ConflictTheirs<Booking> | undefined> {
    const item = await readItem<SpBookingItem>(this.ctx.sp, this.title, itemId, BOOKING_SELECT, BOOKING_EXPAND, this.ctx.displayNames);
    return item && { value: bookingFromItem(item, await this.ctx.tasks.masterIds()), etag: item["odata.etag"] ?? "" };
  }
}
