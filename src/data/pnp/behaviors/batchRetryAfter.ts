/**
 * Retry-After inside $batch parts. SharePoint may send it as an HTTP date
 * ("Retry-After: Sun, 06 Dec 2026 10:00:05 GMT"); PnPjs's batch parser keeps only header lines
 * that split into exactly two on ":" (@pnp/sp/batching.js parseResponse), so a date — which has
 * colons of its own — is dropped and the part is resent after our backoff instead of the date.
 * We read those lines ourselves and rewrite each date as the seconds left until it, which the
 * parser keeps and parseRetryAfter reads.
 */

const PART_RETRY_AFTER = /^(retry-after)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(\r?)$/gim;

/** The batch response text with every part's Retry-After date as delta-seconds from `nowMs` (rounded up). */
export function batchRetryAfterAsSeconds(text: string, nowMs: number): string {
  return text.replace(PART_RETRY_AFTER, (line: string, name: string, value: string, cr: string) => {
    if (/^\d+(\.\d+)?$/.test(value)) return line;
    const at = Date.parse(value);
    if (Number.isNaN(at)) return line;
    return `${name}: ${Math.max(0, Math.ceil((at - nowMs) / 1000))}${cr}`;
  });
}

/** Whether a response is a $batch answer (multipart/mixed). */
export function isBatchResponse(response: Response): boolean {
  return /^multipart\/mixed/i.test(response.headers.get("Content-Type") ?? "");
}

/** The same response with its parts' Retry-After dates as seconds (a new Response; the original body is read). */
export async function withBatchRetryAfterSeconds(response: Response, nowMs: number): Promise<Response> {
  const text = await response.text();
  return new Response(batchRetryAfterAsSeconds(text, nowMs), { status: response.status, statusText: response.statusText, headers: response.headers });
}
