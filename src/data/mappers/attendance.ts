/** Webinardeltagelse ↔ WebinarAttendance. */
import type { WebinarAttendance } from "../../domain/model";
import { personFromField, personSelect, SpLookupValue, SpPersonValue } from "./fieldValues";

export interface SpAttendanceItem {
  Id: number;
  "odata.etag"?: string;
  OirTask?: SpLookupValue | null;
  OirPerson?: SpPersonValue | null;
}

export const ATTENDANCE_SELECT: readonly string[] = ["Id", "OirTask/Id", ...personSelect("OirPerson")];
export const ATTENDANCE_EXPAND: readonly string[] = ["OirTask", "OirPerson"];

export function attendanceFromItem(item: SpAttendanceItem, masterIdByLocalItemId: ReadonlyMap<number, number>): WebinarAttendance {
  const person = personFromField(item.OirPerson);
  if (!person) throw new RangeError(`Webinardeltagelse ${item.Id} has no person`);
  const taskId = item.OirTask ? masterIdByLocalItemId.get(item.OirTask.Id) : undefined;
  if (taskId === undefined) throw new RangeError(`Webinardeltagelse ${item.Id} points to no webinar of the plan`);
  return { taskId, personEmail: person.email };
}

export function attendanceToItem(taskItemId: number, taskCode: string, personId: number, email: string): Record<string, unknown> {
  return { Title: `${taskCode} ${email}`, OirTaskId: taskItemId, OirPersonId: personId };
}
