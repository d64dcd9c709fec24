import { AccessDeniedError, ConflictError, ListNotFoundError, NotFoundError, SchemaError, SharePointError, ThrottledError } from "../../../src/data/errors";
import { parseSharePointErrorText, toDataError } from "../../../src/data/pnp/errorText";

/** What PnPjs throws for a non-2xx response (HttpRequestError's shape). */
function httpError(status: number, body: string): Error & { isHttpRequestError: true; status: number } {
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] x ::> ${body}`), { isHttpRequestError: true as const, status });
}

const sp = (code: string, value: string): string => JSON.stringify({ "odata.error": { code, message: { lang: "en-US", value } } });

describe("typed errors from SharePoint responses", () => {
  it("keeps SharePoint's text and code from JSON light, verbose and plain bodies", () => {
    expect(parseSharePointErrorText(sp("-1, X", "Boom"))).toEqual({ code: "-1, X", message: "Boom" });
    expect(parseSharePointErrorText(JSON.stringify({ error: { code: "-2, Y", message: { value: "Verbose" } } }))).toEqual({ code: "-2, Y", message: "Verbose" });
    expect(parseSharePointErrorText("<html>Service Unavailable</html>")).toEqual({ message: "<html>Service Unavailable</html>" });
  });

  it("maps statuses to typed errors that name what failed", () => {
    expect(toDataError(httpError(403, sp("-2147024891, System.UnauthorizedAccessException", "Access denied.")))).toBeInstanceOf(AccessDeniedError);
    const missing = toDataError(httpError(404, sp("-1, System.ArgumentException", "List 'Bookinger' does not exist at site with URL 'x'.")), { listTitle: "Bookinger" });
    expect(missing).toBeInstanceOf(ListNotFoundError);
    expect((missing as ListNotFoundError).listTitle).toBe("Bookinger");
    expect(toDataError(httpError(404, sp("-2130575338, Microsoft.SharePoint.SPException", "Item does not exist.")), { listTitle: "Planer" })).toBeInstanceOf(NotFoundError);
    const column = toDataError(httpError(400, sp("-1, Microsoft.SharePoint.SPException", "Column 'OirWeek' does not exist.")), {
      listTitle: "Ressourcebookinger",
      displayNames: new Map([["OirWeek", "Uge (mandag)"]])
    }) as SchemaError;
    expect(column).toBeInstanceOf(SchemaError);
    expect(column.missingFields).toEqual([{ listTitle: "Ressourcebookinger", internalName: "OirWeek", displayName: "Uge (mandag)" }]);
    expect(column.message).toContain('"Uge (mandag)" (OirWeek) in list "Ressourcebookinger"');
    expect(toDataError(httpError(429, sp("-2147024860, X", "Throttled")))).toBeInstanceOf(ThrottledError);
    const other = toDataError(httpError(500, sp("-2147024860, Microsoft.SharePoint.SPQueryThrottledException", "exceeds the list view threshold"))) as SharePointError;
    expect(other).toBeInstanceOf(SharePointError);
    expect(other.serverCode).toContain("SPQueryThrottledException");
    expect(other.message).toContain("exceeds the list view threshold");
  });

  it("passes typed errors and non-HTTP errors through unchanged", () => {
    const conflict = new ConflictError(1, {}, undefined, { status: 412 });
    expect(toDataError(conflict)).toBe(conflict);
    const bug = new TypeError("undefined is not a function");
    expect(toDataError(bug)).toBe(bug);
  });

  it("keeps instanceof and names for the UI", () => {
    const e = new ThrottledError({ status: 503, attempts: 6, serverMessage: "Serveren er optaget" });
    expect(e).toBeInstanceOf(SharePointError);
    expect(e.name).toBe("ThrottledError");
    expect(e.message).toBe("SharePoint is busy (HTTP 503) after 6 attempts: Serveren er optaget");
  });
});
