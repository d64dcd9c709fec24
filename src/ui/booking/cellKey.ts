/** Keys of booking cells: one person, one task, one ISO week. */
import type { IsoDate } from "../../domain/model";

/** The person part of a key: e-mails compare case-insensitively. */
export function personKey(email: string): string {
  return email.trim().toLowerCase();
}

/** `person|taskId|weekStart`, the key of one editable cell. */
export function cellKey(personEmail: string, taskId: number, weekStart: IsoDate): string {
  return `${personKey(personEmail)}|${taskId}|${weekStart}`;
}

export interface CellAddress {
  personEmail: string;
  taskId: number;
  weekStart: IsoDate;
  /** The role the person books in (recorded on the booking). */
  role?: string;
}

export function keyOf(cell: CellAddress): string {
  return cellKey(cell.personEmail, cell.taskId, cell.weekStart);
}
