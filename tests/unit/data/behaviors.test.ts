import { spfi, SPFI, DefaultHeaders, DefaultInit } from "@pnp/sp";
import { DefaultParse } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import { ThrottledError } from "../../../src/data/errors";
import { backoffMs, parseRetryAfter, RetryWithRetryAfter, RetryWithRetryAfterOptions } from "../../../src/data/pnp/behaviors/retryWithRetryAfter";
import { asciiSafe, ClientTag, clientTagValue } from "../../../src/data/pnp/behaviors/clientTag";
import { ThrottleGate } from "../../../src/data/pnp/behaviors/throttleGate";

type Reply = { status: number; headers?: Record<string, string>; body?: string } | "network";

/** A scripted server at the fetch boundary: answers in order and records what it was sent. */
function scripted(replies: Reply[]): { fetch: (url: string, init: RequestInit) => Promise<Response>; sent: { url: string; init: RequestInit }[] } {
  const sent: { url: string; init: RequestInit }[] = [];
  return {
    sent,
    fetch: async (url, init) => {
      sent.push({ url, init });
      const reply = replies.shift() ?? { status: 200, body: '{"value":[]}' };
      if (reply === "network") throw new TypeError("fetch failed");
      return new Response(reply.status === 204 ? null : reply.body ?? '{"value":[]}', { status: reply.status, headers: reply.headers });
    }
  };
}

function sp(options: RetryWithRetryAfterOptions): SPFI {
  // A gate of its own per client: the tests' clocks are fake, the page's gate is shared.
  return spfi("https://contoso.sharepoint.com/sites/plan").using(DefaultHeaders(), DefaultInit(), RetryWithRetryAfter({ gate: new ThrottleGate(), ...options }), DefaultParse());
}

const busy = (status: number, retryAfter?: string): Reply => ({
  status,
  headers: retryAfter === undefined ? {} : { "Retry-After": retryAfter },
  body: JSON.stringify({ "odata.error": { code: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", message: { lang: "da-DK", value: "Anmodningen er begrænset" } } })
});

describe("RetryWithRetryAfter", () => {
  it("waits at least Retry-After in seconds and as an HTTP date, then succeeds", async () => {
    const now = Date.parse("2027-03-29T10:00:00Z");
    const server = scripted([busy(429, "2"), busy(503, new Date(now + 3000).toUTCString()), { status: 200, body: '{"value":[{"Id":1}]}' }]);
    const waits: number[] = [];
    const items = await sp({ fetch: server.fetch, sleep: async (ms) => void waits.push(ms), now: () => now, random: () => 0.5 }).web.lists.getByTitle("Planer").items();
    expect(items).toEqual([{ Id: 1 }]);
    expect(server.sent).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[1]).toBeGreaterThanOrEqual(3000);
    expect(waits[0]).toBeLessThan(2300);
  });

  it("backs off exponentially with jitter when there is no Retry-After", async () => {
    const server = scripted([busy(504), busy(504), busy(504), { status: 200 }]);
    const waits: number[] = [];
    await sp({ fetch: server.fetch, sleep: async (ms) => void waits.push(ms), baseDelayMs: 100, random: () => 1 }).web.lists.getByTitle("Planer").items();
    expect(waits).toEqual([100, 200, 400]);
    expect(backoffMs(3, 100, 1000, () => 0)).toBe(200);
    expect(backoffMs(10, 100, 1000, () => 1)).toBe(1000);
  });

  it("throws a ThrottledError with SharePoint's text after the budget", async () => {
    const server = scripted([busy(429, "0"), busy(429, "0"), busy(503, "1")]);
    const error = await sp({ fetch: server.fetch, sleep: async () => undefined, maxAttempts: 3 })
      .web.lists.getByTitle("Planer")
      .items()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ status: 503, attempts: 3, retryAfterMs: 1000, serverMessage: "Anmodningen er begrænset" });
    expect((error as Error).message).toContain("Anmodningen er begrænset");
    expect(server.sent).toHaveLength(3);
  });

  it("gives up at once when the server asks for a wait beyond maxWaitMs", async () => {
    const server = scripted([busy(429, "600")]);
    const error = await sp({ fetch: server.fetch, sleep: async () => undefined, maxWaitMs: 120000 })
      .web.lists.getByTitle("Planer")
      .items()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ attempts: 1, retryAfterMs: 600000 });
    expect(server.sent).toHaveLength(1);
  });

  it("does not retry other errors (a 412 is a conflict, not a busy server)", async () => {
    const server = scripted([{ status: 412, body: '{"odata.error":{"code":"-1","message":{"value":"Versionskonflikt"}}}' }]);
    const error = await sp({ fetch: server.fetch, sleep: async () => undefined })
      .web.lists.getByTitle("Planer")
      .items.getById(1)
      .update({ Title: "x" }, '"1"')
      .catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(412);
    expect(server.sent).toHaveLength(1);
  });

  it("repeats a lost connection only for requests that cannot apply twice", async () => {
    const reads = scripted(["network", { status: 200 }]);
    await sp({ fetch: reads.fetch, sleep: async () => undefined }).web.lists.getByTitle("Planer").items();
    expect(reads.sent).toHaveLength(2);

    const guarded = scripted(["network", { status: 204, headers: { ETag: '"2"' } }]);
    const result = await sp({ fetch: guarded.fetch, sleep: async () => undefined }).web.lists.getByTitle("Planer").items.getById(1).update({ Title: "x" }, '"1"');
    expect(result).toEqual({ etag: '"2"' });
    expect(guarded.sent).toHaveLength(2);

    const add = scripted(["network", { status: 201 }]);
    await expect(sp({ fetch: add.fetch, sleep: async () => undefined }).web.lists.getByTitle("Planer").items.add({ Title: "x" })).rejects.toThrow(/fetch failed/);
    expect(add.sent).toHaveLength(1);
  });

  it("parses Retry-After forms", () => {
    expect(parseRetryAfter("5", 0)).toBe(5000);
    expect(parseRetryAfter("Wed, 31 Mar 2027 10:00:10 GMT", Date.parse("2027-03-31T10:00:00Z"))).toBe(10000);
    expect(parseRetryAfter("Wed, 31 Mar 2027 09:00:00 GMT", Date.parse("2027-03-31T10:00:00Z"))).toBe(0);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});

describe("ClientTag", () => {
  it("spells the publisher in ASCII", () => {
    expect(clientTagValue({ publisher: "OirPlanlaegger", version: "0.1.0" })).toBe("NONISV|OirPlanlaegger|oir-planner/0.1.0");
    expect(asciiSafe("ØiR-planlægger")).toBe("OiRplanlaegger");
    expect(clientTagValue({ publisher: "Århus Kommune", version: "1.2.3" })).toBe("NONISV|AarhusKommune|oir-planner/1.2.3");
  });

  it("decorates every request, winning over PnPjs' own telemetry tag", async () => {
    const server = scripted([{ status: 200 }]);
    await spfi("https://contoso.sharepoint.com/sites/plan")
      .using(DefaultHeaders(), DefaultInit(), RetryWithRetryAfter({ fetch: server.fetch }), DefaultParse(), ClientTag({ publisher: "OirPlanlaegger", version: "0.1.0" }))
      .web.lists.getByTitle("Planer")
      .items();
    const headers = new Headers(server.sent[0].init.headers);
    expect(headers.get("X-ClientService-ClientTag")).toBe("NONISV|OirPlanlaegger|oir-planner/0.1.0");
    expect(headers.get("User-Agent")).toBe("NONISV|OirPlanlaegger|oir-planner/0.1.0");
  });
});
