/**
 * One plan per page and plan source (src/session/pagePlans.ts) and the shared reads under it
 * (src/session/sharedReads.ts): web parts of one source share repositories and session, reads
 * on their way are shared and never outlive a write, and the last web part to leave stops it.
 */
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { acquirePagePlan } from "../../../src/session/pagePlans";
import { planSessionFor } from "../../../src/session/sessionRegistry";
import { shareReads } from "../../../src/session/sharedReads";
import { PL12, pass, repositoriesWithQueue, samplePlan } from "./sessionTestKit";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("shared reads", () => {
  it("gives a read asked for while the same read is on its way that read's answer", async () => {
    const memory = createMemoryRepositories(samplePlan());
    const getRows = jest.spyOn(memory.local, "getRows");
    const shared = shareReads(memory);
    const [a, b] = await Promise.all([shared.local.getRows(), shared.local.getRows()]);
    expect(a).toBe(b);
    expect(getRows).toHaveBeenCalledTimes(1);
    await shared.local.getRows(); // the first has answered: read again
    expect(getRows).toHaveBeenCalledTimes(2);
  });

  it("never answers a read asked for after a write with a read that started before it", async () => {
    const memory = createMemoryRepositories(samplePlan());
    const shared = shareReads(memory);
    const before = shared.local.getRows();
    const row = (await memory.local.getRows()).find((r) => r.task.id === PL12);
    if (!row) throw new Error("no PL 12");
    const write = shared.local.updateState(row, { note: "skrevet" });
    const after = shared.local.getRows();
    expect(after).not.toBe(before);
    await write;
    expect((await shared.local.getRows()).find((r) => r.task.id === PL12)?.state.note).toBe("skrevet");
  });
});

describe("page plans", () => {
  it("gives the web parts of one plan source the same repositories and session", () => {
    const create = jest.fn(() => ({ repositories: createMemoryRepositories(samplePlan()) }));
    const timeline = acquirePagePlan("page-a", create);
    const booking = acquirePagePlan("page-a", create);
    const other = acquirePagePlan("page-b", create);
    expect(create).toHaveBeenCalledTimes(2);
    expect(booking.repositories).toBe(timeline.repositories);
    expect(booking.session).toBe(timeline.session);
    expect(planSessionFor(timeline.repositories)).toBe(timeline.session);
    expect(other.session).not.toBe(timeline.session);
    [timeline, booking, other].forEach((p) => p.release());
  });

  it("sends the page's pending writes again while a web part is there, and stops when the last one leaves", async () => {
    const { repositories, network, queue } = repositoriesWithQueue();
    const stop = jest.fn();
    const timeline = acquirePagePlan("page-resend", () => ({ repositories, stop }));
    const booking = acquirePagePlan("page-resend", () => ({ repositories, stop }));
    const rows = await repositories.local.getRows();
    const pl12 = rows.find((r) => r.task.id === PL12);
    if (!pl12) throw new Error("no PL 12");
    network.down = true;
    await expect(timeline.repositories.local.updateState(pl12, { note: "venter" })).rejects.toThrow();
    const retryAll = jest.spyOn(queue, "retryAll");
    network.down = false;

    timeline.release(); // the booking web part is still on the page: its session sends
    await pass(30_000);
    expect(retryAll).toHaveBeenCalledTimes(1);
    expect(queue.list()).toEqual([]);
    expect(stop).not.toHaveBeenCalled();

    booking.release();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it("sends writes left from an earlier page also where no view loads the plan", async () => {
    const { repositories, network, queue } = repositoriesWithQueue();
    const pl12 = (await repositories.local.getRows()).find((r) => r.task.id === PL12);
    if (!pl12) throw new Error("no PL 12");
    network.down = true;
    await expect(repositories.local.updateState(pl12, { note: "fra sidste gang" })).rejects.toThrow();
    network.down = false;

    const booking = acquirePagePlan("page-booking-only", () => ({ repositories }));
    await pass(30_000);
    expect(queue.list()).toEqual([]);
    booking.release();
  });
});
