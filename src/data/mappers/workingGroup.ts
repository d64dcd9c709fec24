/** Arbejdsgruppe ↔ WorkingGroupMember. */
import type { WorkingGroupMember } from "../../domain/model";
import { linesFromNote, linesToNote, numberOr, personFromField, personSelect, SpPersonValue } from "./fieldValues";

export interface SpWorkingGroupItem {
  Id: number;
  "odata.etag"?: string;
  Title?: string | null;
  OirPerson?: SpPersonValue | null;
  OirRoles?: string | null;
  OirWeeklyCapacity?: number | null;
}

export const WORKING_GROUP_SELECT: readonly string[] = ["Id", "Title", ...personSelect("OirPerson"), "OirRoles", "OirWeeklyCapacity"];
export const WORKING_GROUP_EXPAND: readonly string[] = ["OirPerson"];

export function memberFromItem(item: SpWorkingGroupItem): WorkingGroupMember {
  const person = personFromField(item.OirPerson);
  if (!person) throw new RangeError(`Arbejdsgruppe item ${item.Id} has no person`);
  return { person, roles: linesFromNote(item.OirRoles), weeklyCapacityHours: numberOr(item.OirWeeklyCapacity, 0) };
}

/** The person is written as its site user id (resolved by the repository). */
export function memberToItem(member: WorkingGroupMember, personId: number): Record<string, unknown> {
  return {
    Title: member.person.displayName || member.person.email,
    OirPersonId: personId,
    OirRoles: linesToNote(member.roles),
    OirWeeklyCapacity: member.weeklyCapacityHours
  };
}
