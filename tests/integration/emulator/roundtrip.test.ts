/**
 * The emulator through the real PnPjs: read → update with the ETag → read back; stale ETag → 412;
 * "*" matches; add (201) and delete; 400 for unknown fields; contextinfo; the data file survives
 * a restart and --reset/resetData restores the seed.
 */
import { HttpRequestError } from "@pnp/queryable";
import { Emulator, pnp, rawFetch, startTestEmulator, statusOf, tempDataFile, digest } from "./support";

interface PlanRow {
  Id: number;
  Title: string;
  OirCode: string;
  OirStatus: string;
  OirNote: string | null;
  "odata.etag": string;
}

const PLANER = "Planer";

describe("emulator round trip through PnPjs", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it("reads, updates with the item's ETag and reads the new value back", async () => {
    const sp = pnp(emu.sites.municipality);
    const items = sp.web.lists.getByTitle(PLANER).items;
    const [row] = await items.select("Id", "Title", "OirCode", "OirStatus", "OirNote").filter("OirCode eq 'PL 12'")<PlanRow[]>();
    expect(row.OirCode).toBe("PL 12");
    expect(row["odata.etag"]).toMatch(/^"\d+"$/);

    const result = await items.getById(row.Id).update({ OirStatus: "Fuldført", OirNote: "Planen er lagt." }, row["odata.etag"]);
    expect(result.etag).toMatch(/^"[0-9a-f-]{36},\d+"$/);

    const after = await items.getById(row.Id).select("OirStatus", "OirNote")<PlanRow>();
    expect(after.OirStatus).toBe("Fuldført");
    expect(after.OirNote).toBe("Planen er lagt.");
    expect(after["odata.etag"]).not.toBe(row["odata.etag"]);
    // The header ETag returned by the update is accepted for the next update too.
    await items.getById(row.Id).update({ OirNote: "Igen." }, result.etag);
  });

  it("answers a stale ETag with 412 and SharePoint's error, and leaves the item alone", async () => {
    const sp = pnp(emu.sites.municipality);
    const item = sp.web.lists.getByTitle(PLANER).items.getById(3);
    const before = await item<PlanRow>();
    await item.update({ OirNote: "first writer" }, before["odata.etag"]);
    const failure = await statusOf(item.update({ OirNote: "second writer" }, before["odata.etag"]));
    expect(failure.status).toBe(412);
    expect(failure.text).toContain("-1, Microsoft.SharePoint.Client.ClientServiceException");
    expect(failure.text).toContain("The request ETag value");
    expect((await item<PlanRow>()).OirNote).toBe("first writer");
  });

  it("lets \"*\" (PnPjs's default) overwrite, and a MERGE without If-Match too (as SharePoint does)", async () => {
    const sp = pnp(emu.sites.municipality);
    const item = sp.web.lists.getByTitle(PLANER).items.getById(4);
    await item.update({ OirNote: "last writer wins" });
    expect((await item<PlanRow>()).OirNote).toBe("last writer wins");

    const res = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items(4)`, {
      method: "POST",
      headers: { "X-HTTP-Method": "MERGE", "Content-Type": "application/json", "X-RequestDigest": await digest(emu.sites.municipality) },
      body: JSON.stringify({ OirNote: "no if-match" })
    });
    expect(res.status).toBe(204);
    expect((await item<PlanRow>()).OirNote).toBe("no if-match");
  });

  it("takes real MERGE, PATCH and DELETE methods as well as X-HTTP-Method tunnelling", async () => {
    const url = `${emu.sites.municipality}/_api/web/lists/getbytitle('Arbejdsgruppe')/items`;
    const headers = { "Content-Type": "application/json", "IF-Match": "*", "X-RequestDigest": await digest(emu.sites.municipality) };
    const merge = await rawFetch(`${url}(1)`, { method: "MERGE", headers, body: JSON.stringify({ OirWeeklyCapacity: 7 }) });
    expect(merge.status).toBe(204);
    const patch = await rawFetch(`${url}(1)`, { method: "PATCH", headers, body: JSON.stringify({ OirWeeklyCapacity: 8 }) });
    expect(patch.status).toBe(204);
    expect(patch.headers.get("etag")).toMatch(/,3"$/);
    expect((await rawFetch(`${url}(2)`, { method: "DELETE", headers })).status).toBe(200);
    expect((await rawFetch(`${url}(2)`)).status).toBe(404);
  });

  it("adds (201 with ETag and body) and deletes with If-Match", async () => {
    const sp = pnp(emu.sites.municipality);
    const list = sp.web.lists.getByTitle("Arbejdsgruppe");
    const added = await list.items.add({ Title: "Ny person", OirPersonId: 13, OirRoles: "Ydelseschef", OirWeeklyCapacity: 4 });
    expect(added.Id).toBeGreaterThan(0);
    expect(added.OirPersonId).toBe(13);
    expect(added["odata.etag"]).toBe("\"1\"");

    const stale = await statusOf(list.items.getById(added.Id).delete("\"7\""));
    expect(stale.status).toBe(412);
    await list.items.getById(added.Id).delete(added["odata.etag"]);
    const gone = await statusOf(list.items.getById(added.Id)());
    expect(gone.status).toBe(404);
    expect(gone.text).toContain("Item does not exist");
  });

  it("rejects unknown fields and wrong types with SharePoint's 400 messages", async () => {
    const sp = pnp(emu.sites.municipality);
    // PnPjs's fluent select/filter mutate the queryable: take a fresh one per request.
    const items = (): ReturnType<typeof sp.web.lists.getByTitle>["items"] => sp.web.lists.getByTitle(PLANER).items;
    const body = await statusOf(items().getById(1).update({ Foo: "x" }));
    expect(body.status).toBe(400);
    expect(body.text).toContain("The property 'Foo' does not exist on type 'SP.Data.PlanerListItem'. Make sure to only use property names that are defined by the type.");

    const select = await statusOf(items().select("Title", "Bar")());
    expect(select.status).toBe(400);
    expect(select.text).toContain("The field or property 'Bar' does not exist.");

    const filter = await statusOf(items().filter("Baz eq 1")());
    expect(filter.status).toBe(400);
    expect(filter.text).toContain("Column 'Baz' does not exist");

    const wrongType = await statusOf(items().getById(1).update({ OirPriority: "high" }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.text).toContain("Cannot convert a primitive value to the expected type 'Edm.Double'");
  });

  it("serves contextinfo with a form digest and rejects a write without one", async () => {
    const info = await rawFetch(`${emu.sites.municipality}/_api/contextinfo`, { method: "POST" });
    const body = (await info.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number; WebFullUrl: string };
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    // PnPjs's SPFx behaviour reads the issue time after the comma.
    expect(Math.abs(new Date(body.FormDigestValue.split(",")[1]).getTime() - Date.now())).toBeLessThan(5000);
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.WebFullUrl).toBe(emu.sites.municipality);
    const noDigest = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ Title: "x" })
    });
    expect(noDigest.status).toBe(403);
    const forged = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items`, {
      method: "POST", headers: { "Content-Type": "application/json", "X-RequestDigest": body.FormDigestValue.replace(/^0x(.)/, (_m, c: string) => `0x${c === "0" ? "1" : "0"}`) },
      body: JSON.stringify({ Title: "x" })
    });
    expect(forged.status).toBe(403);
  });

  it("reports errors as PnPjs HttpRequestError with the SharePoint JSON body", async () => {
    const sp = pnp(emu.sites.municipality);
    try {
      await sp.web.lists.getByTitle("Findes ikke")();
      throw new Error("expected 404");
    } catch (e) {
      expect(e).toBeInstanceOf(HttpRequestError);
      const err = e as HttpRequestError;
      expect(err.status).toBe(404);
      const json = (await err.response.json()) as { "odata.error": { code: string; message: { value: string } } };
      expect(json["odata.error"].code).toBe("-1, System.ArgumentException");
      expect(json["odata.error"].message.value).toBe(`List 'Findes ikke' does not exist at site with URL '${emu.sites.municipality}'.`);
    }
  });
});

describe("emulator persistence", () => {
  it("keeps an edit across a restart and restores the seed on reset", async () => {
    const dataFile = tempDataFile();
    let emu = await startTestEmulator({ dataFile });
    const item = (e: Emulator): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
      pnp(e.sites.municipality).web.lists.getByTitle(PLANER).items;
    const seeded = await item(emu).getById(2)<PlanRow>();
    await item(emu).getById(2).update({ OirNote: "Gemt før genstart" }, seeded["odata.etag"]);

    const digestBeforeRestart = await digest(emu.sites.municipality);
    await emu.close();

    emu = await startTestEmulator({ dataFile, reset: false });
    // A digest PnPjs cached before the restart is still honoured (SharePoint's last 30 minutes).
    const added = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Arbejdsgruppe')/items`, {
      method: "POST", headers: { "Content-Type": "application/json", "X-RequestDigest": digestBeforeRestart },
      body: JSON.stringify({ Title: "efter genstart" })
    });
    expect(added.status).toBe(201);
    const restarted = await item(emu).getById(2)<PlanRow>();
    expect(restarted.OirNote).toBe("Gemt før genstart");
    expect(restarted["odata.etag"]).toBe("\"2\"");
    await emu.close();

    emu = await startTestEmulator({ dataFile, reset: true });
    expect((await item(emu).getById(2)<PlanRow>()).OirNote).toBe(seeded.OirNote);
    await item(emu).getById(2).update({ OirNote: "efter reset" });
    emu.resetData();
    expect((await item(emu).getById(2)<PlanRow>()).OirNote).toBe(seeded.OirNote);
    await emu.close();
  });
});
