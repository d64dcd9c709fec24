/**
 * Ressourcebookinger ↔ Booking. The task is a lookup to the local Planer; the domain keys it by
 * master id, so the repository passes the local list's item id ↔ master id maps.
 */
import type { Booking } from "../../domain/model";
import { fromSharePointDate, toSharePointDate } from "./dateOnly";
import { numberOr, personFromField, personSelect, SpLookupValue, SpPersonValue } from "./fieldValues";

export interface SpBookingItem {
  Id: number;
  "odata.etag"?: string;
  Title?: string | null;
  OirPerson?: SpPersonValue | null;
  OirRole?: string | null;
  OirTask?: SpLookupValue | null;
  OirWeek?: string | null;
  OirHours?: number | null;
}

export const BOOKING_SELECT: readonly string[] = ["Id", ...personSelect("OirPerson"), "OirRole", "OirTask/Id", "OirWeek", "OirHours"];
export const BOOKING_EXPAND: readonly string[] = ["OirPerson", "OirTask"];

export function bookingFromItem(item: SpBookingItem, masterIdByLocalItemId: ReadonlyMap<number, number>): Booking {
  const person = personFromField(item.OirPerson);
  if (!person) throw new RangeError(`Booking ${item.Id} has no person`);
  const taskItemId = item.OirTask?.Id;
  const taskId = taskItemId === undefined ? undefined : masterIdByLocalItemId.get(taskItemId);
  if (taskId === undefined) throw new RangeError(`Booking ${item.Id} points to no task of the plan`);
  const weekStart = fromSharePointDate(item.OirWeek);
  if (weekStart === undefined) throw new RangeError(`Booking ${item.Id} has no week`);
  const booking: Booking = { personEmail: person.email, taskId, weekStart, hours: numberOr(item.OirHours, 0) };
  if (item.OirRole) booking.role = item.OirRole;
  return booking;
}

/** Title is informative only ("PL 12 · uge 2027-03-29 · a@b.dk"), so the list view reads well. */
export function bookingToItem(booking: Booking, personId: number, taskItemId: number, taskCode: string): Record<string, unknown> {
  return {
    Title: `${taskCode} ${booking.weekStart} ${booking.personEmail}`,
    OirPersonId: personId,
    OirRole: booking.role ?? "",
    OirTaskId: taskItemId,
    OirWeek: toSharePointDate(booking.weekStart),
    OirHours: booking.hours
  };
}
