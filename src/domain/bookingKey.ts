/**
 * One booking per person × task × week: the cell's key, which the Ressourcebookinger list holds in
 * a unique column (OirBookingKey), so SharePoint itself refuses a second booking of the same cell
 * when two people book it at the same moment. Pure.
 */
import type { Booking } from "./model";

/** "<e-mail, lower case>|<KLIK id>|<Monday>", e.g. "anne.holm@kommune.dk|519|2027-02-15". */
export function bookingKeyOf(booking: Pick<Booking, "personEmail" | "taskId" | "weekStart">): string {
  return `${booking.personEmail.trim().toLowerCase()}|${booking.taskId}|${booking.weekStart}`;
}

/** Whether two bookings are of the same cell (person, task, week). */
export function sameBookingCell(a: Pick<Booking, "personEmail" | "taskId" | "weekStart">, b: Pick<Booking, "personEmail" | "taskId" | "weekStart">): boolean {
  return bookingKeyOf(a) === bookingKeyOf(b);
}
