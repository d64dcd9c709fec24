/**
 * Issue 16 (load, defect 11) against the emulator over real HTTP: the two web parts of a page
 * that show the same plan get one page plan (src/session/pagePlans.ts). Loading the page reads
 * each list once, and a change made through one web part's session is what the other sees,
 * without a reload. The booking web part still loads through its own hook: here it reads what
 * useBookingPlan's load reads, through the page's repositories, at the same time as the timeline.
 */
import { createPnpRepositories } from "../../../src/data/pnp";
import type { PlanRepositories } from "../../../src/data/repositories";
import { acquirePagePlan } from "../../../src/session/pagePlans";
import type { PlanSession } from "../../../src/session/planSession";
import { apiRequests, lastSeq, MemoryStorage, spFor, startTestEmulator, stopTestEmulator } from "../data/support";

jest.setTimeout(30000);

const PL12 = 519;

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

function createRepositories(): { repositories: PlanRepositories; stop: () => void } {
  const emu = running!.emu;
  const repositories = createPnpRepositories({
    kombitSp: spFor(emu.sites.kombit),
    municipalitySp: spFor(emu.sites.municipality),
    pendingStore: new MemoryStorage(),
    retryPendingOnStart: false
  });
  return { repositories, stop: repositories.stopAutoRetry };
}

/** What the booking web part reads when it loads (useBookingPlan's loadData). */
function loadAsBooking(repositories: PlanRepositories): Promise<unknown[]> {
  return Promise.all([
    repositories.master.getWaves(),
    repositories.local.getRows(),
    repositories.workingGroup.getMembers(),
    repositories.bookings.getBookings(),
    repositories.bookings.canEdit(),
    repositories.workingGroup.canEdit()
  ]);
}

function waitUntilReady(session: PlanSession): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const { state } = session.getSnapshot();
      if (state.phase === "ready") resolve();
      if (state.phase === "failed") reject(state.error);
    };
    session.subscribe(check);
    check();
  });
}

/** GET requests for list items, counted by list and site ("site/list"). */
function itemReadsByList(since: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of apiRequests(running!.emu, since)) {
    const match = /\/sites\/([^/]+)\/_api\/web\/lists\/getbytitle\('([^']+)'\)\/items$/i.exec(decodeURIComponent(entry.path));
    if (entry.method !== "GET" || !match) continue;
    const key = `${match[1]}/${match[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe("one plan per page for the web parts that show it", () => {
  it("reads each list once when both web parts load together", async () => {
    const since = lastSeq(running!.emu);
    const timeline = acquirePagePlan("load-once", createRepositories);
    const booking = acquirePagePlan("load-once", createRepositories);
    expect(booking.repositories).toBe(timeline.repositories);
    expect(booking.session).toBe(timeline.session);

    const detach = timeline.session.attach();
    timeline.session.start();
    await Promise.all([waitUntilReady(timeline.session), loadAsBooking(booking.repositories)]);

    expect(Object.fromEntries(itemReadsByList(since))).toEqual({
      "eksempelkommune/Arbejdsgruppe": 1,
      "eksempelkommune/Planer": 1,
      "eksempelkommune/Ressourcebookinger": 1,
      "eksempelkommune/Webinardeltagelse": 1,
      "kombit-ky/Bølger": 1
    });
    // Nothing else is asked twice either (permissions, the current user).
    const asked = apiRequests(running!.emu, since).map((e) => `${e.method} ${decodeURIComponent(e.path)}`);
    expect(asked.filter((request, i) => asked.indexOf(request) !== i)).toEqual([]);
    detach();
    timeline.release();
    booking.release();
  });

  it("shows a change made through one web part in the other's session without a reload", async () => {
    const timeline = acquirePagePlan("shared-change", createRepositories);
    const booking = acquirePagePlan("shared-change", createRepositories);
    const detachTimeline = timeline.session.attach();
    const detachBooking = booking.session.attach();
    timeline.session.start();
    booking.session.start();
    await waitUntilReady(booking.session);

    const seenByBooking: string[] = [];
    booking.session.subscribe(() => {
      const { state } = booking.session.getSnapshot();
      const row = state.phase === "ready" ? state.plan.rows.find((r) => r.task.id === PL12) : undefined;
      if (row) seenByBooking.push(row.state.localEnd ?? "");
    });
    timeline.session.editTask(PL12, { localEnd: "2027-04-23" });
    await new Promise<void>((resolve) => {
      const done = (): void => {
        const { state } = booking.session.getSnapshot();
        if (state.phase === "ready" && !state.saves.has(PL12)) resolve();
      };
      booking.session.subscribe(done);
    });
    expect(seenByBooking[0]).toBe("2027-04-23");

    // And it is in SharePoint: a fresh page load reads it.
    const fresh = createRepositories().repositories;
    const stored = (await fresh.local.getRows()).find((r) => r.task.id === PL12);
    expect(stored?.state.localEnd).toBe("2027-04-23");
    detachTimeline();
    detachBooking();
    timeline.release();
    booking.release();
  });

  it("gives another plan source its own plan, and builds a new one once every web part has let go", () => {
    const a = acquirePagePlan("source-a", createRepositories);
    const b = acquirePagePlan("source-b", createRepositories);
    expect(b.session).not.toBe(a.session);
    a.release();
    const again = acquirePagePlan("source-a", createRepositories);
    expect(again.session).not.toBe(a.session);
    again.release();
    b.release();
  });
});
