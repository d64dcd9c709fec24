/**
 * Sends the pending-writes queue again for the plan session: at a time asked for (right after a
 * load), then every `intervalMs` while writes wait, one run at a time; and reports what landed,
 * so the session can give a row its new ETag or read the plan again.
 */
import { isWaiting } from "../data/pending/queuedStates";
import type { PendingRetryOutcome, PendingWrite, PendingWrites } from "../data/repositories";

export interface ResendReport {
  /** Each write that was sent and landed, as it was listed before the run, with what its send returned. */
  landed: { write: PendingWrite; result: unknown }[];
}

export interface ResendHost {
  /** The writes listed now (the session's copy of the queue). */
  writes(): readonly PendingWrite[];
  /** What a run landed; the session adopts it. */
  landed(report: ResendReport): Promise<void>;
  /** The queue itself failed (e.g. storage full): the writes stay queued. */
  failed(error: unknown): void;
}

type Timer = ReturnType<typeof setTimeout>;

export class PendingResender {
  private timer?: Timer;
  private due = 0;
  private running?: Promise<void>;
  private active = false;

  public constructor(
    private readonly pending: PendingWrites | undefined,
    private readonly intervalMs: number,
    private readonly host: ResendHost
  ) {}

  /** Starts sending again on schedule (a view is there). */
  public start(): void {
    this.active = true;
    this.schedule(this.intervalMs);
  }

  /** Stops the schedule (no view left); a run under way finishes. */
  public stop(): void {
    this.active = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Sends the waiting writes in `delayMs`, or sooner if a send is already due sooner. */
  public schedule(delayMs: number): void {
    if (!this.active || !this.host.writes().some(isWaiting)) return;
    const due = Date.now() + delayMs;
    if (this.timer !== undefined) {
      if (this.due <= due) return;
      clearTimeout(this.timer);
    }
    this.due = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.sendNow().then(() => this.schedule(this.intervalMs));
    }, delayMs);
  }

  /** Sends every waiting write now ("Send igen nu"); never rejects (a failure goes to the host). */
  public sendNow(): Promise<void> {
    const pending = this.pending;
    if (!pending) return Promise.resolve();
    if (!this.running) {
      const sent = new Map(pending.list().map((w) => [w.id, w]));
      this.running = pending
        .retryAll()
        .then((outcomes) => this.host.landed({ landed: landedWrites(sent, outcomes) }))
        .catch((error: unknown) => this.host.failed(error))
        .finally(() => {
          this.running = undefined;
        });
    }
    return this.running;
  }
}

function landedWrites(sent: ReadonlyMap<string, PendingWrite>, outcomes: readonly PendingRetryOutcome[]): ResendReport["landed"] {
  const landed: ResendReport["landed"] = [];
  for (const outcome of outcomes) {
    const write = sent.get(outcome.id);
    if (outcome.ok && write) landed.push({ write, result: outcome.result });
  }
  return landed;
}
