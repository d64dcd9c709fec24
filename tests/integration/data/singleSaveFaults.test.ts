/**
 * Single writes under a flaky network (issue 13), real PnPjs over real HTTP against the emulator:
 * - a lost response (applied, the answer lost) is no false conflict: the resend with the old
 *   ETag gets 412, the item is read and holds what we sent, so it is saved (with the new ETag);
 *   a real conflict after a resend stays a conflict;
 * - working group and attendance writes end saved or pending, never lost: adds, updates and
 *   removes without a response are queued and land exactly once on retry;
 * - one "not before" gate per site host: while one request has been told to wait, the others
 *   to that host wait too.
 */
import { ConflictError, PendingWriteError } from "../../../src/data/errors";
import { createPnpRepositories } from "../../../src/data/pnp";
import { apiRequests, Emulator, lastSeq, MemoryStorage, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(60000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
afterEach(() => running?.emu.faults.clear());

type MoreFaults = { loseResponse(rule: Record<string, unknown>): number };
const faults = (emu: Emulator): Emulator["faults"] & MoreFaults => emu.faults as Emulator["faults"] & MoreFaults;

function repos() {
  const emu = running!.emu;
  return createPnpRepositories({
    kombitSp: spFor(emu.sites.kombit),
    municipalitySp: spFor(emu.sites.municipality),
    pendingStore: new MemoryStorage(),
    pendingKey: "single"
  });
}

describe("a lost response", () => {
  it("of a state edit: the resend's 412 finds our own value, so it is saved with the new ETag — no conflict", async () => {
    const emu = running!.emu;
    const r = repos();
    const [row] = (await r.local.getRows()).slice(5, 6);
    const before = emu.getItem("municipality", "Planer", row.itemId)!.version;
    faults(emu).loseResponse({ path: `items(${row.itemId})`, method: "MERGE" });
    const since = lastSeq(emu);
    const etag = await r.local.updateState(row, { note: "Svaret gik tabt", status: "started" });
    const stored = emu.getItem("municipality", "Planer", row.itemId)!;
    expect(stored.values.OirNote).toBe("Svaret gik tabt");
    expect(stored.version).toBe(before + 1);
    expect(etag).toMatch(new RegExp(`${stored.version}"$`));
    const merges = apiRequests(emu, since).filter((e) => e.headers["x-http-method"] === "MERGE");
    expect(merges.map((m) => m.status)).toEqual([0, 412]);
    // The ETag returned works for the next edit.
    await r.local.updateState({ itemId: row.itemId, etag }, { note: "Næste" });
  });

  it("of a working group edit: saved; a real conflict after a resend is still a conflict", async () => {
    const emu = running!.emu;
    const r = repos();
    const [m0, m1] = await r.workingGroup.getMembers();
    faults(emu).loseResponse({ path: `items(${m0.itemId})`, method: "MERGE" });
    await r.workingGroup.updateMember(m0, { ...m0.value, weeklyCapacityHours: 11 });
    expect(emu.getItem("municipality", "Arbejdsgruppe", m0.itemId)?.values.OirWeeklyCapacity).toBe(11);

    // Our first send lands (answer lost), then a colleague changes the row before our resend.
    faults(emu).loseResponse({ path: `items(${m1.itemId})`, method: "MERGE" });
    const pending = r.workingGroup.updateMember(m1, { ...m1.value, weeklyCapacityHours: 13 });
    // The retry behaviour waits before resending (backoff ≥ 25 ms): the colleague edits meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 15));
    emu.faults.concurrentEdit({ list: "Arbejdsgruppe", itemId: m1.itemId, changes: { OirWeeklyCapacity: 20 }, when: "now" });
    const error = await pending.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).theirs?.value).toEqual(expect.objectContaining({ weeklyCapacityHours: 20 }));
  });
});

describe("working group and attendance writes without a response", () => {
  it("an added member: pending, then added once on retry (the lost add is found, not repeated)", async () => {
    const emu = running!.emu;
    const r = repos();
    const person = emu.state.directory.find((p) => p.email.startsWith("kollega"))!;
    faults(emu).loseResponse({ path: "getbytitle('Arbejdsgruppe')/items", method: "POST" });
    const error = await r.workingGroup.addMember({ person: { email: person.email, displayName: person.displayName }, roles: ["Ydelseschef"], weeklyCapacityHours: 5 }).then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(PendingWriteError);
    expect(r.pending.list().map((w) => [w.op, w.status])).toEqual([["workingGroup.addMember", "waiting"]]);
    expect((await r.pending.retryAll()).map((o) => o.ok)).toEqual([true]);
    const members = (await r.workingGroup.getMembers()).filter((m) => m.value.person.email === person.email);
    expect(members).toHaveLength(1);
    expect(members[0].value.weeklyCapacityHours).toBe(5);
  });

  it("a removed member whose answer was lost: the resend's 404 means removed", async () => {
    const emu = running!.emu;
    const r = repos();
    const members = await r.workingGroup.getMembers();
    const last = members[members.length - 1];
    faults(emu).loseResponse({ path: `items(${last.itemId})`, method: "DELETE" });
    await r.workingGroup.removeMember(last);
    expect(emu.getItem("municipality", "Arbejdsgruppe", last.itemId)).toBeUndefined();
    expect(r.pending.list()).toEqual([]);
  });

  it("attendance marked and unmarked while the connection is down: pending, then saved once", async () => {
    const emu = running!.emu;
    const r = repos();
    const webinar = (await r.local.getRows()).find((row) => row.task.kind === "webinar")!;
    const person = emu.state.directory.find((p) => p.email.startsWith("kollega"))!;
    faults(emu).loseResponse({ path: "getbytitle('Webinardeltagelse')/items", method: "POST" });
    const added = await r.attendance.addAttendance({ taskId: webinar.task.id, personEmail: person.email }).then(() => undefined, (e: unknown) => e);
    expect(added).toBeInstanceOf(PendingWriteError);
    expect((await r.pending.retryAll()).map((o) => o.ok)).toEqual([true]);
    const mine = (await r.attendance.getAttendance()).filter((a) => a.value.taskId === webinar.task.id && a.value.personEmail === person.email);
    expect(mine).toHaveLength(1);

    // Every send of the DELETE dropped (more than the retry budget): pending, then removed.
    emu.faults.dropConnection({ path: `items(${mine[0].itemId})`, times: 20 });
    const removed = await r.attendance.removeAttendance(mine[0]).then(() => undefined, (e: unknown) => e);
    expect(removed).toBeInstanceOf(PendingWriteError);
    expect(emu.getItem("municipality", "Webinardeltagelse", mine[0].itemId)).toBeDefined();
    emu.faults.clear();
    expect((await r.pending.retryAll()).map((o) => o.ok)).toEqual([true]);
    expect(emu.getItem("municipality", "Webinardeltagelse", mine[0].itemId)).toBeUndefined();
  });
});

describe("one throttling gate per site host", () => {
  it("a request started while another was told to wait 2 s is not sent before then", async () => {
    const emu = running!.emu;
    const r = repos();
    await r.workingGroup.getMembers(); // digest and caches warm
    emu.faults.throttle({ path: "getbytitle('Planer')/items", method: "GET", status: 429, retryAfter: 2, times: 1 });
    const since = lastSeq(emu);
    const rows = r.local.getRows();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const members = r.workingGroup.getMembers();
    await Promise.all([rows, members]);
    const requests = apiRequests(emu, since);
    const throttled = requests.find((e) => e.status === 429)!;
    const member = requests.find((e) => /getbytitle\('Arbejdsgruppe'\)/i.test(e.path))!;
    expect(throttled).toBeDefined();
    expect(member.startedAt - throttled.startedAt).toBeGreaterThanOrEqual(1900);
  });
});
