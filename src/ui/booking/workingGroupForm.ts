/** Validation of a new working-group member (pure; the panel shows the Danish messages). */
import { weeklyCapacity, type CapacityResult } from "../../domain/capacity";
import type { Person, WorkingGroupMember } from "../../domain/model";
import { personKey } from "./cellKey";

export interface MemberDraft {
  person?: Person;
  roles: string[];
  capacityText: string;
}

export interface MemberDraftErrors {
  person?: "required" | "alreadyMember";
  roles?: "required";
  /** belowOneTenth: a number over 0 that the one-decimal rule would keep as 0 (e.g. "0,01"). */
  capacity?: "invalid" | "belowOneTenth";
}

export type MemberDraftResult = { ok: true; member: WorkingGroupMember } | { ok: false; errors: MemberDraftErrors };

/** Capacity as typed, "7,5" or "7.5", checked by the domain rule (domain/capacity.ts: kept in tenths, above 0, at most 60). */
export function checkCapacityText(text: string): CapacityResult | { ok: false; problem: "notANumber" } {
  const t = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(t)) return { ok: false, problem: "notANumber" };
  return weeklyCapacity(Number(t.replace(",", ".")));
}

/** The capacity kept for what was typed, or undefined when it is refused (see checkCapacityText). */
export function parseCapacity(text: string): number | undefined {
  const result = checkCapacityText(text);
  return result.ok ? result.hours : undefined;
}

export function validateMemberDraft(draft: MemberDraft, existing: readonly WorkingGroupMember[]): MemberDraftResult {
  const errors: MemberDraftErrors = {};
  if (!draft.person) errors.person = "required";
  else if (existing.some((m) => personKey(m.person.email) === personKey(draft.person?.email ?? ""))) errors.person = "alreadyMember";
  if (draft.roles.length === 0) errors.roles = "required";
  const checked = checkCapacityText(draft.capacityText);
  const capacity = checked.ok ? checked.hours : undefined;
  if (!checked.ok) errors.capacity = checked.problem === "belowOneTenth" ? "belowOneTenth" : "invalid";
  if (errors.person || errors.roles || errors.capacity || !draft.person || capacity === undefined) return { ok: false, errors };
  return { ok: true, member: { person: draft.person, roles: draft.roles, weeklyCapacityHours: capacity } };
}
