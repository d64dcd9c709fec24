/**
 * Writes SharePoint did not answer: they stay pending and visible, the row keeps the user's
 * value (also after a reload), and the session sends them again by itself — and at once on
 * "Send igen nu" — adopting the new ETag so the next edit is no conflict.
 */
import type { Booking } from "../../../src/domain/model";
import { ThrottledError } from "../../../src/data/errors";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { MemoryStorage, PL12, pass, repositoriesWithQueue, samplePlan, saveOf, shown, startedSession, stored } from "./sessionTestKit";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const RESEND_MS = 30_000;

describe("plan session: pending writes", () => {
  it("keeps an unanswered save pending and visible, then sends it again by itself", async () => {
    const { repositories, memory, network } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    const before = stored(memory, PL12).state.note;
    network.down = true;
    session.editTask(PL12, { note: "venter på SharePoint" });
    await pass();
    expect(saveOf(session, PL12)).toBe("pending");
    expect(shown(session, PL12).state.note).toBe("venter på SharePoint");
    expect(session.getSnapshot().pendingWrites).toEqual([expect.objectContaining({ status: "waiting", itemId: stored(memory, PL12).itemId })]);
    expect(stored(memory, PL12).state.note).toBe(before);

    await pass(RESEND_MS); // still down: tried again, still waiting
    expect(session.getSnapshot().pendingWrites).toEqual([expect.objectContaining({ status: "waiting", attempts: 2 })]);
    expect(saveOf(session, PL12)).toBe("pending");

    network.down = false;
    await pass(RESEND_MS);
    expect(stored(memory, PL12).state.note).toBe("venter på SharePoint");
    expect(session.getSnapshot().pendingWrites).toEqual([]);
    expect(saveOf(session, PL12)).toBeUndefined();
    expect(shown(session, PL12).etag).toBe(stored(memory, PL12).etag);

    session.editTask(PL12, { status: "started" }); // the adopted ETag: no conflict
    await pass();
    expect(stored(memory, PL12).state).toMatchObject({ note: "venter på SharePoint", status: "started" });
  });

  it("sends at once on Send igen nu", async () => {
    const { repositories, memory, network } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    network.down = true;
    session.editTask(PL12, { note: "send nu" });
    await pass();
    network.down = false;
    await session.retryPending();
    expect(stored(memory, PL12).state.note).toBe("send nu");
    expect(saveOf(session, PL12)).toBeUndefined();
  });

  it("after a reload shows the pending value, marked pending, and sends it again by itself", async () => {
    const storage = new MemoryStorage();
    const memory = createMemoryRepositories(samplePlan());
    const first = repositoriesWithQueue(storage, memory);
    const { session: before, detach } = await startedSession(first.repositories);
    first.network.down = true;
    before.editTask(PL12, { note: "min ændring" });
    await pass();
    detach();

    // The page is loaded again while SharePoint still does not answer.
    const again = repositoriesWithQueue(storage, memory);
    again.network.down = true;
    const { session } = await startedSession(again.repositories);
    expect(shown(session, PL12).state.note).toBe("min ændring");
    expect(saveOf(session, PL12)).toBe("pending");
    expect(stored(memory, PL12).state.note).not.toBe("min ændring");

    again.network.down = false;
    await pass(RESEND_MS);
    expect(stored(memory, PL12).state.note).toBe("min ændring");
    expect(saveOf(session, PL12)).toBeUndefined();
    expect(shown(session, PL12).etag).toBe(stored(memory, PL12).etag);
  });

  it("sends writes that waited over a reload right after the plan is read", async () => {
    const storage = new MemoryStorage();
    const memory = createMemoryRepositories(samplePlan());
    const first = repositoriesWithQueue(storage, memory);
    const { session: before, detach } = await startedSession(first.repositories);
    first.network.down = true;
    before.editTask(PL12, { note: "sendes ved genindlæsning" });
    await pass();
    detach();

    const again = repositoriesWithQueue(storage, memory);
    const { session } = await startedSession(again.repositories);
    await pass();
    expect(stored(memory, PL12).state.note).toBe("sendes ved genindlæsning");
    expect(saveOf(session, PL12)).toBeUndefined();
  });

  it("stops sending when the last view has left", async () => {
    const { repositories, network, queue } = repositoriesWithQueue();
    const { session, detach } = await startedSession(repositories);
    network.down = true;
    session.editTask(PL12, { note: "x" });
    await pass();
    detach();
    const retryAll = jest.spyOn(queue, "retryAll");
    await pass(RESEND_MS * 3);
    expect(retryAll).not.toHaveBeenCalled();
  });

  it("reads the plan again in the background when a queued write of another list lands", async () => {
    const { repositories, memory, queue } = repositoriesWithQueue();
    // A booking SharePoint did not answer, queued as the booking repository queues it.
    queue.register("bookings.save", async (args) => {
      const [result] = await memory.bookings.saveBookings([{ booking: args as Booking }]);
      if (!result.ok) throw result.error;
      return result.etag;
    });
    const booking: Booking = { personEmail: "anne.holm@eksempelkommune.dk", taskId: PL12, weekStart: "2027-03-01", hours: 4, role: "KY-projektleder" };
    const { session } = await startedSession(repositories);
    const phases: string[] = [];
    session.subscribe(() => phases.push(session.getSnapshot().state.phase));
    queue.enqueue({ op: "bookings.save", args: booking, listTitle: "Ressourcebookinger" }, new ThrottledError({ status: 503, attempts: 6 }));

    await pass(RESEND_MS);
    const { state } = session.getSnapshot();
    expect(state.phase === "ready" && state.plan.bookings).toContainEqual(booking);
    expect(phases).not.toContain("loading"); // the view stays as it is while the plan is read again
  });

  it("keeps an undone date move (a cleared field) pending over a reload and clears it in SharePoint", async () => {
    const storage = new MemoryStorage();
    const memory = createMemoryRepositories(samplePlan());
    const first = repositoriesWithQueue(storage, memory);
    const { session: before, detach } = await startedSession(first.repositories);
    before.editTask(PL12, { localStart: "2027-02-15" });
    await pass();
    expect(stored(memory, PL12).state.localStart).toBe("2027-02-15");
    first.network.down = true;
    before.undo();
    await pass();
    detach();

    const again = repositoriesWithQueue(storage, memory);
    again.network.down = true;
    const { session } = await startedSession(again.repositories);
    expect(shown(session, PL12).state.localStart).toBeUndefined();
    expect(saveOf(session, PL12)).toBe("pending");
    again.network.down = false;
    await pass(RESEND_MS);
    expect(stored(memory, PL12).state.localStart).toBeUndefined();
  });
});
