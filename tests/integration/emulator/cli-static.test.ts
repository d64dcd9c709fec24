/**
 * The CLI prints one line per site and stops on Ctrl-C keeping its data; static routes serve the
 * demo page same-origin with the REST API, with the right content types.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { startTestEmulator, tempDataFile } from "./support";

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface RunningCli { urls: string[]; stop(): Promise<number | null> }

/** Start the CLI on a free port; resolves when it has printed both site URLs. */
async function startCli(dataFile: string, args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [path.join(ROOT, "tools/emulator/cli.js"), ...args, "--port", "0"], {
    env: { ...process.env, EMULATOR_DATA_FILE: dataFile }, stdio: ["ignore", "pipe", "pipe"]
  });
  let out = "";
  const urls = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not print its sites: ${out}`)), 10000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+\/sites\/[\w-]+/g) || [];
      if (found.length >= 2) { clearTimeout(timer); resolve(found); }
    });
    child.on("exit", (code) => reject(new Error(`CLI exited early (${code}): ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { urls, stop: async () => { child.kill("SIGINT"); return exited; } };
}

async function noteOf(siteUrl: string): Promise<string | null> {
  const res = await fetch(`${siteUrl}/_api/web/lists/getbytitle('Planer')/items(1)?$select=OirNote`, { headers: { Accept: "application/json" } });
  return ((await res.json()) as { OirNote: string | null }).OirNote;
}

describe("emulator CLI", () => {
  it("prints a line per site, keeps edits across restarts and restores the seed with --reset", async () => {
    const dataFile = tempDataFile();
    let cli = await startCli(dataFile, ["--reset"]);
    expect(cli.urls.map((u) => new URL(u).pathname)).toEqual(["/sites/kombit-ky", "/sites/eksempelkommune"]);
    const site = cli.urls[1];
    const seeded = await noteOf(site);
    const digestRes = await fetch(`${site}/_api/contextinfo`, { method: "POST", headers: { Accept: "application/json" } });
    const { FormDigestValue } = (await digestRes.json()) as { FormDigestValue: string };
    const merge = await fetch(`${site}/_api/web/lists/getbytitle('Planer')/items(1)`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", "X-HTTP-Method": "MERGE", "IF-Match": "*", "X-RequestDigest": FormDigestValue },
      body: JSON.stringify({ OirNote: "Redigeret via CLI" })
    });
    expect(merge.status).toBe(204);
    expect(await cli.stop()).toBe(0);
    expect(JSON.parse(fs.readFileSync(dataFile, "utf8")).sites.municipality.path).toBe("/sites/eksempelkommune");

    cli = await startCli(dataFile, []);
    expect(await noteOf(cli.urls[1])).toBe("Redigeret via CLI");
    expect(await cli.stop()).toBe(0);

    cli = await startCli(dataFile, ["--reset"]);
    expect(await noteOf(cli.urls[1])).toBe(seeded);
    expect(await cli.stop()).toBe(0);
  });
});

describe("emulator static routes", () => {
  it("serves the demo files with their content types next to /_api", async () => {
    const emu = await startTestEmulator({ staticRoutes: { "/demo/": path.join(__dirname, "fixtures", "static") } });
    try {
      const page = await fetch(`${emu.url}/demo/`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await page.text()).toContain("<title>demo</title>");
      expect((await fetch(`${emu.url}/demo/app.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect((await fetch(`${emu.url}/demo/fonts/icons.woff2`)).headers.get("content-type")).toBe("font/woff2");
      expect((await fetch(`${emu.url}/demo/missing.css`)).status).toBe(404);
      expect((await fetch(`${emu.url}/demo/..%2f..%2fsupport.ts`)).status).toBe(403);
    } finally {
      await emu.close();
    }
  });
});
