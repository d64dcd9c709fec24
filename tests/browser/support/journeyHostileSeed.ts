/**
 * A private emulator for the security spec, seeded from the sample plan with the XSS corpus
 * (tests/security/xss-payloads.json) in task titles, rich descriptions, goals, method steps,
 * notes and people's names — SharePoint would hold such text when KOMBIT's list or a user
 * profile carries it, so it is there before the page loads.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../../..");

export interface Payload {
  id: string;
  payload: string;
}

export function xssPayloads(): Payload[] {
  const corpus = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/security/xss-payloads.json"), "utf8")) as { payloads: Payload[] };
  return corpus.payloads;
}

interface SamplePerson {
  email: string;
  displayName: string;
}
interface SampleTask {
  id: number;
  code: string;
  title: string;
  waves?: string[];
  goal: string;
  descriptionHtml: string;
  methodSteps: string[];
  result: string;
}
interface SampleLocal {
  taskId: number;
  note?: string;
  responsible?: SamplePerson;
  performer?: SamplePerson;
  status?: string;
}
interface Sample {
  users: SamplePerson[];
  tasks: SampleTask[];
  local: SampleLocal[];
  workingGroup: { person: SamplePerson }[];
}

/** What the page is expected to show as plain text: task code → its hostile title. */
export interface HostileSeed {
  seedFile: string;
  titles: Map<string, string>;
  names: Map<string, string>;
  cleanup: () => void;
}

export function writeHostileSeed(payloads: Payload[]): HostileSeed {
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, "samples/ky-boelge-5.json"), "utf8")) as Sample;
  const at = (i: number): string => payloads[i % payloads.length].payload;
  const titles = new Map<string, string>();
  const waveTasks = sample.tasks.filter((t) => !t.waves || t.waves.includes("KY - Bølge 5"));
  waveTasks.forEach((task, i) => {
    task.title = `${task.title.slice(0, 20)} ${at(i)}`;
    titles.set(task.code, task.title);
    task.goal = `Mål ${at(i + 1)}`;
    task.result = `Resultat ${at(i + 2)}`;
    task.methodSteps = [`Trin ${at(i + 3)}`, ...task.methodSteps.slice(0, 1)];
    // Rich HTML: every payload raw in PL 12's description, one each elsewhere.
    task.descriptionHtml = task.code === "PL 12" ? payloads.map((p) => `<p>${p.payload}</p>`).join("") : `<p>Beskrivelse</p>${at(i + 4)}`;
  });

  const names = new Map<string, string>();
  const rename = (person: SamplePerson | undefined): void => {
    if (person && names.has(person.email)) person.displayName = names.get(person.email) ?? person.displayName;
  };
  sample.users.forEach((user, i) => {
    names.set(user.email, `${user.displayName.split(" ")[0]} ${at(i + 5)}`);
    rename(user);
  });
  sample.workingGroup.forEach((m) => rename(m.person));
  const local = new Map(sample.local.map((l) => [l.taskId, l]));
  waveTasks.forEach((task, i) => {
    const state = local.get(task.id) ?? { taskId: task.id };
    state.note = `Note ${at(i + 6)}`;
    rename(state.responsible);
    rename(state.performer);
    local.set(task.id, state);
  });
  sample.local = [...local.values()];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oir-xss-"));
  const seedFile = path.join(dir, "hostile-sample.json");
  fs.writeFileSync(seedFile, JSON.stringify(sample));
  return { seedFile, titles, names, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

interface Emulator {
  url: string;
  close(): Promise<void> | void;
}

/** An emulator of its own, serving the demo page built by globalSetup, seeded with `seedFile`. */
export async function startHostileEmulator(seedFile: string): Promise<{ url: string; close: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmulator } = require("../../../tools/emulator") as {
    startEmulator: (o: Record<string, unknown>) => Promise<Emulator>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OUT_DIR } = require("../../../tools/demo/build") as { OUT_DIR: string };
  const dataDir = path.dirname(seedFile);
  const emulator = await startEmulator({
    port: 0,
    dataFile: path.join(dataDir, "emulator-data.json"),
    seedFile,
    reset: true,
    staticRoutes: { "/demo/": OUT_DIR }
  });
  return { url: emulator.url.replace(/\/$/, ""), close: async () => emulator.close() };
}
