/**
 * Lists over SharePoint's 5,000-item view threshold: 20,000 rows read in 4 requests, and none of
 * our queries trips the threshold (while the emulator does raise it for an unindexed filter).
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { createPnpRepositories } from "../../../src/data/pnp";
import { apiRequests, lastSeq, spFor, startTestEmulator, stopTestEmulator } from "./support";

jest.setTimeout(60000);

const TOTAL = 20000;
let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;

function row(i: number): Record<string, unknown> {
  return {
    Title: `Opgave ${i}`,
    OirMasterId: 100000 + i,
    OirCode: `X ${i}`,
    OirPhase: `Fase ${i % 7}`,
    OirKind: "Opgave",
    OirWaves: "KY - Bølge 5",
    OirEffortDays: i % 5,
    OirEndOffsetDays: -(i % 200),
    OirStartOffsetDays: -28
  };
}

beforeAll(async () => {
  running = await startTestEmulator();
  const emu = running.emu;
  const masterCount = (await spFor(emu.sites.kombit).web.lists.getByTitle("Planer").items.select("Id").top(5000)()).length;
  const localCount = (await spFor(emu.sites.municipality).web.lists.getByTitle("Planer").items.select("Id").top(5000)()).length;
  emu.seedItems("kombit", "Planer", Array.from({ length: TOTAL - masterCount }, (_, i) => row(i)));
  emu.seedItems("municipality", "Planer", Array.from({ length: TOTAL - localCount }, (_, i) => ({ ...row(i), OirStatus: i % 3 === 0 ? "Påbegyndt" : "Ikke påbegyndt" })));
});
afterAll(() => stopTestEmulator(running));

describe("a 20,000-row list", () => {
  it("loads every master row in 4 requests of $top=5000 following odata.nextLink", async () => {
    const emu = running!.emu;
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
    const since = lastSeq(emu);
    const started = Date.now();
    const tasks = await repos.master.getTasks();
    const ms = Date.now() - started;
    const requests = apiRequests(emu, since);
    expect(tasks).toHaveLength(TOTAL);
    expect(new Set(tasks.map((t) => t.itemId)).size).toBe(TOTAL);
    expect(requests).toHaveLength(4);
    expect(requests.every((r) => r.method === "GET" && r.status === 200 && r.query.$top === "5000")).toBe(true);
    expect(requests.slice(1).every((r) => /Paged=TRUE&p_ID=\d+/.test(r.query.$skiptoken ?? ""))).toBe(true);
    // $select only what the mapper uses.
    expect(requests[0].query.$select.split(",")).toEqual(expect.arrayContaining(["Id", "OirMasterId", "OirPredecessors/Id"]));
    expect(requests[0].query.$select).not.toMatch(/\*/);
    // eslint-disable-next-line no-console
    console.log(`[figures] 20,000 master rows: ${requests.length} requests, ${ms} ms`);
  });

  it("never trips the list view threshold with our queries, while an unindexed filter does", async () => {
    const emu = running!.emu;
    const municipalitySp = spFor(emu.sites.municipality);
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp });
    const since = lastSeq(emu);
    const rows = await repos.local.getRows();
    expect(rows).toHaveLength(TOTAL);
    await repos.bookings.getBookings();
    await repos.attendance.getAttendance();
    const mine = apiRequests(emu, since);
    expect(mine.filter((r) => r.status >= 400)).toEqual([]);
    expect(mine.some((r) => r.query.$filter !== undefined || r.query.$orderby !== undefined)).toBe(false);

    const error = await municipalitySp.web.lists.getByTitle("Planer").items.filter("OirPhase eq 'Fase 3'").top(100)().catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(500);
    expect((error as Error).message).toMatch(/SPQueryThrottledException|list view threshold/);
  });
});
