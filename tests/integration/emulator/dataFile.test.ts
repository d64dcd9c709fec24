/**
 * `npm start` and `npm run emulator` keep one data file (tools/emulator/dataFile.js): an edit made
 * while one runs is there when the other starts, and `--reset` of either restores the seed in it.
 * Run on a temp file (EMULATOR_DATA_FILE) and a temp repository root, never the developer's .local.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { tempDataFile } from "./support";

const ROOT = path.resolve(__dirname, "..", "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resolveDataFile, DEFAULT_RELATIVE, LEGACY_RELATIVE } = require("../../../tools/emulator/dataFile") as {
  resolveDataFile: (o?: { env?: Record<string, string | undefined>; root?: string }) => { dataFile: string; isDefault: boolean; movedFrom?: string };
  DEFAULT_RELATIVE: string;
  LEGACY_RELATIVE: string;
};

interface Running { output: string; municipality: string; stop(): Promise<number | null> }

/** Starts `script` with `args` on a free port; resolves once it has printed the municipality site. */
async function run(script: string, args: string[], dataFile: string): Promise<Running> {
  const child = spawn(process.execPath, [path.join(ROOT, script), ...args], {
    env: { ...process.env, EMULATOR_DATA_FILE: dataFile, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"]
  });
  let output = "";
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not print its URL: ${output}`)), 30000);
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
      // The CLI prints the sites, npm start the demo page; both live on the same origin.
      const url = /(http:\/\/127\.0\.0\.1:\d+)\/(?:sites\/eksempelkommune|demo\/)/.exec(output);
      if (url && /Data file: /.test(output)) {
        clearTimeout(timer);
        resolve(url[1]);
      }
    });
    void exited.then((code) => reject(new Error(`${script} exited early (${code}): ${output}`)));
  });
  const stop = async (): Promise<number | null> => {
    child.kill("SIGINT");
    return exited;
  };
  return { output, municipality: `${base}/sites/eksempelkommune`, stop };
}

async function noteOf(site: string): Promise<string | null> {
  const res = await fetch(`${site}/_api/web/lists/getbytitle('Planer')/items(1)?$select=OirNote`, { headers: { Accept: "application/json" } });
  return ((await res.json()) as { OirNote: string | null }).OirNote;
}

async function setNote(site: string, note: string): Promise<void> {
  const digest = await fetch(`${site}/_api/contextinfo`, { method: "POST", headers: { Accept: "application/json" } });
  const { FormDigestValue } = (await digest.json()) as { FormDigestValue: string };
  const res = await fetch(`${site}/_api/web/lists/getbytitle('Planer')/items(1)`, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json", "X-HTTP-Method": "MERGE", "IF-Match": "*", "X-RequestDigest": FormDigestValue },
    body: JSON.stringify({ OirNote: note })
  });
  expect(res.status).toBe(204);
}

describe("the emulator's data file", () => {
  it("is .local/emulator/data.json by default, EMULATOR_DATA_FILE when set", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "oir-root-"));
    try {
      expect(DEFAULT_RELATIVE).toBe(path.join(".local", "emulator", "data.json"));
      expect(resolveDataFile({ env: {}, root })).toEqual({ dataFile: path.join(root, ".local", "emulator", "data.json"), isDefault: true });
      expect(resolveDataFile({ env: { EMULATOR_DATA_FILE: "/tmp/x/data.json" }, root })).toEqual({ dataFile: "/tmp/x/data.json", isDefault: false });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("takes over the file an older npm start wrote, once, and never overwrites the current one", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "oir-root-"));
    try {
      const legacy = path.join(root, LEGACY_RELATIVE);
      const current = path.join(root, DEFAULT_RELATIVE);
      fs.mkdirSync(path.dirname(legacy), { recursive: true });
      fs.writeFileSync(legacy, '{"from":"npm start"}');
      expect(resolveDataFile({ env: {}, root })).toEqual({ dataFile: current, isDefault: true, movedFrom: legacy });
      expect(fs.readFileSync(current, "utf8")).toBe('{"from":"npm start"}');
      expect(fs.existsSync(legacy)).toBe(false);
      // A legacy file beside an existing current one is left alone (the current one wins).
      fs.writeFileSync(legacy, '{"from":"old"}');
      expect(resolveDataFile({ env: {}, root })).toEqual({ dataFile: current, isDefault: true });
      expect(fs.readFileSync(current, "utf8")).toBe('{"from":"npm start"}');
      // With EMULATOR_DATA_FILE nothing in the repository is touched.
      expect(resolveDataFile({ env: { EMULATOR_DATA_FILE: path.join(root, "t.json") }, root }).movedFrom).toBeUndefined();
      expect(fs.existsSync(legacy)).toBe(true);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("is shared by npm start and npm run emulator: an edit in one is in the other, --reset of the CLI resets the demo's data", async () => {
    const dataFile = tempDataFile();
    let cli = await run("tools/emulator/cli.js", ["--reset"], dataFile);
    expect(cli.output).toContain(`Data file: ${dataFile} (reset to the seed)`);
    const seeded = await noteOf(cli.municipality);
    await setNote(cli.municipality, "Skrevet mens emulatoren kørte alene");
    expect(await cli.stop()).toBe(0);

    const start = await run("tools/start.js", [], dataFile);
    expect(start.output).toContain(`Data file: ${dataFile} (--reset restores the seed)`);
    expect(await noteOf(start.municipality)).toBe("Skrevet mens emulatoren kørte alene");
    await setNote(start.municipality, "Skrevet på demosiden");
    expect(await start.stop()).toBe(0);

    cli = await run("tools/emulator/cli.js", [], dataFile);
    expect(await noteOf(cli.municipality)).toBe("Skrevet på demosiden");
    expect(await cli.stop()).toBe(0);
    cli = await run("tools/emulator/cli.js", ["--reset"], dataFile);
    expect(await cli.stop()).toBe(0);

    const afterReset = await run("tools/start.js", [], dataFile);
    expect(await noteOf(afterReset.municipality)).toBe(seeded);
    expect(await afterReset.stop()).toBe(0);
  }, 90000);
});
