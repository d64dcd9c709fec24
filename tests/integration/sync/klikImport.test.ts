/**
 * KLIK import with real PnPjs against the emulator: the two sample exports written to KOMBIT's
 * Planer by its plan administrator (existing tasks updated by Master-opgave ID, never duplicated),
 * a new task added once and updated on the next import; a municipality user may not write.
 */
import * as fs from "fs";
import * as path from "path";
import { AccessDeniedError } from "../../../src/data/errors";
import { importKlikTasks, parseExports } from "../../../src/data/klikImport";
import { PnpMasterPlanRepository } from "../../../src/data/pnp/masterPlanRepository";
import { PnpMasterPlanWriter } from "../../../src/data/pnp";
import { resolveListTitles } from "../../../src/data/listTitles";
import type { KlikTask } from "../../../src/domain/model";
import { spFor, startTestEmulator, stopTestEmulator } from "../data/support";

jest.setTimeout(60000);

const ADMIN = "planadmin@kombit.example";
const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, "../../fixtures/klik", name), "utf8");
const pasted = `${fixture("OA12-udpeg-ky-systemansvarlig.txt")}\n\n${fixture("IN31-etabler-oir-integrationer.txt")}`;

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

function kombit(user: string) {
  const sp = spFor(running!.emu.sites.kombit, { user });
  const titles = resolveListTitles();
  return { master: new PnpMasterPlanRepository(sp, titles), writer: new PnpMasterPlanWriter(sp, titles.masterPlan) };
}

function parsedTasks(text: string): KlikTask[] {
  return parseExports(text).map((p) => {
    if (!p.ok) throw p.error;
    return p.task;
  });
}

describe("KLIK import against the emulator", () => {
  it("the two sample exports update the existing rows (same Master-opgave ID), no duplicates, again on a second import", async () => {
    const { master, writer } = kombit(ADMIN);
    expect(await writer.canEdit()).toBe(true);
    const tasks = parsedTasks(pasted);
    expect(tasks.map((t) => t.id)).toEqual([512, 547]);
    const before = await master.getTasks();
    const first = await importKlikTasks(master, writer, tasks);
    expect(first.map((o) => (o.ok ? o.action : o.error.message))).toEqual(["updated", "updated"]);
    const second = await importKlikTasks(master, writer, tasks);
    expect(second.map((o) => (o.ok ? o.action : o.error.message))).toEqual(["updated", "updated"]);
    const after = await master.getTasks();
    expect(after).toHaveLength(before.length);
    const oa12 = after.filter((m) => m.value.id === 512);
    expect(oa12).toHaveLength(1);
    // Stored losslessly: method steps with their sub-bullet lines, comments with their time of day.
    expect(tasks[0].methodSteps.some((step) => step.includes("\n- "))).toBe(true);
    expect(tasks[0].comments.some((c) => c.time === "10:41")).toBe(true);
    const { version: _version, ...imported } = tasks[0];
    expect(oa12[0].value).toMatchObject(imported);
    expect(oa12[0].value.methodSteps).toEqual(tasks[0].methodSteps);
    expect(oa12[0].value.comments).toEqual(tasks[0].comments);
    expect(oa12[0].itemId).toBe(before.find((m) => m.value.id === 512)!.itemId);
  });

  it("a new task is added, and importing it again (a duplicate) updates that row", async () => {
    const emu = running!.emu;
    const { master, writer } = kombit(ADMIN);
    const text = fixture("OA12-udpeg-ky-systemansvarlig.txt").replace(/\b512\b/g, "990512").replace(/OA 12/g, "OA 99");
    const [task] = parsedTasks(text);
    const count = (await master.getTasks()).length;
    const [added] = await importKlikTasks(master, writer, [task]);
    expect(added).toMatchObject({ ok: true, action: "added" });
    const [dup] = await importKlikTasks(master, writer, [{ ...task, title: "Udpeg KY-systemansvarlig (rettet)" }]);
    expect(dup).toMatchObject({ ok: true, action: "updated", itemId: added.ok ? added.itemId : -1 });
    const rows = (await master.getTasks()).filter((m) => m.value.id === 990512);
    expect(rows).toHaveLength(1);
    expect(rows[0].value.title).toBe("Udpeg KY-systemansvarlig (rettet)");
    expect((await master.getTasks()).length).toBe(count + 1);
    expect(emu.getItem("kombit", "Planer", rows[0].itemId)!.values.OirMasterId).toBe(990512);
  });

  it("a municipality user cannot write KOMBIT's plan: AccessDeniedError per task, nothing written", async () => {
    const emu = running!.emu;
    const { master, writer } = kombit(emu.state.defaultUser);
    expect(await writer.canEdit()).toBe(false);
    const tasks = parsedTasks(pasted);
    const outcomes = await importKlikTasks(master, writer, tasks);
    expect(outcomes.every((o) => !o.ok && o.error instanceof AccessDeniedError)).toBe(true);
  });
});
