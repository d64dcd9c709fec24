/**
 * Working-group changes SharePoint has not taken yet (the pending-writes queue holds them: no
 * answer, or throttled past the retry budget). They are shown where they belong at once — an
 * added person as a row "venter på SharePoint", a removed one marked as being removed — and become
 * ordinary rows when the queue sends them. Read from the queue itself, so they survive a reload. Pure.
 */
import type { WorkingGroupMember } from "../../domain/model";
import { WORKING_GROUP_OPS, type ItemRef, type PendingWrite, type PendingWriteStatus, type Stored } from "../../data/repositories";
import { personKey } from "./cellKey";

export interface PendingMemberChange {
  /** The queued write's id (to discard it). */
  writeId: string;
  member: WorkingGroupMember;
  /** waiting/retrying: it will be sent; conflict/failed: SharePoint refused it, the user decides. */
  status: PendingWriteStatus;
  lastError: string;
}

export interface PendingMembers {
  /** People being added, not in the list yet. */
  adds: PendingMemberChange[];
  /** Members being removed, by item id. */
  removals: ReadonlyMap<number, PendingMemberChange>;
}

export const NO_PENDING_MEMBERS: PendingMembers = { adds: [], removals: new Map() };

const WORKING_GROUP_OP_NAMES: ReadonlySet<string> = new Set(Object.values(WORKING_GROUP_OPS));

/** Whether a pending write is a working-group change (its landing changes the members shown). */
function isWorkingGroupWrite(write: PendingWrite): boolean {
  return WORKING_GROUP_OP_NAMES.has(write.op);
}

function memberOf(args: unknown): WorkingGroupMember | undefined {
  const member = (args as { member?: WorkingGroupMember } | undefined)?.member;
  return member?.person?.email ? member : undefined;
}

function itemIdOf(write: PendingWrite): number | undefined {
  return write.itemId ?? (write.args as { ref?: ItemRef } | undefined)?.ref?.itemId;
}

/** The queued working-group adds and removals, as the panel shows them. */
export function pendingMembersOf(writes: readonly PendingWrite[], members: readonly Stored<WorkingGroupMember>[]): PendingMembers {
  if (!writes.some(isWorkingGroupWrite)) return NO_PENDING_MEMBERS;
  const saved = new Set(members.map((m) => personKey(m.value.person.email)));
  const adds: PendingMemberChange[] = [];
  const removals = new Map<number, PendingMemberChange>();
  for (const w of writes) {
    const change = { writeId: w.id, status: w.status, lastError: w.lastError };
    if (w.op === WORKING_GROUP_OPS.add) {
      const member = memberOf(w.args);
      const key = member && personKey(member.person.email);
      // Already in the list (it landed and the list was read again): one row, the saved one.
      if (member && key && !saved.has(key) && !adds.some((a) => personKey(a.member.person.email) === key)) adds.push({ ...change, member });
    } else if (w.op === WORKING_GROUP_OPS.remove) {
      const itemId = itemIdOf(w);
      const member = members.find((m) => m.itemId === itemId);
      if (member && itemId !== undefined) removals.set(itemId, { ...change, member: member.value });
    }
  }
  return adds.length === 0 && removals.size === 0 ? NO_PENDING_MEMBERS : { adds, removals };
}

/** Ids of the working-group writes in the queue (one that leaves it has landed or was discarded). */
export function workingGroupWriteIds(writes: readonly PendingWrite[]): string {
  return writes
    .filter(isWorkingGroupWrite)
    .map((w) => w.id)
    .sort()
    .join(",");
}
