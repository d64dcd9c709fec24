/**
 * The emulator's flavours: SharePoint Online (default) and SharePoint Server 2019. Each sends its
 * product's MicrosoftSharePointTeamServices header (16.0.0.<build>) and contextinfo LibraryVersion,
 * read here with real PnPjs and by the data layer's readFarmInfo; 2019 stores view and column
 * formats as SharePoint does (no error) and the rendering record says what a 2019 page shows.
 * Selected by startEmulator({ flavor }), OIR_EMULATOR_FLAVOR, or the CLI's --flavor.
 */
import { spawn } from "child_process";
import * as path from "path";
import "@pnp/sp/fields";
import "@pnp/sp/views";
import "@pnp/sp/context-info";
import { readFarmInfo } from "../../../src/data/pnp/farmVersion";
import { PLANER_STATUS_FORMAT, PLANER_STATUS_FORMAT_BASIC, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";
import { digest, Emulator, pnp, rawFetch, startTestEmulator, tempDataFile } from "./support";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const EXPECTED = {
  online: { header: "16.0.0.25814", libraryVersion: "16.0.25814.12003", webTemplate: "GROUP" },
  sp2019: { header: "16.0.0.10337", libraryVersion: "16.0.10337.12109", webTemplate: "STS" }
} as const;

describe.each(["online", "sp2019"] as const)("emulator flavour %s", (flavor) => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator({ flavor }); });
  afterAll(async () => { await emu.close(); });

  it("answers contextinfo with its LibraryVersion and every API response with its MicrosoftSharePointTeamServices header", async () => {
    expect(emu.flavor).toBe(flavor);
    const sp = pnp(emu.sites.municipality);
    expect((await sp.web.getContextInfo()).LibraryVersion).toBe(EXPECTED[flavor].libraryVersion);
    const web = await rawFetch(`${emu.sites.municipality}/_api/web?$select=WebTemplate`);
    expect(web.headers.get("MicrosoftSharePointTeamServices")).toBe(EXPECTED[flavor].header);
    expect(((await web.json()) as { WebTemplate: string }).WebTemplate).toBe(EXPECTED[flavor].webTemplate);
    const missing = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Findes ikke')`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("MicrosoftSharePointTeamServices")).toBe(EXPECTED[flavor].header);
    const batch = await rawFetch(`${emu.sites.municipality}/_api/$batch`, {
      method: "POST",
      headers: { "Content-Type": "multipart/mixed; boundary=batch_1", "X-RequestDigest": await digest(emu.sites.municipality) },
      body: `--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${emu.sites.municipality}/_api/web/title HTTP/1.1\r\nAccept: application/json\r\n\r\n--batch_1--\r\n`
    });
    expect(batch.status).toBe(200);
    expect(batch.headers.get("MicrosoftSharePointTeamServices")).toBe(EXPECTED[flavor].header);
  });

  it("the data layer reads the farm once per site and classifies it; writes through the same client still get their digest", async () => {
    const sp = pnp(emu.sites.municipality);
    const before = emu.requestLog.entries.length;
    const first = await readFarmInfo(sp, flavor === "online" ? { sharePointOnline: true } : {});
    const again = await readFarmInfo(sp, flavor === "online" ? { sharePointOnline: true } : {});
    expect(again).toEqual(first);
    const contextInfoCalls = emu.requestLog.entries.slice(before).filter((e) => e.path.endsWith("/_api/contextinfo"));
    expect(contextInfoCalls).toHaveLength(1);
    if (flavor === "online") {
      expect(first).toMatchObject({ product: "sharePointOnline", version: "16.0.25814.12003", capabilities: { viewFormatting: true, excelStyleColumnFormatting: true } });
    } else {
      expect(first).toMatchObject({ product: "server2019", version: "16.0.10337.12109", capabilities: { supported: true, columnFormatting: true, viewFormatting: false, excelStyleColumnFormatting: false } });
    }
    // The version read must not leave "no digest" behind on the client: a write still succeeds.
    const added = await sp.web.lists.getByTitle("Arbejdsgruppe").items.add({ Title: `Efter versionen (${flavor})` });
    expect(added).toBeTruthy();
  });

  it("stores view and column formats without an error, and records what a page of this flavour shows", async () => {
    const planer = pnp(emu.sites.municipality).web.lists.getByTitle("Planer");
    await planer.defaultView.update({ CustomFormatter: JSON.stringify(PLANER_VIEW_FORMAT) });
    await planer.fields.getByInternalNameOrTitle("OirStatus").update({ CustomFormatter: JSON.stringify(PLANER_STATUS_FORMAT) }, "SP.FieldChoice");
    await planer.fields.getByInternalNameOrTitle("OirNote").update({ CustomFormatter: JSON.stringify(PLANER_STATUS_FORMAT_BASIC) }, "SP.Field");
    const indexOf = { elmType: "div", txtContent: { operator: "indexOf", operands: ["@currentField", "x"] } };
    await planer.fields.getByInternalNameOrTitle("OirCode").update({ CustomFormatter: JSON.stringify(indexOf) }, "SP.Field");
    // Stored as sent, on both flavours (the properties exist on SharePoint Server 2019 too).
    expect(JSON.parse((await planer.defaultView.select("CustomFormatter")<{ CustomFormatter: string }>()).CustomFormatter)).toEqual(PLANER_VIEW_FORMAT);
    expect(JSON.parse((await planer.fields.getByInternalNameOrTitle("OirStatus").select("CustomFormatter")<{ CustomFormatter: string }>()).CustomFormatter)).toEqual(PLANER_STATUS_FORMAT);

    const shown = emu.rendering("municipality", "Planer");
    expect(shown.flavor).toBe(flavor);
    if (flavor === "online") {
      expect(shown.view).toEqual({ formatted: true, applied: true });
      expect(shown.fields.OirStatus).toEqual({ formatted: true, applied: true });
      expect(shown.fields.OirCode).toEqual({ formatted: true, applied: true });
    } else {
      expect(shown.view).toMatchObject({ formatted: true, applied: false, reason: expect.stringContaining("no view formatting") });
      expect(shown.fields.OirStatus).toMatchObject({ formatted: true, applied: false, reason: expect.stringContaining("Excel-style") });
      expect(shown.fields.OirStatus.excelStyle).toContain("attributes.aria-label");
      expect(shown.fields.OirCode).toMatchObject({ applied: false, unsupportedOperators: ["indexOf"] });
    }
    expect(shown.fields.OirNote).toEqual({ formatted: true, applied: true });
    // The same over the control API (browser tests, the 1.4.1 workbench).
    const viaHttp = (await (await fetch(`${emu.url}/_emulator/rendering?site=municipality&list=Planer`)).json()) as typeof shown;
    expect(viaHttp).toEqual(shown);
    expect(await (await fetch(`${emu.url}/_emulator/flavor`)).json()).toEqual({ flavor });
  });
});

describe("choosing the flavour", () => {
  const saved = process.env.OIR_EMULATOR_FLAVOR;
  afterEach(() => {
    if (saved === undefined) delete process.env.OIR_EMULATOR_FLAVOR;
    else process.env.OIR_EMULATOR_FLAVOR = saved;
  });

  it("startEmulator defaults to OIR_EMULATOR_FLAVOR, else online; the option wins; an unknown name is refused", async () => {
    delete process.env.OIR_EMULATOR_FLAVOR;
    let emu = await startTestEmulator();
    expect(emu.flavor).toBe("online");
    await emu.close();
    process.env.OIR_EMULATOR_FLAVOR = "sp2019";
    emu = await startTestEmulator();
    expect(emu.flavor).toBe("sp2019");
    await emu.close();
    emu = await startTestEmulator({ flavor: "online" });
    expect(emu.flavor).toBe("online");
    await emu.close();
    await expect(startTestEmulator({ flavor: "sp2016" as "online" })).rejects.toThrow("Unknown emulator flavor 'sp2016'. Use one of: online, sp2019.");
  });

  it("the CLI takes --flavor sp2019 and prints it; an unknown flavour exits 1 with the choices", async () => {
    const run = (args: string[]): Promise<{ code: number | null; out: string; site?: string; stop(): void }> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(ROOT, "tools/emulator/cli.js"), ...args, "--port", "0", "--reset"], {
          env: { ...process.env, EMULATOR_DATA_FILE: tempDataFile() }, stdio: ["ignore", "pipe", "pipe"]
        });
        let out = "";
        const timer = setTimeout(() => { child.kill("SIGINT"); reject(new Error(`CLI said nothing useful: ${out}`)); }, 10000);
        const onData = (d: Buffer): void => {
          out += d.toString();
          const site = /http:\/\/127\.0\.0\.1:\d+\/sites\/eksempelkommune/.exec(out);
          if (site) { clearTimeout(timer); resolve({ code: null, out, site: site[0], stop: () => child.kill("SIGINT") }); }
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.on("exit", (code) => { clearTimeout(timer); resolve({ code, out, stop: () => undefined }); });
      });
    const cli = await run(["--flavor", "sp2019"]);
    try {
      expect(cli.out).toContain("SharePoint emulator flavour: SharePoint Server 2019 (sp2019)");
      const info = await fetch(`${cli.site}/_api/contextinfo`, { method: "POST", headers: { Accept: "application/json" } });
      expect(info.headers.get("MicrosoftSharePointTeamServices")).toBe("16.0.0.10337");
      expect(((await info.json()) as { LibraryVersion: string }).LibraryVersion).toBe("16.0.10337.12109");
    } finally {
      cli.stop();
    }
    const wrong = await run(["--flavor=sp2016"]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain("Unknown emulator flavor 'sp2016'. Use one of: online, sp2019.");
  });
});
