/**
 * The command set's list probe (src/extensions/planerCommandSet/localPlanProbe.ts) over real
 * HTTP against the emulator, in both flavours: the municipality's Planer list is recognised by
 * its columns; KOMBIT's master list, also called Planer, and the other local lists are not.
 * In production SPFx's SPHttpClient sends the same GET (JSON light, nometadata); a verbose answer
 * is read too.
 */
import { hasLocalPlanColumns, localPlanFieldsUrl } from "../../../src/extensions/planerCommandSet/localPlanProbe";
import { startTestEmulator, stopTestEmulator, type Emulator } from "../data/support";

async function getJson(url: string, accept = "application/json;odata=nometadata"): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: accept } });
  if (!response.ok) throw new Error(`${response.status} from ${url}: ${await response.text()}`);
  return response.json();
}

async function listId(siteUrl: string, title: string): Promise<string> {
  const body = (await getJson(`${siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')?$select=Id`)) as { Id: string };
  return body.Id;
}

describe.each(["online", "sp2019"])("localPlanProbe on the %s flavour", (flavor) => {
  let running: { emu: Emulator; dir: string } | undefined;
  let emu: Emulator;

  beforeAll(async () => {
    running = await startTestEmulator({ flavor });
    emu = running.emu;
  });
  afterAll(() => stopTestEmulator(running));

  it("recognises the municipality's Planer list by its columns", async () => {
    const site = emu.sites.municipality;
    const url = localPlanFieldsUrl(site, `{${await listId(site, "Planer")}}`);
    expect(hasLocalPlanColumns(await getJson(url))).toBe(true);
    expect(hasLocalPlanColumns(await getJson(url, "application/json;odata=verbose"))).toBe(true);
  });

  it("does not take KOMBIT's master Planer list (same title) or another local list for it", async () => {
    const kombit = emu.sites.kombit;
    expect(hasLocalPlanColumns(await getJson(localPlanFieldsUrl(kombit, await listId(kombit, "Planer"))))).toBe(false);
    const site = emu.sites.municipality;
    expect(hasLocalPlanColumns(await getJson(localPlanFieldsUrl(site, await listId(site, "Arbejdsgruppe"))))).toBe(false);
  });

  it("asks for the two column names only", async () => {
    const site = emu.sites.municipality;
    const body = (await getJson(localPlanFieldsUrl(site, await listId(site, "Planer")))) as { value: { InternalName: string }[] };
    expect(body.value.map((f) => f.InternalName).sort()).toEqual(["OirMasterItemId", "OirStatus"]);
  });
});
