/**
 * "Opdatér fra KOMBIT" over the in-memory repositories: new, changed (field by field) and
 * withdrawn rows; local edits kept; dependencies pulled in; a conflict reported per row; idempotent.
 */
import type { KlikTask, PlanData } from "../../../src/domain/model";
import { ConflictError } from "../../../src/data/errors";
import { createMemoryRepositories, MemoryRepositories } from "../../../src/data/memory";
import { applySyncChoices, createLocalPlan, defaultChoices, isInSync, MissingPredecessorError, previewSync, WITHDRAWN_STATUS } from "../../../src/data/sync";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require("../../../samples/ky-boelge-5.json") as PlanData;

const WAVE = "KY - Bølge 5";

function masterItemId(repos: MemoryRepositories, taskId: number): number {
  const found = repos.tables.tasks.all().find((s) => s.value.id === taskId);
  if (!found) throw new Error(`no master ${taskId}`);
  return found.itemId;
}

function newTask(base: KlikTask, id: number, code: string, predecessors: number[] = []): KlikTask {
  return { ...base, id, code, title: `Ny opgave ${code}`, predecessors, version: 1 };
}

describe("previewSync and applySyncChoices", () => {
  it("a freshly copied plan is in sync", async () => {
    const repos = createMemoryRepositories(sample);
    const preview = await previewSync(repos, WAVE);
    expect(isInSync(preview)).toBe(true);
  });

  it("finds new, changed (field by field) and withdrawn rows; applies them without touching local fields; a second run finds nothing", async () => {
    const repos = createMemoryRepositories(sample);
    const pl12 = masterItemId(repos, 519);
    repos.tables.tasks.editAsSomeoneElse(pl12, (t) => ({ ...t, title: "Planlæg kommunens ØiR implementering (rev.)", effortDays: 7 }));
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990001, "NY 1", [519]));
    const oa13 = masterItemId(repos, 513);
    repos.tables.tasks.editAsSomeoneElse(oa13, (t) => ({ ...t, waves: ["KY - Bølge 6"] }));
    const localPl12 = (await repos.local.getRows()).find((r) => r.task.id === 519)!;
    await repos.local.updateState(localPl12, { note: "Lokal note", localEnd: "2027-06-01", status: "started" });

    const preview = await previewSync(repos, WAVE);
    expect(preview.diff.added.map((t) => t.id)).toEqual([990001]);
    expect(preview.diff.changed).toEqual([
      {
        taskId: 519,
        fromVersion: 1,
        toVersion: 2,
        changes: [
          { field: "title", oldValue: localPl12.task.title, newValue: "Planlæg kommunens ØiR implementering (rev.)" },
          { field: "effortDays", oldValue: localPl12.task.effortDays, newValue: 7 }
        ]
      }
    ]);
    expect(preview.diff.withdrawn).toEqual([{ taskId: 513 }]);

    const result = await applySyncChoices(repos.local, preview, { ...defaultChoices(preview), markWithdrawn: [513] });
    expect(result).toEqual({ added: [990001], changed: [519], markedWithdrawn: [513], pulledIn: [], failed: [] });

    const rows = await repos.local.getRows();
    const pl12After = rows.find((r) => r.task.id === 519)!;
    expect(pl12After.task.title).toBe("Planlæg kommunens ØiR implementering (rev.)");
    expect(pl12After.task.effortDays).toBe(7);
    expect(pl12After.masterVersion).toBe(2);
    expect(pl12After.state).toMatchObject({ note: "Lokal note", localEnd: "2027-06-01", status: "started" });
    const added = rows.find((r) => r.task.id === 990001)!;
    expect(added).toMatchObject({ masterItemId: masterItemId(repos, 990001), masterVersion: 1, state: { status: "notStarted", note: "" } });
    expect(added.task.predecessors).toEqual([519]);
    expect(rows.find((r) => r.task.id === 513)!.task.publicationStatus).toBe(WITHDRAWN_STATUS);

    const again = await previewSync(repos, WAVE);
    expect(isInSync(again)).toBe(true);
    expect(again.alreadyMarked).toEqual([513]);
    expect(await applySyncChoices(repos.local, again, defaultChoices(again))).toEqual({ added: [], changed: [], markedWithdrawn: [], pulledIn: [], failed: [] });
  });

  it("a withdrawn row the user keeps stays as it was and is offered again", async () => {
    const repos = createMemoryRepositories(sample);
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 513), (t) => ({ ...t, waves: [] }));
    const preview = await previewSync(repos, WAVE);
    const before = (await repos.local.getRows()).find((r) => r.task.id === 513)!;
    const result = await applySyncChoices(repos.local, preview, defaultChoices(preview));
    expect(result.markedWithdrawn).toEqual([]);
    expect((await repos.local.getRows()).find((r) => r.task.id === 513)).toEqual(before);
    expect((await previewSync(repos, WAVE)).diff.withdrawn).toEqual([{ taskId: 513 }]);
  });

  it("a chosen new row pulls in the new row it depends on; a predecessor found nowhere is reported", async () => {
    const repos = createMemoryRepositories(sample);
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990001, "NY 1"));
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990002, "NY 2", [990001]));
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990003, "NY 3", [424242]));
    const preview = await previewSync(repos, WAVE);
    const result = await applySyncChoices(repos.local, preview, { added: [990002, 990003], changed: [], markWithdrawn: [] });
    expect(result.added.sort()).toEqual([990001, 990002]);
    expect(result.pulledIn).toEqual([990001]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ taskId: 990003, action: "add" });
    expect(result.failed[0].error).toBeInstanceOf(MissingPredecessorError);
  });

  it("a new row after one that cannot be written is not written either, and both are reported", async () => {
    const repos = createMemoryRepositories(sample);
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990001, "NY 1", [424242]));
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990002, "NY 2", [990001]));
    const preview = await previewSync(repos, WAVE);
    const result = await applySyncChoices(repos.local, preview, defaultChoices(preview));
    expect(result.added).toEqual([]);
    expect(result.failed.map((f) => [f.taskId, (f.error as MissingPredecessorError).predecessorId]).sort()).toEqual([[990001, 424242], [990002, 990001]]);
    expect((await repos.local.getRows()).some((r) => r.task.id >= 990001)).toBe(false);
  });

  it("a row edited after the preview is a conflict for that row only", async () => {
    const repos = createMemoryRepositories(sample);
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 519), (t) => ({ ...t, effortDays: 9 }));
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 512), (t) => ({ ...t, effortDays: 9 }));
    const preview = await previewSync(repos, WAVE);
    const pl12 = preview.localById.get(519)!;
    repos.tables.local.editAsSomeoneElse(pl12.itemId, (row) => ({ ...row, state: { ...row.state, note: "Rettet i listen" } }));
    const result = await applySyncChoices(repos.local, preview, defaultChoices(preview));
    expect(result.changed).toEqual([512]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0].taskId).toBe(519);
    expect(result.failed[0].error).toBeInstanceOf(ConflictError);
    expect((await repos.local.getRows()).find((r) => r.task.id === 519)!.state.note).toBe("Rettet i listen");
  });

  it("only the checked rows are applied", async () => {
    const repos = createMemoryRepositories(sample);
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 519), (t) => ({ ...t, effortDays: 9 }));
    repos.tables.tasks.seed(newTask(sample.tasks[0], 990001, "NY 1"));
    const preview = await previewSync(repos, WAVE);
    const result = await applySyncChoices(repos.local, preview, { added: [], changed: [], markWithdrawn: [] });
    expect(result).toEqual({ added: [], changed: [], markedWithdrawn: [], pulledIn: [], failed: [] });
    const again = await previewSync(repos, WAVE);
    expect(again.diff.added).toHaveLength(1);
    expect(again.diff.changed).toHaveLength(1);
  });
});

describe("createLocalPlan", () => {
  it("copies every master row of the wave into an empty local plan, after creating the lists", async () => {
    const empty: PlanData = { ...sample, tasks: [], local: [], bookings: [], attendance: [] };
    const repos = createMemoryRepositories(empty);
    for (const task of sample.tasks) repos.tables.tasks.seed({ ...task, version: 1 });
    const ensureLists = jest.fn(async () => ({ createdLists: ["Planer"], ok: true }));
    const result = await createLocalPlan(repos, WAVE, ensureLists);
    expect(ensureLists).toHaveBeenCalledTimes(1);
    expect(result.createdLists).toEqual(["Planer"]);
    expect(result.failed).toEqual([]);
    const wave5 = sample.tasks.filter((t) => t.waves.includes(WAVE));
    expect(result.added.sort()).toEqual(wave5.map((t) => t.id).sort());
    const rows = await repos.local.getRows();
    expect(rows.map((r) => r.task.id).sort()).toEqual(wave5.map((t) => t.id).sort());
    expect(isInSync(await previewSync(repos, WAVE))).toBe(true);
  });
});
