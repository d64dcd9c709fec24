/**
 * One "not before" time per site host, for every request. SharePoint throttles a user or an app,
 * not a single request: once any request has been told to wait (429/503 with Retry-After), every
 * other request to that host waits as long — sending them meanwhile only earns more 429s and
 * prolongs the throttling (Microsoft's guidance: honour Retry-After before the next request,
 * https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 * Shared by every SPFI of the page (module state), like the throttling it mirrors.
 */
export class ThrottleGate {
  private readonly notBeforeByHost = new Map<string, number>();

  /** No request to `host` before `atMs` (keeps the later of two holds). */
  public holdUntil(host: string, atMs: number): void {
    const key = host.toLowerCase();
    if (atMs > (this.notBeforeByHost.get(key) ?? 0)) this.notBeforeByHost.set(key, atMs);
  }

  /** Milliseconds to wait before sending to `host` at `nowMs` (0 when open). */
  public waitMs(host: string, nowMs: number): number {
    const key = host.toLowerCase();
    const at = this.notBeforeByHost.get(key);
    if (at === undefined) return 0;
    if (at <= nowMs) {
      this.notBeforeByHost.delete(key);
      return 0;
    }
    return at - nowMs;
  }
}

/** The page's gate. */
export const throttleGate = new ThrottleGate();
