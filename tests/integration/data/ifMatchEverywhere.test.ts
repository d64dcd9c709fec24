/**
 * SharePoint (and now the emulator) overwrites on a MERGE or DELETE without If-Match, so nothing
 * on the server stops a blind write: the repositories must send the ETag they read on every one.
 * Every write path that changes or removes an item is exercised here, single and in $batch, and
 * each MERGE/DELETE in the request log must carry If-Match equal to the ETag read — never "*",
 * never missing.
 */
import { createPnpRepositories } from "../../../src/data/pnp";
import { apiRequests, lastSeq, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(30000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

interface Write {
  method: string;
  path: string;
  ifMatch?: string;
}

/** Every MERGE and DELETE since `since`, top-level or inside a $batch. */
function writesSince(since: number): Write[] {
  return apiRequests(running!.emu, since).flatMap((e) => [
    ...(e.headers["x-http-method"] ? [{ method: e.headers["x-http-method"], path: e.path, ifMatch: e.headers["if-match"] }] : []),
    ...(e.batchParts ?? []).filter((p) => p.method === "MERGE" || p.method === "DELETE").map((p) => ({ method: p.method, path: p.path, ifMatch: p.ifMatch }))
  ]);
}

/** The version number of an ETag in either form ("\"3\"" or "\"<guid>,3\""). */
const version = (etag: string | undefined): string | undefined => /(\d+)"$/.exec(etag ?? "")?.[1];

describe("every MERGE and DELETE carries the ETag read", () => {
  it("local plan, master fields, bookings, working group and attendance — single and in $batch", async () => {
    const emu = running!.emu;
    const r = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
    const rows = await r.local.getRows();
    const bookings = await r.bookings.getBookings();
    const members = await r.workingGroup.getMembers();
    const newcomer = emu.state.directory.find((p) => p.email.startsWith("kollega"))!;
    const webinar = rows.find((row) => row.task.kind === "webinar")!;
    const attendance = await r.attendance.addAttendance({ taskId: webinar.task.id, personEmail: newcomer.email });
    const since = lastSeq(emu);

    const expected: { path: string; etag: string }[] = [];
    const expect1 = (list: string, itemId: number, etag: string): void => void expected.push({ path: `${list}/items(${itemId})`, etag });

    await r.local.updateState(rows[0], { note: "enkelt" });
    expect1("Planer", rows[0].itemId, rows[0].etag);
    await r.local.updateStates([rows[1], rows[2]].map((row) => ({ ref: row, changes: { note: "bulk" } })));
    expect1("Planer", rows[1].itemId, rows[1].etag);
    expect1("Planer", rows[2].itemId, rows[2].etag);
    await r.local.updateMasterFields(rows[3], rows[3].task, rows[3].masterVersion + 1);
    expect1("Planer", rows[3].itemId, rows[3].etag);

    const [b0, b1, b2] = bookings;
    const saved = await r.bookings.saveBookings([
      { ref: b0, booking: { ...b0.value, hours: b0.value.hours + 1 } },
      { ref: b1, booking: { ...b1.value, hours: 0 } }
    ]);
    expect(saved.every((s) => s.ok)).toBe(true);
    expect1("Ressourcebookinger", b0.itemId, b0.etag);
    expect1("Ressourcebookinger", b1.itemId, b1.etag);
    await r.bookings.updateBooking(b2, { ...b2.value, hours: b2.value.hours + 2 });
    expect1("Ressourcebookinger", b2.itemId, b2.etag);

    const [m0, m1] = members;
    await r.workingGroup.updateMember(m0, { ...m0.value, weeklyCapacityHours: 9 });
    expect1("Arbejdsgruppe", m0.itemId, m0.etag);
    await r.workingGroup.removeMember(m1);
    expect1("Arbejdsgruppe", m1.itemId, m1.etag);
    await r.attendance.removeAttendance(attendance);
    expect1("Webinardeltagelse", attendance.itemId, attendance.etag);

    const writes = writesSince(since);
    expect(writes).toHaveLength(expected.length);
    for (const w of writes) {
      expect(w.ifMatch).toBeDefined();
      expect(w.ifMatch).not.toBe("*");
      const want = expected.find((x) => w.path.endsWith(x.path.replace(/^[^/]+/, "")) && decodeURIComponent(w.path).includes(x.path.split("/")[0]));
      expect(want).toBeDefined();
      expect(version(w.ifMatch)).toBe(version(want!.etag));
    }
  });
});
