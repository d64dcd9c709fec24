import { ConflictError, PendingWriteError, ThrottledError, AccessDeniedError } from "../../../src/data/errors";
import { PendingWriteQueue, StorageLike } from "../../../src/data/pending/pendingQueue";
import type { PendingWrite } from "../../../src/data/repositories";

class MemoryStorage implements StorageLike {
  public readonly data = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

const busy = (): ThrottledError => new ThrottledError({ status: 503, attempts: 6, serverMessage: "Serveren er optaget" });

describe("pending-writes queue", () => {
  it("keeps a failed write, tells subscribers, and survives a reload", () => {
    const storage = new MemoryStorage();
    const queue = new PendingWriteQueue({ storage, key: "k" });
    const seen: PendingWrite[][] = [];
    queue.subscribe((w) => seen.push(w));
    const error = queue.enqueue({ op: "save", args: { itemId: 3, status: "completed" }, listTitle: "Planer", itemId: 3 }, busy());
    expect(error).toBeInstanceOf(PendingWriteError);
    expect(error.message).toContain("Serveren er optaget");
    expect(seen).toHaveLength(1);
    expect(seen[0][0]).toMatchObject({ op: "save", itemId: 3, status: "waiting", attempts: 1 });

    const reloaded = new PendingWriteQueue({ storage, key: "k" });
    expect(reloaded.list()).toEqual([expect.objectContaining({ id: error.pendingId, op: "save", listTitle: "Planer", status: "waiting" })]);
  });

  it("sends waiting writes oldest first; a landed write leaves, a throttled one waits again", async () => {
    const storage = new MemoryStorage();
    const queue = new PendingWriteQueue({ storage, key: "k" });
    queue.enqueue({ op: "save", args: { n: 1 }, listTitle: "L" }, busy());
    queue.enqueue({ op: "save", args: { n: 2 }, listTitle: "L" }, busy());
    const order: number[] = [];
    queue.register("save", async (args) => {
      const n = (args as { n: number }).n;
      order.push(n);
      if (n === 2) throw busy();
      return `etag-${n}`;
    });
    const outcomes = await queue.retryAll();
    expect(order).toEqual([1, 2]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
    expect(queue.list()).toEqual([expect.objectContaining({ status: "waiting", attempts: 2 })]);
    expect(JSON.parse(storage.getItem("k") ?? "[]")).toHaveLength(1);
  });

  it("never drops a write: a conflict or a refusal on retry stays listed until discarded", async () => {
    const queue = new PendingWriteQueue();
    const a = queue.enqueue({ op: "save", args: { n: 1 }, listTitle: "L" }, busy());
    const b = queue.enqueue({ op: "save", args: { n: 2 }, listTitle: "L" }, busy());
    queue.register("save", async (args) => {
      if ((args as { n: number }).n === 1) throw new ConflictError(1, { n: 1 }, { value: { n: 0 }, etag: '"4"' }, { status: 412 });
      throw new AccessDeniedError({ status: 403, serverMessage: "Adgang nægtet" });
    });
    await queue.retryAll();
    expect(queue.list().map((w) => w.status)).toEqual(["conflict", "failed"]);
    expect(queue.list()[0].error).toBeInstanceOf(ConflictError);
    // Not sent again: they need the user.
    await queue.retryAll();
    expect(queue.list().map((w) => w.attempts)).toEqual([2, 2]);
    queue.discard(a.pendingId);
    queue.discard(b.pendingId);
    expect(queue.list()).toEqual([]);
  });

  it("keeps writes whose executor is not on this page, and a write interrupted by a reload waits again", async () => {
    const storage = new MemoryStorage();
    storage.setItem("k", JSON.stringify([{ id: "x", op: "bookings.save", args: {}, listTitle: "R", createdAt: "2027-01-01T00:00:00.000Z", attempts: 2, status: "retrying", lastError: "503" }]));
    const queue = new PendingWriteQueue({ storage, key: "k" });
    expect(queue.list()[0].status).toBe("waiting");
    expect(await queue.retryAll()).toEqual([]);
    expect(queue.list()).toHaveLength(1);
  });

  it("runs one retry at a time", async () => {
    const queue = new PendingWriteQueue();
    queue.enqueue({ op: "save", args: {}, listTitle: "L" }, busy());
    let calls = 0;
    queue.register("save", async () => {
      calls++;
      return "ok";
    });
    const [x, y] = await Promise.all([queue.retryAll(), queue.retryAll()]);
    expect(x).toBe(y);
    expect(calls).toBe(1);
  });
});

describe("automatic retries", () => {
  it("sends waiting writes again on an interval until they land, and stops when told", async () => {
    const queue = new PendingWriteQueue();
    queue.enqueue({ op: "save", args: {}, listTitle: "L" }, busy());
    let calls = 0;
    queue.register("save", async () => {
      calls++;
      if (calls < 3) throw busy();
      return "ok";
    });
    const stop = queue.startAutoRetry(5);
    const deadline = Date.now() + 2000;
    while (queue.list().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
    expect(queue.list()).toEqual([]);
    expect(calls).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(3);
  });
});
