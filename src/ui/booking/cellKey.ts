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

/**
 * Keys of cells and bookings already seen. They are immutable values, and a cell edit looks up
 * every booking's key again (the hours map, the stored index, the grid): building tens of
 * thousands of strings each time is most of an edit's time at a year of weeks.
 */
const knownKeys = new WeakMap<CellAddress, string>();

export function keyOf(cell: CellAddress): string {
  const known = knownKeys.get(cell);
  if (known !== undefined) return known;
  const key = cellKey(cell.personEmail, cell.taskId, cell.weekStart);
  knownKeys.set(cell, key);
  return key;
}
