/**
 * "Opdatér fra KOMBIT" and "Opret lokal tidsplan" with real PnPjs over real HTTP against the
 * emulator: KOMBIT changes its plan, the municipality previews and applies; local edits survive;
 * a second run finds nothing to do. And the command set's bulk status with a concurrent editor.
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import { ConflictError } from "../../../src/data/errors";
import { createPnpRepositories } from "../../../src/data/pnp";
import type { ListSchema } from "../../../src/data/schema/listSchema";
import { applySyncChoices, createLocalPlan, defaultChoices, isInSync, previewSync, WITHDRAWN_STATUS } from "../../../src/data/sync";
import { ensureLocalLists } from "../../../src/data/sync/ensureLocalLists";
import { statusChangesFor, statusOutcome } from "../../../src/extensions/planerCommandSet/statusChanges";
import { spFor, startTestEmulator, stopTestEmulator } from "../data/support";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as ListSchema;

jest.setTimeout(60000);

const WAVE = "KY - Bølge 5";
let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

function repos(lists?: { localPlan: string }) {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality), lists });
}

describe("Opret lokal tidsplan against the emulator", () => {
  it("a site owner creates the missing Planer list and gets every row of the wave with predecessors", async () => {
    const emu = running!.emu;
    const lists = { localPlan: "Planer 2028" };
    const r = repos(lists);
    const result = await createLocalPlan(r, WAVE, () => ensureLocalLists(spFor(emu.sites.municipality), schema, lists));
    expect(result.createdLists).toEqual(["Planer 2028"]);
    expect(result.failed).toEqual([]);
    const wave = (await r.master.getTasks()).filter((m) => m.value.waves.includes(WAVE));
    expect(result.added.sort()).toEqual(wave.map((m) => m.value.id).sort());
    const rows = await r.local.getRows();
    const pl12 = rows.find((row) => row.task.id === 519)!;
    expect(pl12.task.predecessors).toEqual(wave.find((m) => m.value.id === 519)!.value.predecessors);
    expect(isInSync(await previewSync(r, WAVE))).toBe(true);
  });
});

describe("Opdatér fra KOMBIT against the emulator", () => {
  it("new, changed and withdrawn rows; local edits kept; idempotent second run", async () => {
    const emu = running!.emu;
    const r = repos();
    expect(isInSync(await previewSync(r, WAVE))).toBe(true);

    const master = await r.master.getTasks();
    const byId = (id: number) => master.find((m) => m.value.id === id)!;
    // KOMBIT revises PL 12, takes OA 13 out of wave 5 and publishes a new task after PL 12.
    emu.faults.concurrentEdit({ site: "kombit", list: "Planer", itemId: byId(519).itemId, changes: { Title: "Planlæg kommunens ØiR implementering (revideret)", OirEffortDays: 8 }, when: "now" });
    emu.faults.concurrentEdit({ site: "kombit", list: "Planer", itemId: byId(513).itemId, changes: { OirWaves: "KY - Bølge 6" }, when: "now" });
    const [newItemId] = emu.seedItems("kombit", "Planer", [
      { Title: "Ny opgave fra KOMBIT", OirMasterId: 990001, OirCode: "NY 1", OirKind: "Opgave", OirWaves: WAVE, OirPublicationStatus: "Publiceret", OirPredecessorsId: [byId(519).itemId] }
    ]);
    // Meanwhile the municipality edits PL 12 in its own list.
    const localPl12 = (await r.local.getRows()).find((row) => row.task.id === 519)!;
    await r.local.updateState(localPl12, { note: "Aftalt på arbejdsgruppemødet", localEnd: "2027-05-28", status: "started" });

    const preview = await previewSync(r, WAVE);
    expect(preview.diff.added.map((t) => t.id)).toEqual([990001]);
    expect(preview.diff.changed.map((c) => [c.taskId, c.changes.map((f) => [f.field, f.newValue])])).toEqual([
      [519, [["title", "Planlæg kommunens ØiR implementering (revideret)"], ["effortDays", 8]]]
    ]);
    expect(preview.diff.withdrawn).toEqual([{ taskId: 513 }]);

    const result = await applySyncChoices(r.local, preview, { ...defaultChoices(preview), markWithdrawn: [513] });
    expect(result).toEqual({ added: [990001], changed: [519], markedWithdrawn: [513], pulledIn: [], failed: [] });

    const rows = await r.local.getRows();
    const pl12 = rows.find((row) => row.task.id === 519)!;
    const stored = emu.getItem("municipality", "Planer", pl12.itemId)!;
    expect(stored.values).toMatchObject({ Title: "Planlæg kommunens ØiR implementering (revideret)", OirEffortDays: 8, OirNote: "Aftalt på arbejdsgruppemødet", OirStatus: "Påbegyndt" });
    expect(pl12.state.localEnd).toBe("2027-05-28");
    expect(pl12.masterVersion).toBe(preview.diff.changed[0].toVersion);
    const added = rows.find((row) => row.task.id === 990001)!;
    expect(added).toMatchObject({ masterItemId: newItemId, state: { status: "notStarted" } });
    expect(emu.getItem("municipality", "Planer", added.itemId)!.values.OirPredecessors).toEqual([pl12.itemId]);
    expect(rows.find((row) => row.task.id === 513)!.task.publicationStatus).toBe(WITHDRAWN_STATUS);

    const again = await previewSync(r, WAVE);
    expect(isInSync(again)).toBe(true);
    expect(await applySyncChoices(r.local, again, defaultChoices(again))).toEqual({ added: [], changed: [], markedWithdrawn: [], pulledIn: [], failed: [] });
  });

  it("a local row edited in the list between preview and apply is a conflict for that row, not an overwrite", async () => {
    const emu = running!.emu;
    const r = repos();
    const master = await r.master.getTasks();
    const pl10 = master.find((m) => m.value.id === 501)!;
    emu.faults.concurrentEdit({ site: "kombit", list: "Planer", itemId: pl10.itemId, changes: { OirEffortDays: 11 }, when: "now" });
    const preview = await previewSync(r, WAVE);
    const local = preview.localById.get(501)!;
    emu.faults.concurrentEdit({ list: "Planer", itemId: local.itemId, changes: { OirNote: "Rettet direkte i listen" } });
    const result = await applySyncChoices(r.local, preview, defaultChoices(preview));
    expect(result.changed).toEqual([]);
    expect(result.failed.map((f) => f.taskId)).toEqual([501]);
    expect(result.failed[0].error).toBeInstanceOf(ConflictError);
    expect(emu.getItem("municipality", "Planer", local.itemId)!.values.OirNote).toBe("Rettet direkte i listen");
    // Read again and apply: now it lands, and the note stays.
    const retry = await previewSync(r, WAVE);
    expect((await applySyncChoices(r.local, retry, defaultChoices(retry))).changed).toEqual([501]);
    expect(emu.getItem("municipality", "Planer", local.itemId)!.values).toMatchObject({ OirEffortDays: 11, OirNote: "Rettet direkte i listen" });
  });
});

describe("command set: bulk status against the emulator", () => {
  it("one item changed by someone else is reported as a conflict; the others are saved", async () => {
    const emu = running!.emu;
    const r = repos();
    const rows = (await r.local.getRows()).slice(0, 3);
    const selected = rows.map((row) => ({ itemId: row.itemId, title: row.task.title, version: Number(row.etag.replace(/"/g, "")) }));
    emu.faults.concurrentEdit({ list: "Planer", itemId: rows[1].itemId, changes: { OirNote: "Rettet af en kollega" } });
    const { changes, refused } = statusChangesFor(selected, "completed");
    const results = await r.local.updateStates(changes.map((c) => ({ ref: c.ref, changes: c.changes })));
    const outcome = statusOutcome(changes, results, refused);
    expect(outcome.saved.map((s) => s.itemId)).toEqual([rows[0].itemId, rows[2].itemId]);
    expect(outcome.failed.map((f) => f.row.itemId)).toEqual([rows[1].itemId]);
    expect(outcome.failed[0].error).toBeInstanceOf(ConflictError);
    expect(emu.getItem("municipality", "Planer", rows[0].itemId)!.values.OirStatus).toBe("Fuldført");
    expect(emu.getItem("municipality", "Planer", rows[1].itemId)!.values).toMatchObject({ OirNote: "Rettet af en kollega" });
    expect(emu.getItem("municipality", "Planer", rows[1].itemId)!.values.OirStatus).not.toBe("Fuldført");
  });
});
