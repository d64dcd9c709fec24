/** KLIK import: several exports parsed one by one; the good ones written to KOMBIT's Planer, never duplicated. */
import * as fs from "fs";
import * as path from "path";
import type { PlanData } from "../../../src/domain/model";
import { KlikParseError } from "../../../src/domain/errors";
import { AccessDeniedError } from "../../../src/data/errors";
import { createMemoryMasterPlanWriter, createMemoryRepositories } from "../../../src/data/memory";
import { DuplicateInImportError, importKlikTasks, parseExports, UnknownPredecessorError } from "../../../src/data/klikImport";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require("../../../samples/ky-boelge-5.json") as PlanData;

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, "../../fixtures/klik", name), "utf8");
const OA12 = fixture("OA12-udpeg-ky-systemansvarlig.txt");
const IN31 = fixture("IN31-etabler-oir-integrationer.txt");

describe("parseExports", () => {
  it("parses two exports pasted together", () => {
    const parsed = parseExports(`${OA12}\n\n${IN31}`);
    expect(parsed.map((p) => p.ok && p.task.id)).toEqual([512, 547]);
    expect(parsed.map((p) => p.ok && p.task.code)).toEqual(["OA 12", "IN 31"]);
  });

  it("a bad export gets its error with the line in the whole text; the good one is still parsed", () => {
    const broken = OA12.replace("Slutdato (fra Go-Live)\t-180", "Slutdato (fra Go-Live)\tmidt i maj");
    const text = `${IN31}\n${broken}`;
    const parsed = parseExports(text);
    expect(parsed[0].ok).toBe(true);
    const bad = parsed[1];
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toBeInstanceOf(KlikParseError);
    expect(bad.error.field).toBe("Slutdato (fra Go-Live)");
    const lines = text.split("\n");
    expect(lines[bad.error.line - 1]).toContain("midt i maj");
  });

  it("empty text gives nothing to import", () => {
    expect(parseExports("  \n\n")).toEqual([]);
  });
});

describe("importKlikTasks", () => {
  function setup(canEdit = true) {
    const repos = createMemoryRepositories(sample);
    const writer = createMemoryMasterPlanWriter(repos.tables.tasks, { canEdit: () => canEdit });
    return { repos, writer };
  }

  it("an existing task (same Master-opgave ID) is updated, not duplicated; a second import again updates", async () => {
    const { repos, writer } = setup();
    const tasks = parseExports(`${OA12}\n${IN31}`).flatMap((p) => (p.ok ? [p.task] : []));
    const before = repos.tables.tasks.all().length;
    const first = await importKlikTasks(repos.master, writer, tasks);
    expect(first.map((o) => o.ok && o.action)).toEqual(["updated", "updated"]);
    const second = await importKlikTasks(repos.master, writer, tasks);
    expect(second.map((o) => o.ok && o.action)).toEqual(["updated", "updated"]);
    expect(repos.tables.tasks.all()).toHaveLength(before);
    const oa12 = repos.tables.tasks.all().filter((s) => s.value.id === 512);
    expect(oa12).toHaveLength(1);
    expect(oa12[0]?.value.title).toBe(tasks[0].title);
    expect(oa12[0].etag).toBe('"3"');
  });

  it("a new task is added once; new tasks may depend on each other; an unknown predecessor is reported", async () => {
    const { repos, writer } = setup();
    const [base] = parseExports(OA12).map((p) => (p.ok ? p.task : undefined));
    const a = { ...base!, id: 990001, code: "NY 1", predecessors: [990002] };
    const b = { ...base!, id: 990002, code: "NY 2", predecessors: [512] };
    const c = { ...base!, id: 990003, code: "NY 3", predecessors: [424242] };
    const outcomes = await importKlikTasks(repos.master, writer, [a, b, c]);
    expect(outcomes.map((o) => o.ok && o.action)).toEqual(["added", "added", false]);
    const failed = outcomes[2];
    expect(!failed.ok && failed.error).toBeInstanceOf(UnknownPredecessorError);
    expect((await repos.master.getTasks()).filter((s) => s.value.id === 990001).map((s) => s.value.predecessors)).toEqual([[990002]]);
    const again = await importKlikTasks(repos.master, writer, [a]);
    expect(again[0]).toMatchObject({ ok: true, action: "updated" });
    expect(repos.tables.tasks.all().filter((s) => s.value.id === 990001)).toHaveLength(1);
  });

  it("the same ID twice in one paste is refused for both; a reader gets AccessDeniedError per task", async () => {
    const { repos, writer } = setup();
    const [task] = parseExports(OA12).map((p) => (p.ok ? p.task : undefined));
    const dup = await importKlikTasks(repos.master, writer, [task!, { ...task!, title: "Anden udgave" }]);
    expect(dup.every((o) => !o.ok && o.error instanceof DuplicateInImportError)).toBe(true);
    const reader = setup(false);
    const denied = await importKlikTasks(reader.repos.master, reader.writer, [task!]);
    expect(!denied[0].ok && denied[0].error).toBeInstanceOf(AccessDeniedError);
  });
});
