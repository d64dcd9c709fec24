/**
 * The pending-writes queue: writes that failed after the HTTP retry budget (429/503/504 or no
 * connection), kept in memory and in a localStorage-like Storage so that a reload does not lose
 * them, sent again later (retryAll) and on reload. A write is only removed when it lands or the
 * user discards it: a conflict or a refusal found on retry stays listed for the UI to show.
 */
import type { PendingRetryOutcome, PendingWrite, PendingWrites } from "../repositories";
import { asError, ConflictError, PendingWriteError, SharePointError, ThrottledError } from "../errors";

/** The part of the Web Storage API we use (window.localStorage fits). */
export type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** Sends one queued write; args are the JSON the write was queued with. */
export type PendingExecutor = (args: unknown) => Promise<unknown>;

/** What a repository hands the queue: a serialisable description of the write. */
export interface QueuedWriteInput {
  op: string;
  args: unknown;
  listTitle: string;
  itemId?: number;
}

/** What is kept in Storage: the write as the UI sees it, with its args and without the live error object. */
type StoredWrite = Omit<PendingWrite, "error" | "args"> & { args: unknown };

export interface PendingQueueOptions {
  storage?: StorageLike;
  /** Storage key; one per pair of sites so two plans do not share a queue. */
  key?: string;
  now?: () => Date;
}

/**
 * fetch's network failure: no response came back, so the change may or may not have landed
 * (Chromium "Failed to fetch", undici "fetch failed", Firefox "NetworkError when attempting to
 * fetch resource.", Safari "Load failed").
 */
export function isNetworkFailure(e: unknown): boolean {
  // By name, not instanceof: fetch may come from another realm (an iframe's, Node's in a test VM).
  if (typeof e !== "object" || e === null) return false;
  const { name, message } = e as { name?: unknown; message?: unknown };
  return name === "TypeError" && typeof message === "string" && /fetch|network|load failed/i.test(message);
}

/** Errors that mean "try again later": throttled after the budget, or no response at all. */
export function isTransient(e: unknown): boolean {
  return e instanceof ThrottledError || isNetworkFailure(e);
}

/**
 * A queued write keeps the fields it clears: a save's changes hold a cleared field as a key with
 * undefined (e.g. an undone date move, `{ localStart: undefined }`), which JSON would drop, and
 * the write sent again would then leave the old value in SharePoint. Stored as this marker.
 */
const CLEARED = { $oirCleared: true } as const;

function isCleared(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { $oirCleared?: unknown }).$oirCleared === true && Object.keys(value).length === 1;
}

/** JSON of queued writes, cleared fields kept as the marker. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key !== "" && v === undefined ? CLEARED : v));
}

/** Parsed JSON of queued writes with the cleared fields back as keys holding undefined. */
function withClearedFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => (isCleared(v) ? undefined : withClearedFields(v))) as unknown as T;
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) result[key] = isCleared(v) ? undefined : withClearedFields(v);
  return result as T;
}

export class PendingWriteQueue implements PendingWrites {
  private readonly storage?: StorageLike;
  private readonly key: string;
  private readonly now: () => Date;
  private readonly executors = new Map<string, PendingExecutor>();
  private readonly listeners = new Set<(writes: PendingWrite[]) => void>();
  private readonly errors = new Map<string, Error>();
  private writes: StoredWrite[] = [];
  private running?: Promise<PendingRetryOutcome[]>;
  private counter = 0;

  public constructor(options: PendingQueueOptions = {}) {
    this.storage = options.storage;
    this.key = options.key ?? "oir-planner:pending-writes";
    this.now = options.now ?? ((): Date => new Date());
    this.writes = this.load();
  }

  /** Registers how to send writes of one kind; the repositories do this when they are built. */
  public register(op: string, executor: PendingExecutor): void {
    this.executors.set(op, executor);
  }

  /** Queues a write that failed transiently; returns the error to throw to the caller. */
  public enqueue(input: QueuedWriteInput, reason: SharePointError): PendingWriteError {
    const write: StoredWrite = {
      id: `${this.now().getTime().toString(36)}-${(this.counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      op: input.op,
      args: withClearedFields(JSON.parse(toJson(input.args)) as unknown),
      listTitle: input.listTitle,
      itemId: input.itemId,
      createdAt: this.now().toISOString(),
      attempts: 1,
      status: "waiting",
      lastError: reason.message
    };
    this.writes.push(write);
    this.errors.set(write.id, reason);
    this.changed();
    return new PendingWriteError(write.id, reason);
  }

  /**
   * Sends a write; if it fails transiently (throttled after the budget, or no response), queues
   * it and throws the PendingWriteError, so the change stays pending and visible, never lost.
   */
  public async sendOrQueue<T>(input: QueuedWriteInput, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (e) {
      if (isTransient(e) && e instanceof SharePointError) throw this.enqueue(input, e);
      throw e;
    }
  }

  public list(): PendingWrite[] {
    return this.writes.map((w) => {
      const view: PendingWrite = {
        id: w.id,
        op: w.op,
        listTitle: w.listTitle,
        createdAt: w.createdAt,
        attempts: w.attempts,
        status: w.status,
        lastError: w.lastError,
        args: w.args
      };
      if (w.itemId !== undefined) view.itemId = w.itemId;
      const error = this.errors.get(w.id);
      if (error) view.error = error;
      return view;
    });
  }

  public subscribe(listener: (writes: PendingWrite[]) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  public discard(id: string): void {
    const before = this.writes.length;
    this.writes = this.writes.filter((w) => w.id !== id);
    this.errors.delete(id);
    if (this.writes.length !== before) this.changed();
  }

  /** Sends waiting writes again, oldest first (two writes to one item keep their order). One run at a time. */
  public retryAll(): Promise<PendingRetryOutcome[]> {
    if (!this.running) {
      this.running = this.runAll().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async runAll(): Promise<PendingRetryOutcome[]> {
    const outcomes: PendingRetryOutcome[] = [];
    for (const write of this.writes.filter((w) => w.status === "waiting")) {
      const executor = this.executors.get(write.op);
      if (!executor) continue; // its repository is not built on this page; it stays for one that is
      write.status = "retrying";
      write.attempts++;
      this.changed();
      try {
        const result = await executor(write.args);
        this.writes = this.writes.filter((w) => w.id !== write.id);
        this.errors.delete(write.id);
        outcomes.push({ id: write.id, ok: true, result });
      } catch (e) {
        const error = asError(e);
        write.status = isTransient(e) ? "waiting" : e instanceof ConflictError ? "conflict" : "failed";
        write.lastError = error.message;
        this.errors.set(write.id, error);
        outcomes.push({ id: write.id, ok: false, error });
      }
      this.changed();
    }
    return outcomes;
  }

  /**
   * Sends waiting writes again every `intervalMs` while there are any ("retried later").
   * Returns the function that stops it (call it when the web part is disposed).
   */
  public startAutoRetry(intervalMs: number): () => void {
    const timer = setInterval(() => {
      if (this.writes.some((w) => w.status === "waiting")) {
        // Outcomes are recorded on the writes themselves (status, lastError), where the UI sees them.
        this.retryAll().catch((e: unknown) => this.reportQueueError(e));
      }
    }, intervalMs);
    return () => clearInterval(timer);
  }

  /** A failure of the queue itself (e.g. storage full): every listener hears of it through lastError. */
  public reportQueueError(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    for (const w of this.writes) if (w.status === "retrying") w.status = "waiting";
    for (const w of this.writes) w.lastError = message;
    const snapshot = this.list();
    for (const listener of [...this.listeners]) listener(snapshot);
  }

  private load(): StoredWrite[] {
    const raw = this.storage?.getItem(this.key);
    if (!raw) return [];
    const parsed = withClearedFields(JSON.parse(raw) as StoredWrite[]);
    if (!Array.isArray(parsed)) throw new Error(`Pending writes in storage key ${this.key} are not a list`);
    // A write that was being sent when the page closed may not have landed: it waits again.
    return parsed.map((w) => (w.status === "retrying" ? { ...w, status: "waiting" } : w));
  }

  private changed(): void {
    // Persist first: a listener that throws must not cost us the write.
    this.storage?.setItem(this.key, toJson(this.writes));
    const snapshot = this.list();
    for (const listener of [...this.listeners]) listener(snapshot);
  }
}
