import type { KlikTask, PlanData } from "../../../src/domain/model";
import { versionFromEtag } from "../../../src/data/mappers/fieldValues";
import { createPnpRepositories } from "../../../src/data/pnp";
import { apiRequests, lastSeq, spFor, startTestEmulator, stopTestEmulator } from "./support";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require("../../../samples/ky-boelge-5.json") as PlanData;

jest.setTimeout(30000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

function repos() {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
}

describe("PnPjs repositories against the emulator", () => {
  it("read the master plan and waves as the sample holds them", async () => {
    const r = repos();
    const [waves, tasks] = await Promise.all([r.master.getWaves(), r.master.getTasks()]);
    expect(waves).toEqual(sample.waves);
    expect(tasks).toHaveLength(sample.tasks.length);
    for (const stored of tasks) {
      const { version, ...task } = stored.value;
      const { version: seededVersion, ...expected } = sample.tasks.find((t) => t.id === task.id) as KlikTask;
      expect(task).toEqual(expected);
      expect(version).toBe(seededVersion ?? 1);
      expect(versionFromEtag(stored.etag)).toBe(version);
    }
  });

  it("read the local plan, working group, bookings and attendance", async () => {
    const r = repos();
    const rows = await r.local.getRows();
    expect(rows.length).toBeGreaterThan(20);
    for (const state of sample.local) {
      const row = rows.find((x) => x.task.id === state.taskId);
      const expected: Record<string, unknown> = { ...state };
      if (state.responsible) expected.responsible = expect.objectContaining({ email: state.responsible.email, displayName: state.responsible.displayName });
      if (state.performer) expected.performer = expect.objectContaining({ email: state.performer.email, displayName: state.performer.displayName });
      expect(row?.state).toEqual(expected);
    }
    expect((await r.workingGroup.getMembers()).map((m) => m.value.person.email).sort()).toEqual(sample.workingGroup.map((m) => m.person.email).sort());
    expect((await r.bookings.getBookings()).map((b) => b.value)).toEqual(expect.arrayContaining(sample.bookings.map((b) => expect.objectContaining(b))));
    expect((await r.attendance.getAttendance()).map((a) => a.value)).toEqual(expect.arrayContaining(sample.attendance));
  });

  it("save a local edit with the ETag and read it back; the request carries If-Match and our client tag", async () => {
    const emu = running!.emu;
    const r = repos();
    const [row] = await r.local.getRows();
    const me = await r.people.currentUser();
    const since = lastSeq(emu);
    const etag = await r.local.updateState(row, { status: "started", responsible: me, localEnd: "2027-03-29", note: "Aftalt på mødet" });
    const merge = apiRequests(emu, since).find((e) => e.headers["x-http-method"] === "MERGE");
    expect(merge?.headers["if-match"]).toBe(row.etag);
    expect(merge?.headers["x-clientservice-clienttag"]).toBe("NONISV|OirPlanlaegger|oir-planner/0.1.0");
    expect(merge?.headers["user-agent"]).toBe("NONISV|OirPlanlaegger|oir-planner/0.1.0");
    const again = (await r.local.getRows()).find((x) => x.itemId === row.itemId);
    expect(versionFromEtag(again?.etag)).toBe(versionFromEtag(etag));
    expect(versionFromEtag(etag)).toBe((versionFromEtag(row.etag) ?? 0) + 1);
    expect(again?.state).toEqual(expect.objectContaining({ status: "started", localEnd: "2027-03-29", note: "Aftalt på mødet", responsible: expect.objectContaining({ email: me.email }) }));
    expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirLocalEnd).toBe("2027-03-28T22:00:00Z");
  });

  it("book, change and remove hours in one $batch; people search and canEdit", async () => {
    const emu = running!.emu;
    const r = repos();
    const rows = await r.local.getRows();
    const [existing] = await r.bookings.getBookings();
    const person = sample.workingGroup[1].person;
    const since = lastSeq(emu);
    const results = await r.bookings.saveBookings([
      { booking: { personEmail: person.email, taskId: rows[2].task.id, weekStart: "2027-04-05", hours: 6, role: "Ydelseschef" } },
      { ref: existing, booking: { ...existing.value, hours: 0 } }
    ]);
    expect(results.map((x) => x.ok)).toEqual([true, true]);
    const requests = apiRequests(emu, since);
    expect(requests.filter((e) => e.path.endsWith("/$batch"))).toHaveLength(1);
    const after = await r.bookings.getBookings();
    expect(after.find((b) => b.itemId === existing.itemId)).toBeUndefined();
    expect(after.find((b) => b.value.weekStart === "2027-04-05")?.value).toEqual({ personEmail: person.email, taskId: rows[2].task.id, weekStart: "2027-04-05", hours: 6, role: "Ydelseschef" });
    expect(await r.local.canEdit()).toBe(true);
    expect((await r.people.search(person.displayName.split(" ")[0])).map((p) => p.email)).toContain(person.email);
  });
});
