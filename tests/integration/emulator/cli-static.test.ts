/**
 * The CLI prints one line per site and stops on Ctrl-C keeping its data; static routes serve the
 * demo page same-origin with the REST API, with the right content types.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { startTestEmulator, tempDataFile } from "./support";

const ROOT = path.resolve(__dirname, "..", "..", "..");

describe("emulator CLI", () => {
  it("prints a line per site with its URL and flushes its data file on SIGINT", async () => {
    const dataFile = tempDataFile();
    const child = spawn(process.execPath, [path.join(ROOT, "tools/emulator/cli.js"), "--reset", "--port", "0"], {
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
    expect(urls.map((u) => new URL(u).pathname)).toEqual(["/sites/kombit-ky", "/sites/eksempelkommune"]);
    const web = await fetch(`${urls[1]}/_api/web`, { headers: { Accept: "application/json" } });
    expect(web.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(JSON.parse(fs.readFileSync(dataFile, "utf8")).sites.municipality.path).toBe("/sites/eksempelkommune");
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
