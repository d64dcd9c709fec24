/**
 * Bulk saves ($batch) under the faults of issue 13, with real PnPjs over real HTTP against the
 * emulator: nothing is lost, every change ends saved or pending (and visible in repos.pending).
 * - the $batch POST gets no response (dropped before it ran, or applied and the answer lost):
 *   every part is pending, and retrying lands each exactly once — a part that had landed is
 *   recognised (values compared), not reported as a conflict, and an add is not made twice;
 * - a part throttled with Retry-After as an HTTP date is sent again no earlier than that date;
 * - parts after a failed part, answered 500 without running, are sent again (or queued);
 * - a save bigger than SharePoint's 1,048,576-byte $batch limit is split by size.
 */
import { ConflictError, PendingWriteError } from "../../../src/data/errors";
import { createPnpRepositories } from "../../../src/data/pnp";
import type { BatchOptions } from "../../../src/data/pnp/writes";
import { apiRequests, Emulator, lastSeq, MemoryStorage, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(60000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
afterEach(() => running?.emu.faults.clear());

/** The emulator's network faults and the batch fault (tools/emulator/faults.js). */
type MoreFaults = { loseResponse(rule: Record<string, unknown>): number; failRestOfBatch(rule: Record<string, unknown>): number };
const faults = (emu: Emulator): Emulator["faults"] & MoreFaults => emu.faults as Emulator["faults"] & MoreFaults;

function repos(batch?: BatchOptions) {
  const emu = running!.emu;
  return createPnpRepositories({
    kombitSp: spFor(emu.sites.kombit),
    municipalitySp: spFor(emu.sites.municipality),
    pendingStore: new MemoryStorage(),
    pendingKey: "bulk",
    batch
  });
}

const batchesSince = (emu: Emulator, since: number) => apiRequests(emu, since).filter((e) => e.path.endsWith("/$batch"));

describe("a bulk save whose $batch gets no response", () => {
  it.each([
    ["dropped before it ran", "dropConnection"],
    ["applied, its answer lost", "loseResponse"]
  ] as const)("updateStates (%s): every part pending and visible, then saved once on retry", async (_label, fault) => {
    const emu = running!.emu;
    const r = repos();
    const rows = (await r.local.getRows()).slice(20, 24);
    const versions = rows.map((row) => emu.getItem("municipality", "Planer", row.itemId)!.version);
    if (fault === "dropConnection") emu.faults.dropConnection({ path: "/_api/$batch" });
    else faults(emu).loseResponse({ path: "/_api/$batch" });

    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { note: `Bulk ${fault}` } })));
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toBeInstanceOf(PendingWriteError);
    }
    expect(r.pending.list().map((w) => w.itemId).sort()).toEqual(rows.map((row) => row.itemId).sort());
    expect(r.pending.list().every((w) => w.status === "waiting")).toBe(true);

    const outcomes = await r.pending.retryAll();
    expect(outcomes.map((o) => o.ok)).toEqual(rows.map(() => true));
    expect(r.pending.list()).toEqual([]);
    rows.forEach((row, i) => {
      const stored = emu.getItem("municipality", "Planer", row.itemId)!;
      expect(stored.values.OirNote).toBe(`Bulk ${fault}`);
      expect(stored.version).toBe(versions[i] + 1); // applied exactly once
    });
  });

  it("saveBookings (update, add, delete; answer lost): pending, then saved once — no second booking, no false conflict", async () => {
    const emu = running!.emu;
    const r = repos();
    const [b0, b1] = await r.bookings.getBookings();
    const rows = await r.local.getRows();
    const newcomer = emu.state.directory.find((p) => p.email.startsWith("kollega"))!;
    const added = { personEmail: newcomer.email, taskId: rows[3].task.id, weekStart: "2027-05-03", hours: 6 };
    faults(emu).loseResponse({ path: "/_api/$batch" });
    const results = await r.bookings.saveBookings([
      { ref: b0, booking: { ...b0.value, hours: b0.value.hours + 3 } },
      { booking: added },
      { ref: b1, booking: { ...b1.value, hours: 0 } }
    ]);
    expect(results.every((x) => !x.ok && x.error instanceof PendingWriteError)).toBe(true);
    expect(r.pending.list()).toHaveLength(3);

    const outcomes = await r.pending.retryAll();
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    expect(r.pending.list()).toEqual([]);
    const after = await r.bookings.getBookings();
    expect(after.find((b) => b.itemId === b0.itemId)?.value.hours).toBe(b0.value.hours + 3);
    expect(after.some((b) => b.itemId === b1.itemId)).toBe(false);
    expect(after.filter((b) => b.value.personEmail === newcomer.email && b.value.taskId === added.taskId && b.value.weekStart === added.weekStart)).toHaveLength(1);
  });
});

describe("Retry-After inside a $batch part", () => {
  it("as an HTTP date: the part is sent again no earlier than the date", async () => {
    const emu = running!.emu;
    const waits: number[] = [];
    const r = repos({ onRetry: (info) => waits.push(info.waitMs) });
    const rows = (await r.local.getRows()).slice(30, 33);
    emu.faults.throttle({ batchParts: true, path: `items(${rows[1].itemId})`, status: 503, retryAfter: 2, retryAfterAs: "date", times: 1 });
    const since = lastSeq(emu);
    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { note: "Efter datoen" } })));
    expect(results.every((x) => x.ok)).toBe(true);
    const [first, second] = batchesSince(emu, since);
    expect(first.batchParts?.map((p) => p.status)).toEqual([204, 503, 204]);
    // The date is 2–3 s after the answer (whole seconds, rounded up); the backoff alone would be ~0.3 s.
    expect(waits[0]).toBeGreaterThanOrEqual(1900);
    expect(second.startedAt - first.startedAt).toBeGreaterThanOrEqual(1900);
    expect(second.batchParts?.map((p) => p.path)).toEqual([expect.stringContaining(`items(${rows[1].itemId})`)]);
  });
});

describe("parts after a failed part, answered 500 without running", () => {
  it("are sent again without the failed part and land; the failed part is the only conflict", async () => {
    const emu = running!.emu;
    const r = repos();
    const rows = (await r.local.getRows()).slice(10, 14);
    emu.faults.concurrentEdit({ list: "Planer", itemId: rows[1].itemId, changes: { OirNote: "Deres" }, when: "now" });
    faults(emu).failRestOfBatch({ path: `items(${rows[1].itemId})` });
    const since = lastSeq(emu);
    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { note: "Efter fejlen" } })));
    expect(results.map((x) => x.ok)).toEqual([true, false, true, true]);
    expect(!results[1].ok && results[1].error).toBeInstanceOf(ConflictError);
    const batches = batchesSince(emu, since);
    expect(batches[0].batchParts?.map((p) => p.status)).toEqual([204, 412, 500, 500]);
    expect(batches[1].batchParts?.map((p) => p.status)).toEqual([204, 204]);
    for (const i of [0, 2, 3]) expect(emu.getItem("municipality", "Planer", rows[i].itemId)?.values.OirNote).toBe("Efter fejlen");
    expect(emu.getItem("municipality", "Planer", rows[1].itemId)?.values.OirNote).toBe("Deres");
  });

  it("are queued as pending when the rounds run out, and land on retry", async () => {
    const emu = running!.emu;
    const r = repos({ maxRounds: 1 });
    const rows = (await r.local.getRows()).slice(14, 17);
    emu.faults.concurrentEdit({ list: "Planer", itemId: rows[0].itemId, changes: { OirNote: "Deres" }, when: "now" });
    faults(emu).failRestOfBatch({ path: `items(${rows[0].itemId})` });
    const results = await r.local.updateStates(rows.map((row) => ({ ref: row, changes: { note: "Senere" } })));
    expect(!results[0].ok && results[0].error).toBeInstanceOf(ConflictError);
    expect(results.slice(1).every((x) => !x.ok && x.error instanceof PendingWriteError)).toBe(true);
    expect(r.pending.list().map((w) => w.itemId)).toEqual([rows[1].itemId, rows[2].itemId]);
    expect((await r.pending.retryAll()).every((o) => o.ok)).toBe(true);
    for (const row of rows.slice(1)) expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote).toBe("Senere");
  });
});

describe("a bulk save bigger than SharePoint's $batch body limit", () => {
  it("100 rows with 12 kB notes (about 1.2 MB) are split by size: every $batch accepted, every row saved", async () => {
    const emu = running!.emu;
    const r = repos();
    // The sample plan has fewer rows: add local rows for 100 more master tasks.
    emu.seedItems("municipality", "Planer", Array.from({ length: 100 }, (_, i) => ({
      Title: `Ekstra opgave ${i}`, OirMasterId: 9000 + i, OirCode: `EX ${i}`, OirMasterItemId: 9000 + i, OirMasterVersion: 1, OirStatus: "Ikke påbegyndt"
    })));
    const rows = (await r.local.getRows()).filter((row) => row.task.id >= 9000);
    expect(rows).toHaveLength(100);
    const note = (i: number): string => `${i} ${"Lang note med æøå. ".repeat(620)}`.slice(0, 12000);
    const since = lastSeq(emu);
    const results = await r.local.updateStates(rows.map((row, i) => ({ ref: row, changes: { note: note(i) } })));
    expect(results.filter((x) => !x.ok)).toEqual([]);
    const batches = batchesSince(emu, since);
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches.every((b) => b.status === 200)).toBe(true);
    expect(batches.reduce((n, b) => n + (b.batchParts?.length ?? 0), 0)).toBe(100);
    rows.forEach((row, i) => expect(emu.getItem("municipality", "Planer", row.itemId)?.values.OirNote).toBe(note(i)));
  });
});
