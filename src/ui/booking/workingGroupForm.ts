/** Validation of a new working-group member (pure; the panel shows the Danish messages). */
import type { Person, WorkingGroupMember } from "../../domain/model";
import { personKey } from "./cellKey";

const MAX_WEEKLY_CAPACITY = 60;

export interface MemberDraft {
  person?: Person;
  roles: string[];
  capacityText: string;
}

export interface MemberDraftErrors {
  person?: "required" | "alreadyMember";
  roles?: "required";
  capacity?: "invalid";
}

export type MemberDraftResult = { ok: true; member: WorkingGroupMember } | { ok: false; errors: MemberDraftErrors };

/** Capacity as typed: "7,5" or "7.5", above 0 and at most 60 hours per week. */
export function parseCapacity(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(t)) return undefined;
  const value = Number(t.replace(",", "."));
  return value > 0 && value <= MAX_WEEKLY_CAPACITY ? Math.round(value * 10) / 10 : undefined;
}

export function validateMemberDraft(draft: MemberDraft, existing: readonly WorkingGroupMember[]): MemberDraftResult {
  const errors: MemberDraftErrors = {};
  if (!draft.person) errors.person = "required";
  else if (existing.some((m) => personKey(m.person.email) === personKey(draft.person?.email ?? ""))) errors.person = "alreadyMember";
  if (draft.roles.length === 0) errors.roles = "required";
  const capacity = parseCapacity(draft.capacityText);
  if (capacity === undefined) errors.capacity = "invalid";
  if (errors.person || errors.roles || errors.capacity || !draft.person || capacity === undefined) return { ok: false, errors };
  return { ok: true, member: { person: draft.person, roles: draft.roles, weeklyCapacityHours: capacity } };
}
