/**
 * A queued save that clears a field (an undone date move: `{ localStart: undefined }`) keeps
 * clearing it when it is sent again, also after a reload: JSON alone would drop the key, and the
 * old value would stay in SharePoint.
 */
import { ThrottledError } from "../../../src/data/errors";
import { PendingWriteQueue, type StorageLike } from "../../../src/data/pending/pendingQueue";

class MemoryStorage implements StorageLike {
  public readonly data = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  public setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

const busy = (): ThrottledError => new ThrottledError({ status: 503, attempts: 6 });

describe("pending-writes queue: cleared fields", () => {
  it("sends a cleared field as cleared, in this page and after a reload", async () => {
    const storage = new MemoryStorage();
    const queue = new PendingWriteQueue({ storage, key: "k" });
    queue.enqueue({ op: "save", args: { ref: { itemId: 3, etag: '"2"' }, changes: { localStart: undefined, note: "x" } }, listTitle: "Planer", itemId: 3 }, busy());

    const sentHere: unknown[] = [];
    queue.register("save", async (args) => sentHere.push(args));
    const reloaded = new PendingWriteQueue({ storage, key: "k" });
    const sentAfterReload: unknown[] = [];
    reloaded.register("save", async (args) => sentAfterReload.push(args));

    await queue.retryAll();
    await reloaded.retryAll();
    for (const sent of [sentHere[0], sentAfterReload[0]]) {
      const { changes } = sent as { changes: Record<string, unknown> };
      expect(Object.keys(changes).sort()).toEqual(["localStart", "note"]);
      expect(changes.localStart).toBeUndefined();
      expect(changes.note).toBe("x");
    }
  });

  it("keeps values that only look like the marker's neighbours as they are", async () => {
    const queue = new PendingWriteQueue();
    queue.enqueue({ op: "save", args: { changes: { localPredecessors: [1, 2], note: "", flag: null } }, listTitle: "Planer" }, busy());
    const sent: unknown[] = [];
    queue.register("save", async (args) => sent.push(args));
    await queue.retryAll();
    expect(sent).toEqual([{ changes: { localPredecessors: [1, 2], note: "", flag: null } }]);
  });
});
