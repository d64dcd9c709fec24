/**
 * ETag conflicts and $batch: a 412 surfaces with both versions and nothing is overwritten; a
 * batch with one failing part reports per part, and only the throttled part is sent again.
 */
import { ConflictError } from "../../../src/data/errors";
import { versionFromEtag } from "../../../src/data/mappers/fieldValues";
import { createPnpRepositories } from "../../../src/data/pnp";
import type { LocalStateChanges } from "../../../src/data/mappers/localPlan";
import { apiRequests, lastSeq, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(30000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
afterEach(() => running?.emu.faults.clear());

function repos() {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
}

describe("ETag conflicts", () => {
  it("a 412 becomes a ConflictError with mine and theirs (re-read), and their edit stays", async () => {
    const emu = running!.emu;
    const r = repos();
    const row = (await r.local.getRows())[3];
    emu.faults.concurrentEdit({ list: "Planer", itemId: row.itemId, changes: { OirNote: "Rettet direkte i listen", OirStatus: "Påbegyndt" } });
    const mine: LocalStateChanges = { note: "Min note", status: "completed" };
    const error = (await r.local.updateState(row, mine).catch((e: unknown) => e)) as ConflictError<LocalStateChanges, LocalStateChanges>;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(412);
    expect(error.serverMessage).not.toBe("");
    expect(error.mine).toEqual(mine);
    expect(error.theirs?.value).toEqual({ note: "Rettet direkte i listen", status: "started" });
    expect(versionFromEtag(error.theirs?.etag)).toBe((versionFromEtag(row.etag) ?? 0) + 1);
    expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote).toBe("Rettet direkte i listen");

    // Resolving with "mine" means writing again on their version: that lands.
    const etag = await r.local.updateState({ itemId: row.itemId, etag: error.theirs!.etag }, mine);
    expect(versionFromEtag(etag)).toBe((versionFromEtag(row.etag) ?? 0) + 2);
    expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote).toBe("Min note");
  });

  it("never sends a blind write: every MERGE and DELETE carries the ETag read, never *", async () => {
    const emu = running!.emu;
    const r = repos();
    const since = lastSeq(emu);
    const rows = (await r.local.getRows()).slice(0, 2);
    await r.local.updateState(rows[0], { note: "a" });
    await r.local.updateStates([{ ref: rows[1], changes: { note: "b" } }]);
    const [member] = await r.workingGroup.getMembers();
    await r.workingGroup.updateMember(member, { ...member.value, weeklyCapacityHours: 12 });
    const writes = apiRequests(emu, since).flatMap((e) => [
      ...(e.headers["x-http-method"] ? [{ ifMatch: e.headers["if-match"] }] : []),
      ...(e.batchParts ?? []).filter((p) => p.method !== "GET" && p.method !== "POST").map((p) => ({ ifMatch: p.ifMatch }))
    ]);
    expect(writes).toHaveLength(3);
    for (const w of writes) expect(w.ifMatch).toMatch(/^"[^*]+"$/);
  });
});

describe("$batch is not transactional", () => {
  it("one stale part fails with a conflict, the others land", async () => {
    const emu = running!.emu;
    const r = repos();
    const rows = (await r.local.getRows()).slice(5, 8);
    emu.faults.concurrentEdit({ list: "Planer", itemId: rows[1].itemId, changes: { OirNote: "Deres" }, when: "now" });
    const since = lastSeq(emu);
    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { status: "completed" as const, note: "Bulk" } })));
    expect(results.map((x) => x.ok)).toEqual([true, false, true]);
    const failed = results[1];
    expect(failed.ok === false && failed.error).toBeInstanceOf(ConflictError);
    expect(failed.ok === false && (failed.error as ConflictError).theirs?.value).toEqual({ status: "notStarted", note: "Deres" });
    const batches = apiRequests(emu, since).filter((e) => e.path.endsWith("/$batch"));
    expect(batches).toHaveLength(1);
    expect(batches[0].batchParts?.map((p) => p.status)).toEqual([204, 412, 204]);
    expect(emu.getItem("municipality", "Planer", rows[0].itemId)?.values.OirStatus).toBe("Fuldført");
    expect(emu.getItem("municipality", "Planer", rows[1].itemId)?.values.OirNote).toBe("Deres");
    expect(emu.getItem("municipality", "Planer", rows[2].itemId)?.values.OirStatus).toBe("Fuldført");
  });

  it("a throttled part is sent again alone, after its Retry-After", async () => {
    const emu = running!.emu;
    const r = repos();
    const rows = (await r.local.getRows()).slice(10, 14);
    emu.faults.throttle({ batchParts: true, path: `items(${rows[2].itemId})`, status: 429, retryAfter: 1, times: 1 });
    const since = lastSeq(emu);
    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { note: "Flyttet en uge" } })));
    expect(results.every((x) => x.ok)).toBe(true);
    const batches = apiRequests(emu, since).filter((e) => e.path.endsWith("/$batch"));
    expect(batches.map((b) => b.batchParts?.length)).toEqual([4, 1]);
    expect(batches[0].batchParts?.map((p) => p.status)).toEqual([204, 204, 429, 204]);
    expect(batches[1].batchParts?.[0].path).toContain(`items(${rows[2].itemId})`);
    expect(batches[1].startedAt - batches[0].startedAt).toBeGreaterThanOrEqual(1000);
    for (const row of rows) expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote).toBe("Flyttet en uge");
  });
});
