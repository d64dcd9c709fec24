/**
 * $batch exactly as PnPjs v4 sends it (multipart/mixed, LF line ends, a changeset per run of
 * writes): not transactional — one failing part (stale ETag) does not undo the others — and a
 * status per part. Also the CRLF variant and a GET inside a batch.
 */
import { Emulator, digest, pnp, rawFetch, startTestEmulator, statusOf } from "./support";

interface Row { Id: number; OirNote: string | null; "odata.etag": string }

describe("emulator $batch", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it("applies the good parts of a batch and fails only the stale one", async () => {
    const sp = pnp(emu.sites.municipality);
    const list = sp.web.lists.getByTitle("Planer");
    const rows = await list.items.select("Id", "OirNote").filter("Id le 3")<Row[]>();
    expect(rows).toHaveLength(3);
    // Someone else edits row 2 after our read.
    emu.faults.concurrentEdit({ list: "Planer", itemId: 2, changes: { OirNote: "Kollegaens ændring" }, when: "now" });

    const [batched, execute] = sp.batched();
    const blist = batched.web.lists.getByTitle("Planer");
    const outcomes = rows.map((r) => blist.items.getById(r.Id).update({ OirNote: `batch ${r.Id}` }, r["odata.etag"]).then(
      () => ({ id: r.Id, status: 204 }),
      (e: { status: number }) => ({ id: r.Id, status: e.status })
    ));
    emu.requestLog.clear();
    await execute();
    expect(await Promise.all(outcomes)).toEqual([{ id: 1, status: 204 }, { id: 2, status: 412 }, { id: 3, status: 204 }]);

    const after = await sp.web.lists.getByTitle("Planer").items.select("Id", "OirNote").filter("Id le 3")<Row[]>();
    expect(after.map((r) => r.OirNote)).toEqual(["batch 1", "Kollegaens ændring", "batch 3"]);

    const batchRequests = emu.requestLog.entries.filter((e) => e.path.endsWith("/_api/$batch"));
    expect(batchRequests).toHaveLength(1);
    expect(batchRequests[0].batchParts?.map((p) => [p.method, p.status])).toEqual([["MERGE", 204], ["MERGE", 412], ["MERGE", 204]]);
  });

  it("answers reads and adds inside a batch", async () => {
    const sp = pnp(emu.sites.municipality);
    const [batched, execute] = sp.batched();
    const bl = batched.web.lists.getByTitle("Webinardeltagelse");
    const read = bl.items.select("Id", "Title").top(2)<Row[]>();
    const added = bl.items.add({ Title: "Ny deltager", OirTaskId: 2, OirPersonId: 14 });
    const bad = bl.items.add({ Title: "Forkert", Nope: 1 }).then(() => 0, (e: { status: number }) => e.status);
    await execute();
    expect((await read).length).toBe(2);
    expect((await added).Title).toBe("Ny deltager");
    expect(await bad).toBe(400);
  });

  it("can throttle a single part of a batch (batchParts rules), with Retry-After on that part", async () => {
    const sp = pnp(emu.sites.municipality);
    emu.faults.throttle({ batchParts: true, path: "items(8)", status: 429, retryAfter: 3, times: 1 });
    const [batched, execute] = sp.batched();
    const bl = batched.web.lists.getByTitle("Planer").items;
    const results = [7, 8, 9].map((id) => bl.getById(id).update({ OirNote: `del ${id}` }).then(
      () => 204, (e: { status: number; response: Response }) => `${e.status} ${e.response.headers.get("Retry-After")}`));
    emu.requestLog.clear();
    await execute();
    expect(await Promise.all(results)).toEqual([204, "429 3", 204]);
    const [batch] = emu.requestLog.entries.filter((e) => e.path.endsWith("/$batch"));
    expect(batch.status).toBe(200);
    expect(batch.batchParts?.map((p) => p.status)).toEqual([204, 429, 204]);
  });

  it("accepts CRLF line ends and answers one part per request", async () => {
    const site = emu.sites.municipality;
    const body = [
      "--batch_abc", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
      `GET ${site}/_api/web/lists/getbytitle('Planer')/items(1)?$select=Title HTTP/1.1`, "Accept: application/json", "", "",
      "--batch_abc", "Content-Type: multipart/mixed; boundary=\"changeset_x\"", "",
      "--changeset_x", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "",
      `DELETE ${site}/_api/web/lists/getbytitle('Planer')/items(999) HTTP/1.1`, "IF-Match: *", "", "",
      "--changeset_x--", "", "--batch_abc--", ""
    ].join("\r\n");
    const res = await rawFetch(`${site}/_api/$batch`, {
      method: "POST", body,
      headers: { "Content-Type": "multipart/mixed; boundary=batch_abc", "X-RequestDigest": await digest(site) }
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 404]);
    expect(res.headers.get("content-type")).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
  });

  it("needs a form digest for the batch itself", async () => {
    const status = await statusOf(rawFetch(`${emu.sites.municipality}/_api/$batch`, {
      method: "POST", body: "--b--", headers: { "Content-Type": "multipart/mixed; boundary=b" }
    }).then((r) => { if (!r.ok) throw Object.assign(new Error("failed"), { status: r.status }); return r; }));
    expect(status.status).toBe(403);
  });
});
