/**
 * Which responses answered a request we had already sent once (RetryWithRetryAfter sends an
 * ETag-guarded write again after a network failure). A 412 on such a second send may be our own
 * first send, applied with its answer lost — landed.ts then compares instead of reporting a conflict.
 */
const resentResponses = new WeakSet<Response>();

export function markResent(response: Response): void {
  resentResponses.add(response);
}

/** Whether an error's response (PnPjs's HttpRequestError keeps it) answered a second send. */
export function wasResent(e: unknown): boolean {
  const response = (e as { response?: unknown } | null | undefined)?.response;
  return typeof Response !== "undefined" && response instanceof Response && resentResponses.has(response);
}
