/**
 * The emulator is neither kinder nor stricter than SharePoint (issue 13), checked with real PnPjs
 * over real HTTP, in both flavours: a MERGE/DELETE without If-Match writes unconditionally; a
 * stale ETag gets SharePoint's 412 with both ETags in its text, and the header/body ETag forms;
 * $batch refuses more than 100 requests and bodies over 1,048,576 bytes as a whole; $top above
 * 5,000 is throttled only on a list over the threshold; an unknown $select name gets "The field
 * or property 'X' does not exist."; and $batch faults: a dropped connection (nothing applied)
 * and a lost response (applied, then the connection closed).
 */
import { digest, Emulator, Faults, pnp, rawFetch, startTestEmulator, statusOf } from "./support";

/** tools/emulator/faults.js: a lost response (the request runs, then the connection closes). */
const loseResponse = (emu: Emulator, rule: Record<string, unknown>): number =>
  (emu.faults as Faults & { loseResponse(rule: Record<string, unknown>): number }).loseResponse(rule);

interface Row { Id: number; OirNote: string | null; "odata.etag": string }

const PLANER = "items";

/** A raw $batch body: one change set of MERGEs with If-Match "*" (PnPjs puts a run of writes in one change set). */
function batchOfMerges(site: string, ids: number[], note: (id: number) => string): string {
  const lines = ["--batch_t", "Content-Type: multipart/mixed; boundary=\"changeset_t\"", ""];
  for (const id of ids) {
    lines.push("--changeset_t", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
      `MERGE ${site}/_api/web/lists/getbytitle('Planer')/items(${id}) HTTP/1.1`,
      "Content-Type: application/json", "IF-Match: *", "", JSON.stringify({ OirNote: note(id) }), "");
  }
  lines.push("--changeset_t--", "", "--batch_t--", "");
  return lines.join("\n");
}

async function postBatch(site: string, body: string): Promise<Response> {
  return rawFetch(`${site}/_api/$batch`, {
    method: "POST", body,
    headers: { "Content-Type": "multipart/mixed; boundary=batch_t", "X-RequestDigest": await digest(site) }
  });
}

describe.each(["online", "sp2019"] as const)("emulator as SharePoint (%s)", (flavor) => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator({ flavor }); });
  afterAll(async () => { await emu.close(); });
  afterEach(() => emu.faults.clear());

  it("writes a MERGE and a DELETE without If-Match unconditionally (last writer wins)", async () => {
    const site = emu.sites.municipality;
    const url = `${site}/_api/web/lists/getbytitle('Planer')/items(4)`;
    const headers = { "X-HTTP-Method": "MERGE", "Content-Type": "application/json", "X-RequestDigest": await digest(site) };
    const merge = await rawFetch(url, { method: "POST", headers, body: JSON.stringify({ OirNote: "uden If-Match" }) });
    expect(merge.status).toBe(204);
    expect(emu.getItem("municipality", "Planer", 4)?.values.OirNote).toBe("uden If-Match");
    const del = await rawFetch(`${site}/_api/web/lists/getbytitle('Arbejdsgruppe')/items(3)`, {
      method: "POST", headers: { ...headers, "X-HTTP-Method": "DELETE" }
    });
    expect(del.status).toBe(200);
    expect(emu.getItem("municipality", "Arbejdsgruppe", 3)).toBeUndefined();
  });

  it("answers a stale ETag with SharePoint's 412 naming both ETags; header ETag \"<guid>,<version>\", body odata.etag \"\\\"<version>\\\"\", both accepted", async () => {
    const sp = pnp(emu.sites.municipality);
    const item = sp.web.lists.getByTitle("Planer").items.getById(6);
    const got = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items(6)`);
    const headerETag = got.headers.get("etag") ?? "";
    const body = (await got.json()) as Row;
    const version = /^"(\d+)"$/.exec(body["odata.etag"])?.[1];
    expect(version).toBeDefined();
    expect(headerETag).toMatch(new RegExp(`^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},${version}"$`));

    // The body form is accepted; the answer carries the header form of the new version.
    const first = (await item.update({ OirNote: "første" }, body["odata.etag"])) as { etag?: string };
    expect(first.etag).toMatch(new RegExp(`,${Number(version) + 1}"$`));
    // The header form returned by the update is accepted for the next one.
    await item.update({ OirNote: "anden" }, first.etag);

    const res = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items(6)`, {
      method: "POST",
      headers: { "X-HTTP-Method": "MERGE", "IF-Match": body["odata.etag"], "Content-Type": "application/json", "X-RequestDigest": await digest(emu.sites.municipality) },
      body: JSON.stringify({ OirNote: "forældet" })
    });
    expect(res.status).toBe(412);
    const error = ((await res.json()) as { "odata.error": { code: string; message: { value: string } } })["odata.error"];
    expect(error.code).toBe("-1, Microsoft.SharePoint.Client.ClientServiceException");
    const current = headerETag.replace(/,\d+"$/, `,${Number(version) + 2}"`);
    expect(error.message.value).toBe(`The request ETag value '${body["odata.etag"]}' does not match the object's ETag value '${current}'.`);
    expect(emu.getItem("municipality", "Planer", 6)?.values.OirNote).toBe("anden");
  });

  it("refuses a $batch of more than 100 requests as a whole (400, nothing applied); 100 pass", async () => {
    const sp = pnp(emu.sites.municipality);
    const ids = emu.seedItems("municipality", "Ressourcebookinger", Array.from({ length: 101 }, (_, i) => ({ Title: `b${i}`, OirHours: 1 })));
    const run = async (count: number, note: string): Promise<(number | string)[]> => {
      const [batched, execute] = sp.batched({ maxRequests: 200 });
      const items = batched.web.lists.getByTitle("Ressourcebookinger").items;
      const parts = ids.slice(0, count).map((id) => items.getById(id).update({ Title: note }, "*").then(() => 204, (e: { status?: number }) => e.status ?? "failed"));
      const executed = await execute().then(() => "ok", (e: { status?: number; message?: string }) => `${e.status} ${e.message}`);
      return [executed, ...(executed === "ok" ? await Promise.all(parts) : [])];
    };
    const [tooMany] = await run(101, "101 på én gang");
    expect(tooMany).toMatch(/^400 .*The current change set contains too many operations\. Only change sets with a maximum number of '100' operations are allowed\./);
    expect(ids.filter((id) => emu.getItem("municipality", "Ressourcebookinger", id)?.values.Title === "101 på én gang")).toEqual([]);

    const [ok, ...statuses] = await run(100, "100 på én gang");
    expect(ok).toBe("ok");
    expect(statuses.every((s) => s === 204)).toBe(true);
    expect(ids.filter((id) => emu.getItem("municipality", "Ressourcebookinger", id)?.values.Title === "100 på én gang")).toHaveLength(100);

    // 101 top-level parts (reads are not in a change set): ODataLib's batch message.
    const reads = Array.from({ length: 101 }, () => [
      "--batch_t", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
      `GET ${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items(1) HTTP/1.1`, "Accept: application/json", "", ""
    ].join("\n")).join("\n") + "\n--batch_t--\n";
    const res = await postBatch(emu.sites.municipality, reads);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("The current batch message contains too many parts. A maximum number of '100' query operations and change sets are allowed in a batch message.");
  });

  it("refuses a $batch body over 1,048,576 bytes with 400 and applies none of it", async () => {
    const site = emu.sites.municipality;
    const big = "x".repeat(12000);
    const body = batchOfMerges(site, Array.from({ length: 90 }, (_, i) => 1 + (i % 20)), (id) => `${id} ${big}`);
    expect(Buffer.byteLength(body)).toBeGreaterThan(1048576);
    const res = await postBatch(site, body);
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { "odata.error": { message: { value: string } } })["odata.error"];
    expect(error.message.value).toBe(`The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${Buffer.byteLength(body)} bytes has been read from the stream; however a maximum of 1048576 bytes is allowed.`);
    expect(String(emu.getItem("municipality", "Planer", 1)?.values.OirNote)).not.toContain(big);

    const fits = batchOfMerges(site, [1, 2], (id) => `${id} ${big}`);
    expect((await postBatch(site, fits)).status).toBe(200);
    expect(String(emu.getItem("municipality", "Planer", 2)?.values.OirNote)).toBe(`2 ${big}`);
  });

  it("answers $top above 5,000 on a small list, and 500 SPQueryThrottledException on a list over the threshold", async () => {
    const items = (): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
      pnp(emu.sites.municipality).web.lists.getByTitle("Webinardeltagelse").items;
    const small = await items().select("Id").top(6000)<Row[]>();
    expect(small.length).toBeGreaterThan(0);
    emu.seedItems("municipality", "Webinardeltagelse", Array.from({ length: 5001 }, (_, i) => ({ Title: `d${i}` })));
    const failure = await statusOf(items().select("Id").top(5001)());
    expect(failure.status).toBe(500);
    expect(failure.text).toContain("-2147024860, Microsoft.SharePoint.SPQueryThrottledException");
    expect((await items().select("Id").top(5000)<Row[]>()).length).toBe(5000);
  });

  it("names an unknown $select field as SharePoint does", async () => {
    const failure = await statusOf(pnp(emu.sites.municipality).web.lists.getByTitle("Planer").items.select("Title", "Bar")());
    expect(failure.status).toBe(400);
    expect(failure.text).toContain("\"code\":\"-1, Microsoft.SharePoint.SPException\"");
    expect(failure.text).toContain("The field or property 'Bar' does not exist.");
    const expand = await statusOf(pnp(emu.sites.municipality).web.lists.getByTitle("Planer").items.select("Title", "Baz/Id").expand("Baz")());
    expect(expand.text).toContain("The field or property 'Baz' does not exist.");
  });

  it("drops a $batch connection before it runs (nothing applied) and loses the response of one that ran (applied)", async () => {
    const site = emu.sites.municipality;
    emu.faults.dropConnection({ path: "/_api/$batch" });
    await expect(postBatch(site, batchOfMerges(site, [11, 12], (id) => `tabt forbindelse ${id}`))).rejects.toThrow(/fetch failed/);
    expect(emu.getItem("municipality", "Planer", 11)?.values.OirNote).not.toBe("tabt forbindelse 11");

    loseResponse(emu, { path: "/_api/$batch" });
    await expect(postBatch(site, batchOfMerges(site, [11, 12], (id) => `tabt svar ${id}`))).rejects.toThrow(/fetch failed/);
    expect(emu.getItem("municipality", "Planer", 11)?.values.OirNote).toBe("tabt svar 11");
    expect(emu.getItem("municipality", "Planer", 12)?.values.OirNote).toBe("tabt svar 12");
    const [lost] = emu.requestLog.entries.filter((e) => e.path.endsWith("/$batch") && e.fault === "lose");
    expect(lost.status).toBe(0);
    expect(lost.batchParts?.map((p) => p.status)).toEqual([204, 204]);

    // A single MERGE's response lost too: applied.
    loseResponse(emu, { path: `${PLANER}(13)`, method: "MERGE" });
    await expect(rawFetch(`${site}/_api/web/lists/getbytitle('Planer')/items(13)`, {
      method: "POST",
      headers: { "X-HTTP-Method": "MERGE", "IF-Match": "*", "Content-Type": "application/json", "X-RequestDigest": await digest(site) },
      body: JSON.stringify({ OirNote: "enkelt, svar tabt" })
    })).rejects.toThrow(/fetch failed/);
    expect(emu.getItem("municipality", "Planer", 13)?.values.OirNote).toBe("enkelt, svar tabt");
  });
});
