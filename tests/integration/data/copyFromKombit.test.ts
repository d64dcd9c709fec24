/**
 * "Opdatér fra KOMBIT": copying master rows into the local plan (predecessors as lookups to the
 * local rows) and overwriting master fields without touching local edits; and the smaller lists.
 */
import { ConflictError } from "../../../src/data/errors";
import { versionFromEtag } from "../../../src/data/mappers/fieldValues";
import { createPnpRepositories } from "../../../src/data/pnp";
import { spFor, startTestEmulator, stopTestEmulator } from "./support";

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

describe("copying from KOMBIT's plan", () => {
  it("adds master rows missing locally, with predecessors pointing to local rows", async () => {
    const emu = running!.emu;
    const r = repos();
    const [master, local] = await Promise.all([r.master.getTasks(), r.local.getRows()]);
    // KOMBIT adds a task that depends on a row already in the local plan.
    const anchor = local[0];
    const [newMasterItemId] = emu.seedItems("kombit", "Planer", [{ Title: "Ny opgave fra KOMBIT", OirMasterId: 990001, OirCode: "NY 1", OirKind: "Opgave", OirPredecessorsId: [master[0].itemId] }]);
    const fresh = (await r.master.getTasks()).find((m) => m.itemId === newMasterItemId)!;
    expect(fresh.value.predecessors).toEqual([master[0].value.id]);
    const localIds = new Set(local.map((row) => row.task.id));
    expect(localIds.has(fresh.value.id)).toBe(false);
    const task = { ...fresh.value, predecessors: [anchor.task.id] };
    const missing = [fresh];
    const [added] = await r.local.addRows([{ task, masterItemId: missing[0].itemId, masterVersion: task.version ?? 1 }]);
    expect(added.state).toEqual({ taskId: task.id, status: "notStarted", note: "" });
    const stored = emu.getItem("municipality", "Planer", added.itemId)!;
    expect(stored.values).toMatchObject({ OirMasterId: task.id, OirMasterItemId: missing[0].itemId, OirStatus: "Ikke påbegyndt", OirPredecessors: [anchor.itemId] });
    const reread = (await r.local.getRows()).find((row) => row.itemId === added.itemId)!;
    expect(reread.task.predecessors).toEqual([anchor.task.id]);
    expect(versionFromEtag(reread.etag)).toBe(versionFromEtag(added.etag));
  });

  it("overwrites master fields with a newer version and leaves local edits alone; a stale ETag is a conflict", async () => {
    const emu = running!.emu;
    const r = repos();
    const row = (await r.local.getRows())[1];
    const edited = await r.local.updateState(row, { note: "Lokal note", status: "started" });
    const newer = { ...row.task, title: `${row.task.title} (revideret)`, effortDays: row.task.effortDays + 2 };
    const etag = await r.local.updateMasterFields({ itemId: row.itemId, etag: edited }, newer, row.masterVersion + 1);
    const after = (await r.local.getRows()).find((x) => x.itemId === row.itemId)!;
    expect(after.task.title).toBe(newer.title);
    expect(after.task.effortDays).toBe(newer.effortDays);
    expect(after.masterVersion).toBe(row.masterVersion + 1);
    expect(after.state).toMatchObject({ note: "Lokal note", status: "started" });
    expect(etag).not.toBe(edited);
    await expect(r.local.updateMasterFields(row, newer, row.masterVersion + 2)).rejects.toBeInstanceOf(ConflictError);
    expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirMasterVersion).toBe(row.masterVersion + 1);
  });
});

describe("working group and attendance", () => {
  it("add, update with ETag and remove a member; mark and unmark attendance", async () => {
    const emu = running!.emu;
    const r = repos();
    const newcomer = emu.state.directory.find((p) => p.email.startsWith("kollega"))!;
    const member = await r.workingGroup.addMember({ person: { email: newcomer.email, displayName: newcomer.displayName }, roles: ["ØiR finans administrator"], weeklyCapacityHours: 4 });
    const etag = await r.workingGroup.updateMember(member, { ...member.value, roles: ["ØiR finans administrator", "ØiR debitor administrator"], weeklyCapacityHours: 6 });
    const found = (await r.workingGroup.getMembers()).find((m) => m.itemId === member.itemId)!;
    expect(found.value).toEqual({ person: expect.objectContaining({ email: newcomer.email }), roles: ["ØiR finans administrator", "ØiR debitor administrator"], weeklyCapacityHours: 6 });
    await expect(r.workingGroup.removeMember(member)).rejects.toBeInstanceOf(ConflictError);
    await r.workingGroup.removeMember({ itemId: member.itemId, etag });
    expect((await r.workingGroup.getMembers()).some((m) => m.itemId === member.itemId)).toBe(false);

    const webinar = (await r.local.getRows()).find((row) => row.task.kind === "webinar")!;
    const attendance = await r.attendance.addAttendance({ taskId: webinar.task.id, personEmail: newcomer.email });
    expect((await r.attendance.getAttendance()).map((a) => a.value)).toContainEqual({ taskId: webinar.task.id, personEmail: newcomer.email });
    await r.attendance.removeAttendance(attendance);
    expect((await r.attendance.getAttendance()).some((a) => a.itemId === attendance.itemId)).toBe(false);
  });
});
