/** pendingMembersOf: queued working-group writes as the panel shows them (pure). */
import { pendingMembersOf, workingGroupWriteIds, NO_PENDING_MEMBERS } from "../../../src/ui/booking/pendingMembers";
import type { PendingWrite, Stored } from "../../../src/data/repositories";
import type { WorkingGroupMember } from "../../../src/domain/model";

const anne: Stored<WorkingGroupMember> = { itemId: 1, etag: '"1"', value: { person: { email: "anne@k.dk", displayName: "Anne" }, roles: ["KY-projektleder"], weeklyCapacityHours: 20 } };
const write = (id: string, op: string, args: unknown, extra: Partial<PendingWrite> = {}): PendingWrite => ({
  id,
  op,
  listTitle: "Arbejdsgruppe",
  createdAt: "2027-01-01T00:00:00.000Z",
  attempts: 1,
  status: "waiting",
  lastError: "fetch failed",
  args,
  ...extra
});
const bo = { person: { email: "bo@k.dk", displayName: "Bo" }, roles: ["Ydelseschef"], weeklyCapacityHours: 5 };

test("a queued add is a pending row; one already in the list (landed, read again) is not shown twice", () => {
  const pending = pendingMembersOf([write("w1", "workingGroup.addMember", { member: bo })], [anne]);
  expect(pending.adds).toEqual([{ writeId: "w1", member: bo, status: "waiting", lastError: "fetch failed" }]);
  const landed: Stored<WorkingGroupMember> = { itemId: 2, etag: '"1"', value: { ...bo, person: { ...bo.person, email: "BO@k.dk" } } };
  expect(pendingMembersOf([write("w1", "workingGroup.addMember", { member: bo })], [anne, landed]).adds).toEqual([]);
});

test("a queued removal marks the member by item id; one of an item no longer listed is ignored; other writes are not the panel's", () => {
  const pending = pendingMembersOf([write("w2", "workingGroup.removeMember", { ref: { itemId: 1, etag: '"1"' } }, { itemId: 1, status: "conflict" })], [anne]);
  expect(pending.removals.get(1)).toEqual(expect.objectContaining({ writeId: "w2", status: "conflict", member: anne.value }));
  expect(pendingMembersOf([write("w3", "workingGroup.removeMember", { ref: { itemId: 9, etag: '"1"' } }, { itemId: 9 })], [anne]).removals.size).toBe(0);
  expect(pendingMembersOf([write("w4", "bookings.save", {})], [anne])).toBe(NO_PENDING_MEMBERS);
  expect(workingGroupWriteIds([write("b", "workingGroup.addMember", {}), write("x", "bookings.save", {}), write("a", "workingGroup.removeMember", {})])).toBe("a,b");
});
