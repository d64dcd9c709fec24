/**
 * The list view threshold: on a list over the threshold, a $filter or $orderby on a non-indexed
 * column fails with SharePoint's 500 SPQueryThrottledException; an indexed filter that narrows
 * below the threshold, the ID, and paging by ID work. 20,000 rows seeded in-process.
 */
import { Emulator, pnp, startTestEmulator, statusOf } from "./support";

const TOTAL = 20000;

describe("emulator list view threshold", () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startTestEmulator();
    emu.seedItems("municipality", "Ressourcebookinger", Array.from({ length: TOTAL }, (_, i) => ({
      Title: `Booking ${i}`, OirPersonId: 11 + (i % 10), OirRole: i % 2 ? "KY-projektleder" : "Ydelseschef",
      OirTaskId: 1 + (i % 30), OirWeek: `2027-0${1 + (i % 9)}-04T00:00:00Z`, OirHours: i % 8
    })));
  });
  afterAll(async () => { await emu.close(); });

  const bookings = (): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
    pnp(emu.sites.municipality).web.lists.getByTitle("Ressourcebookinger").items;

  it("throttles a filter on a non-indexed column with SharePoint's error", async () => {
    const failure = await statusOf(bookings().filter("OirRole eq 'Ydelseschef'")());
    expect(failure.status).toBe(500);
    expect(failure.text).toContain("-2147024860, Microsoft.SharePoint.SPQueryThrottledException");
    expect(failure.text).toContain("The attempted operation is prohibited because it exceeds the list view threshold.");
  });

  it("throttles an $orderby on a non-indexed column but not on ID or an indexed one", async () => {
    expect((await statusOf(bookings().orderBy("OirHours")())).status).toBe(500);
    expect(await bookings().select("Id").orderBy("ID", false).top(10)()).toHaveLength(10);
    expect(await bookings().select("Id").orderBy("OirWeek").top(10)()).toHaveLength(10);
  });

  it("lets an indexed filter through when it narrows below the threshold", async () => {
    const rows = await bookings().select("Id", "OirPersonId").filter("OirPersonId eq 12").top(5000)<{ OirPersonId: number }[]>();
    expect(rows).toHaveLength(TOTAL / 10);
    expect(rows.every((r) => r.OirPersonId === 12)).toBe(true);
    // Indexed AND non-indexed: the indexed part narrows, so SharePoint lets it through.
    const both = await bookings().select("Id").filter("OirPersonId eq 12 and OirRole eq 'KY-projektleder'").top(5000)();
    expect(both.length).toBe(TOTAL / 10);
    // An indexed condition that still selects more than the threshold is throttled.
    expect((await statusOf(bookings().filter("OirHours ge 0 and OirWeek ge datetime'2027-01-01T00:00:00Z'")())).status).toBe(500);
    // Rows an indexed filter narrowed may be sorted on any column.
    const sorted = await bookings().select("Id", "OirHours").filter("OirPersonId eq 12").orderBy("OirHours", false).top(5000)<{ OirHours: number }[]>();
    expect(sorted).toHaveLength(TOTAL / 10);
    expect(sorted[0].OirHours).toBeGreaterThanOrEqual(sorted[sorted.length - 1].OirHours);
    // ID ranges are always indexed.
    expect(await bookings().select("Id").filter("Id gt 19999")()).toHaveLength(10);
  });

  it("does not throttle below the threshold, and the threshold is configurable", async () => {
    expect((await pnp(emu.sites.municipality).web.lists.getByTitle("Arbejdsgruppe").items.filter("OirWeeklyCapacity gt 0")()).length).toBeGreaterThan(0);
    emu.threshold = 3;
    try {
      expect((await statusOf(pnp(emu.sites.municipality).web.lists.getByTitle("Arbejdsgruppe").items.filter("OirWeeklyCapacity gt 0")())).status).toBe(500);
    } finally {
      emu.threshold = 5000;
    }
  });
});
