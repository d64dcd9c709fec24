import { batchRetryAfterAsSeconds } from "../../../src/data/pnp/behaviors/batchRetryAfter";
import { ThrottleGate } from "../../../src/data/pnp/behaviors/throttleGate";
import { BATCH_PART_OVERHEAD_BYTES, chunkBySize, jsonBytes } from "../../../src/data/pnp/batches";
import { sameFieldValue, sameValues } from "../../../src/data/pnp/landed";
import { isNetworkFailure, isTransient } from "../../../src/data/pending/pendingQueue";
import { ThrottledError } from "../../../src/data/errors";

describe("batchRetryAfterAsSeconds", () => {
  const now = Date.parse("2026-12-06T10:00:00Z");
  it("rewrites a part's HTTP-date Retry-After as the seconds left (rounded up), keeping CRLF and other lines", () => {
    const text = ["--batchresponse_1", "HTTP/1.1 503 Service Unavailable", "RETRY-AFTER: Sun, 06 Dec 2026 10:00:02 GMT\r", "CONTENT-TYPE: application/json", ""].join("\n");
    expect(batchRetryAfterAsSeconds(text, now - 500)).toBe(text.replace("RETRY-AFTER: Sun, 06 Dec 2026 10:00:02 GMT\r", "RETRY-AFTER: 3\r"));
  });
  it("leaves seconds, unreadable values and past dates sensible", () => {
    expect(batchRetryAfterAsSeconds("Retry-After: 7", now)).toBe("Retry-After: 7");
    expect(batchRetryAfterAsSeconds("Retry-After: soon", now)).toBe("Retry-After: soon");
    expect(batchRetryAfterAsSeconds("Retry-After: Sun, 06 Dec 2026 09:59:00 GMT", now)).toBe("Retry-After: 0");
  });
});

describe("chunkBySize and jsonBytes", () => {
  it("counts UTF-8 bytes (æøå are two, an emoji four)", () => {
    expect(jsonBytes("æøå")).toBe(8);
    expect(jsonBytes("😀")).toBe(6);
  });
  it("splits by count and by bytes; a part too big alone goes alone", () => {
    const ids = Array.from({ length: 250 }, (_, i) => i);
    expect(chunkBySize(ids, () => 0, 100, 1048576).map((c) => c.length)).toEqual([100, 100, 50]);
    const big = chunkBySize(ids.slice(0, 100), () => 12000, 100, 1048576);
    expect(big.length).toBe(2);
    for (const c of big) expect(BATCH_PART_OVERHEAD_BYTES + c.length * (12000 + BATCH_PART_OVERHEAD_BYTES)).toBeLessThanOrEqual(1048576);
    expect(chunkBySize([0, 1], () => 2000000, 100, 1048576)).toEqual([[0], [1]]);
  });
});

describe("sameFieldValue", () => {
  it("compares what we sent with what SharePoint returns", () => {
    expect(sameFieldValue("", null)).toBe(true);
    expect(sameFieldValue("2027-10-04T00:00:00+02:00", "2027-10-03T22:00:00Z")).toBe(true);
    expect(sameFieldValue([3, 1], { results: [1, 3] })).toBe(true);
    expect(sameFieldValue(5, 5)).toBe(true);
    expect(sameFieldValue("a", "b")).toBe(false);
    expect(sameFieldValue([1], [1, 2])).toBe(false);
    expect(sameValues({ OirNote: "x", OirHours: 2 }, { OirNote: "x", OirHours: 2, Id: 9 })).toBe(true);
    expect(sameValues({ OirNote: "x" }, { OirNote: "y" })).toBe(false);
  });
});

describe("ThrottleGate", () => {
  it("holds a host until the latest time asked, other hosts are open", () => {
    const gate = new ThrottleGate();
    gate.holdUntil("Contoso.sharepoint.com", 5000);
    gate.holdUntil("contoso.sharepoint.com", 3000);
    expect(gate.waitMs("contoso.sharepoint.com", 1000)).toBe(4000);
    expect(gate.waitMs("fabrikam.sharepoint.com", 1000)).toBe(0);
    expect(gate.waitMs("contoso.sharepoint.com", 6000)).toBe(0);
  });
});

describe("isNetworkFailure", () => {
  it("recognises fetch's failures by name (any realm) and counts them transient", () => {
    for (const message of ["fetch failed", "Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"]) {
      expect(isNetworkFailure(new TypeError(message))).toBe(true);
      expect(isTransient({ name: "TypeError", message })).toBe(true);
    }
    expect(isNetworkFailure(new TypeError("x is not a function"))).toBe(false);
    expect(isTransient(new ThrottledError({ status: 429, attempts: 6 }))).toBe(true);
  });
});
