/**
 * Throttling and outages: a storm of 30% 429/503 (Retry-After in seconds and as an HTTP date),
 * where every write lands or is pending, every wait honours Retry-After and the request count
 * stays within 1.5× the minimum; and a pending write that survives a reload.
 */
import type { RetryInfo } from "../../../src/data/pnp";
import { createPnpRepositories } from "../../../src/data/pnp";
import { PendingWriteError } from "../../../src/data/errors";
import type { LocalPlanRow, WriteResult } from "../../../src/data/repositories";
import { lastSeq, MemoryStorage, RequestLogEntry, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(60000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
afterEach(() => running?.emu.faults.clear());

/** Runs jobs with at most `limit` in flight. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]().then(
        (value): PromiseSettledResult<T> => ({ status: "fulfilled", value }),
        (reason: unknown): PromiseSettledResult<T> => ({ status: "rejected", reason })
      );
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const key = (e: RequestLogEntry): string => `${e.method} ${e.headers["x-http-method"] ?? ""} ${e.path}${e.rawQuery}`;

describe("a storm of 30% 429/503", () => {
  it("every write lands or is pending, each wait ≥ Retry-After, requests ≤ 1.5× the minimum", async () => {
    const emu = running!.emu;
    const storage = new MemoryStorage();
    const retries: RetryInfo[] = [];
    const repos = createPnpRepositories({
      kombitSp: spFor(emu.sites.kombit, { retries }),
      municipalitySp: spFor(emu.sites.municipality, { retries }),
      pendingStore: storage,
      pendingKey: "storm"
    });
    const rows = await repos.local.getRows();
    const singles = rows.slice(0, 30);
    const bulk = rows.slice(30, 34);
    // Get the form digest before the storm (PnPjs caches it per web), so that parallel first writes
    // do not each ask for one: the log can then pair every throttled request with its own retry.
    await repos.local.updateState(rows[35], { note: "Før stormen" });

    // Exactly 30% of all API requests, retries included: three rules, each taking every Nth of the
    // requests the rules before it let through (1/10 + 1/10 + 1/10): 429 with Retry-After in
    // seconds, 503 with Retry-After as an HTTP date, 429 again.
    emu.faults.throttle({ path: "/_api/", status: 429, retryAfter: 1, every: 10 });
    emu.faults.throttle({ path: "/_api/", status: 503, retryAfter: 1, retryAfterAs: "date", every: 9 });
    emu.faults.throttle({ path: "/_api/", status: 429, retryAfter: 1, every: 8 });
    const since = lastSeq(emu);
    const started = Date.now();

    const jobs: (() => Promise<unknown>)[] = singles.map((row, i) => () => repos.local.updateState(row, { note: `Storm ${i}` }));
    jobs.push(() => repos.local.updateStates(bulk.map((row) => ({ ref: row, changes: { note: "Storm bulk" } }))));
    jobs.push(() => repos.local.getRows());
    const outcomes = await pool(jobs, 8);
    const elapsed = Date.now() - started;
    emu.faults.clear();

    // Every write landed, or is in the pending queue (never lost, never silently dropped).
    const pendingIds = new Set(repos.pending.list().map((w) => w.itemId));
    singles.forEach((row, i) => {
      const landed = emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote === `Storm ${i}`;
      const outcome = outcomes[i];
      if (outcome.status === "rejected") {
        expect(outcome.reason).toBeInstanceOf(PendingWriteError);
        expect(pendingIds.has(row.itemId)).toBe(true);
      } else {
        expect(landed).toBe(true);
      }
    });
    const bulkResults = (outcomes[singles.length] as PromiseFulfilledResult<WriteResult[]>).value;
    bulkResults.forEach((res, i) => {
      if (res.ok) expect(emu.getItem("municipality", "Planer", bulk[i].itemId)?.values.OirNote).toBe("Storm bulk");
      else expect(res.error).toBeInstanceOf(PendingWriteError);
    });
    expect(outcomes[singles.length + 1].status).toBe("fulfilled");
    expect(((outcomes[singles.length + 1] as PromiseFulfilledResult<LocalPlanRow[]>).value).length).toBe(rows.length);

    // Each wait honoured Retry-After: seen from the client…
    const throttledWaits = retries.filter((r) => r.retryAfterMs !== undefined);
    for (const r of throttledWaits) expect(r.waitMs).toBeGreaterThanOrEqual(r.retryAfterMs as number);
    // …and from the server: the retry of a throttled request came no earlier than its Retry-After.
    const log = emu.requestLog.entries.filter((e) => e.seq > since && e.path.includes("/_api/"));
    const faulted = log.filter((e) => e.fault === "429" || e.fault === "503");
    for (const f of faulted) {
      const retry = log.find((e) => e.seq > f.seq && key(e) === key(f));
      if (!retry) throw new Error(`No retry of ${key(f)}`);
      const retryAfterMs = /^\d+$/.test(f.retryAfter ?? "") ? Number(f.retryAfter) * 1000 : Date.parse(f.retryAfter ?? "") - f.startedAt;
      expect((retry as RequestLogEntry).startedAt - f.startedAt).toBeGreaterThanOrEqual(retryAfterMs - 2); // 2 ms: timer rounding
    }

    // The minimum: one request per logical request (30 MERGEs, 1 $batch, 1 page of items). Each of
    // them got through exactly once (nothing sent twice after it succeeded), every other request
    // was a throttled attempt, and the total stays within 1.5× the minimum.
    const minimum = singles.length + 2;
    expect(log.filter((e) => !e.fault)).toHaveLength(minimum);
    expect(log.length).toBe(minimum + faulted.length);
    const ratio = log.length / minimum;
    expect(ratio).toBeLessThanOrEqual(1.5);
    // eslint-disable-next-line no-console
    console.log(
      `[figures] storm: ${log.length} requests for a minimum of ${minimum} (×${ratio.toFixed(2)}), ${faulted.length} throttled (${Math.round((100 * faulted.length) / log.length)}%) ` +
        `(${faulted.filter((f) => f.fault === "429").length}×429, ${faulted.filter((f) => f.fault === "503").length}×503), ` +
        `${throttledWaits.length} waits ≥ Retry-After, ${repos.pending.list().length} pending, ${elapsed} ms`
    );
  });
});

describe("a dropped connection", () => {
  it("is retried for reads and ETag-guarded writes (which cannot apply twice), and the write lands once", async () => {
    const emu = running!.emu;
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
    emu.faults.dropConnection({ method: "GET", path: "/items", times: 1 });
    const rows = await repos.local.getRows();
    const row = rows[25];
    const before = emu.getItem("municipality", "Planer", row.itemId)!.version;
    emu.faults.dropConnection({ method: "POST", path: `items(${row.itemId})`, times: 1 });
    await repos.local.updateState(row, { note: "Efter afbrydelse" });
    const after = emu.getItem("municipality", "Planer", row.itemId)!;
    expect(after.values.OirNote).toBe("Efter afbrydelse");
    expect(after.version).toBe(before + 1);
    expect(emu.requestLog.entries.filter((e) => e.fault === "drop").map((e) => e.method)).toEqual(["GET", "POST"]);
  });
});

describe("pending writes", () => {
  it("a write that fails after the retry budget waits in the queue, survives a reload and lands later", async () => {
    const emu = running!.emu;
    const storage = new MemoryStorage();
    const build = () =>
      createPnpRepositories({
        kombitSp: spFor(emu.sites.kombit, { maxAttempts: 3, baseDelayMs: 20 }),
        municipalitySp: spFor(emu.sites.municipality, { maxAttempts: 3, baseDelayMs: 20 }),
        pendingStore: storage,
        pendingKey: "reload",
        retryPendingOnStart: false
      });
    const page1 = build();
    const row = (await page1.local.getRows())[20];
    const outage = emu.faults.persistent503({ path: `items(${row.itemId})`, method: "POST" });
    const error = await page1.local.updateState(row, { status: "completed", note: "Gemt under nedbrud" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PendingWriteError);
    expect((error as PendingWriteError).status).toBe(503);
    expect((error as PendingWriteError).serverMessage).toMatch(/unavailable/i);
    expect(page1.pending.list()).toEqual([expect.objectContaining({ itemId: row.itemId, status: "waiting" })]);

    // Reload: a new page with the same storage still has it; while SharePoint is down it keeps waiting.
    const page2 = build();
    expect(page2.pending.list()).toEqual([expect.objectContaining({ id: (error as PendingWriteError).pendingId, itemId: row.itemId })]);
    const stillDown = await page2.pending.retryAll();
    expect(stillDown[0].ok).toBe(false);
    expect(page2.pending.list()[0]).toMatchObject({ status: "waiting", attempts: 2 });

    emu.faults.remove(outage);
    const [outcome] = await page2.pending.retryAll();
    expect(outcome.ok).toBe(true);
    expect(page2.pending.list()).toEqual([]);
    expect(emu.getItem("municipality", "Planer", row.itemId)?.values).toMatchObject({ OirStatus: "Fuldført", OirNote: "Gemt under nedbrud" });
    expect(build().pending.list()).toEqual([]);
  });

  it("on reload the queue sends waiting writes by itself; a conflict on retry is surfaced, not overwritten", async () => {
    const emu = running!.emu;
    const storage = new MemoryStorage();
    const options = (retryPendingOnStart: boolean) => ({
      kombitSp: spFor(emu.sites.kombit, { maxAttempts: 2, baseDelayMs: 20 }),
      municipalitySp: spFor(emu.sites.municipality, { maxAttempts: 2, baseDelayMs: 20 }),
      pendingStore: storage,
      pendingKey: "conflict",
      retryPendingOnStart
    });
    const page1 = createPnpRepositories(options(false));
    const [a, b] = (await page1.local.getRows()).slice(22, 24);
    const outage = emu.faults.persistent503({ method: "POST", path: "/items(" });
    await expect(page1.local.updateState(a, { note: "Venter A" })).rejects.toBeInstanceOf(PendingWriteError);
    await expect(page1.local.updateState(b, { note: "Venter B" })).rejects.toBeInstanceOf(PendingWriteError);
    emu.faults.remove(outage);
    emu.faults.concurrentEdit({ list: "Planer", itemId: b.itemId, changes: { OirNote: "Nyere" }, when: "now" });

    const page2 = createPnpRepositories(options(true));
    await page2.pending.retryAll();
    expect(emu.getItem("municipality", "Planer", a.itemId)?.values.OirNote).toBe("Venter A");
    expect(emu.getItem("municipality", "Planer", b.itemId)?.values.OirNote).toBe("Nyere");
    expect(page2.pending.list()).toEqual([expect.objectContaining({ itemId: b.itemId, status: "conflict" })]);
  });
});
