/**
 * Fault injection: 429/503 with Retry-After in seconds or as an HTTP date, every Nth request,
 * a seeded random fraction, a persistent 503, latency, a dropped connection, a concurrent editor
 * between our read and our write, and the same over HTTP (POST /_emulator/faults).
 */
import { Emulator, pnp, rawFetch, startTestEmulator, statusOf } from "./support";

interface Row { Id: number; OirNote: string | null; "odata.etag": string }

describe("emulator faults", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });
  afterEach(() => { emu.faults.clear(); emu.requestLog.clear(); });

  const webUrl = (): string => `${emu.sites.municipality}/_api/web`;

  it("answers 429 with Retry-After in seconds, and PnPjs waits that long before retrying", async () => {
    emu.faults.throttle({ path: "/items", status: 429, retryAfter: 1, times: 1 });
    const rows = await pnp(emu.sites.municipality).web.lists.getByTitle("Planer").items.select("Id").top(3)();
    expect(rows).toHaveLength(3);
    const tries = emu.requestLog.entries.filter((e) => e.path.endsWith("/items"));
    expect(tries.map((e) => e.status)).toEqual([429, 200]);
    expect(tries[0].retryAfter).toBe("1");
    const waited = Date.parse(tries[1].time) - Date.parse(tries[0].time);
    expect(waited).toBeGreaterThanOrEqual(950);
  });

  it("answers 503 with Retry-After as an HTTP date and SharePoint's JSON error", async () => {
    emu.faults.throttle({ path: "/_api/web", status: 503, retryAfter: 2, retryAfterAs: "date", times: 1 });
    const res = await rawFetch(webUrl());
    expect(res.status).toBe(503);
    const header = res.headers.get("retry-after") || "";
    expect(header).toMatch(/GMT$/);
    const delay = Date.parse(header) - Date.now();
    expect(delay).toBeGreaterThan(1000);
    expect(delay).toBeLessThanOrEqual(3000);
    expect(((await res.json()) as Record<string, unknown>)["odata.error"]).toBeDefined();
    expect((await rawFetch(webUrl())).status).toBe(200);
  });

  it("fires on every Nth request and on a seeded random fraction", async () => {
    emu.faults.throttle({ path: "/_api/web", every: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await rawFetch(webUrl())).status);
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);

    emu.faults.clear();
    const run = async (): Promise<number[]> => {
      emu.faults.clear();
      emu.faults.throttle({ path: "/_api/web", probability: 0.3, seed: 7 });
      const out: number[] = [];
      for (let i = 0; i < 40; i++) out.push((await rawFetch(webUrl())).status);
      return out;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    const throttled = first.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(4);
    expect(throttled).toBeLessThan(24);
  });

  it("keeps answering 503 while a persistent fault is on", async () => {
    const id = emu.faults.persistent503({ path: "/_api/" });
    const failure = await statusOf(pnp(emu.sites.municipality).web());
    expect(failure.status).toBe(503);
    expect(emu.requestLog.entries.filter((e) => e.status === 503).length).toBe(3); // PnPjs gave up after 3 tries
    emu.faults.remove(id);
    expect((await rawFetch(webUrl())).status).toBe(200);
  });

  it("adds latency and drops connections", async () => {
    emu.faults.latency({ path: "/_api/web", ms: 300, times: 1 });
    const started = Date.now();
    expect((await rawFetch(webUrl())).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    emu.faults.dropConnection({ path: "/_api/web" });
    await expect(rawFetch(webUrl())).rejects.toThrow();
    expect((await rawFetch(webUrl())).status).toBe(200);
  });

  it("lets a concurrent editor change an item between our read and our write", async () => {
    const items = (): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
      pnp(emu.sites.municipality).web.lists.getByTitle("Planer").items;
    const mine = await items().getById(5).select("Id", "OirNote")<Row>();
    emu.faults.concurrentEdit({ list: "Planer", itemId: 5, changes: { OirNote: "Deres ændring" } });
    const failure = await statusOf(items().getById(5).update({ OirNote: "Min ændring" }, mine["odata.etag"]));
    expect(failure.status).toBe(412);
    const theirs = await items().getById(5).select("OirNote", "Editor/EMail").expand("Editor")<Row & { Editor: { EMail: string } }>();
    expect(theirs.OirNote).toBe("Deres ændring");
    expect(theirs.Editor.EMail).toBe("kollega@eksempelkommune.dk");
    expect(theirs["odata.etag"]).not.toBe(mine["odata.etag"]);
  });

  it("matches a rule by the X-HTTP-Method override, so only writes are throttled", async () => {
    emu.faults.throttle({ method: "MERGE", path: "/items(", status: 503, retryAfter: 0, times: 1 });
    const item = pnp(emu.sites.municipality).web.lists.getByTitle("Planer").items.getById(6);
    const row = await item<Row>();
    await item.update({ OirNote: "efter 503" }, row["odata.etag"]);
    const statuses = emu.requestLog.entries.filter((e) => e.path.endsWith("/items(6)")).map((e) => `${e.headers["x-http-method"] || e.method} ${e.status}`);
    expect(statuses).toEqual(["GET 200", "MERGE 503", "MERGE 204"]);
  });

  it("takes faults over HTTP for browser tests", async () => {
    const add = await fetch(`${emu.url}/_emulator/faults`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "throttle", path: "/_api/web", status: 429, retryAfter: 5, times: 1 })
    });
    expect(add.status).toBe(200);
    const res = await rawFetch(webUrl());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("5");
    const log = (await (await fetch(`${emu.url}/_emulator/log`)).json()) as { path: string; status: number }[];
    expect(log.some((e) => e.path.endsWith("/_api/web") && e.status === 429)).toBe(true);
    expect((await fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" })).status).toBe(200);
    expect((await rawFetch(webUrl())).status).toBe(200);

    const bulk = await fetch(`${emu.url}/_emulator/items`, {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ site: "municipality", list: "Arbejdsgruppe", items: [{ Title: "A" }, { Title: "B" }] })
    });
    const { ids } = (await bulk.json()) as { ids: number[] };
    expect(ids).toHaveLength(2);
    expect(emu.getItem("municipality", "Arbejdsgruppe", ids[1])?.values.Title).toBe("B");
  });
});
