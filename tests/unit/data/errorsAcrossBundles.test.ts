/**
 * Each SPFx web part is its own bundle with its own copy of src/data/errors.ts, and the web parts
 * of a page share one set of repositories (src/session/pagePlans.ts): an error made by one copy's
 * classes must be recognised by the other copy's `instanceof` (a booking conflict must open the
 * conflict dialog, a queued write must say it waits), and never as a class it is not.
 */
type ErrorsModule = typeof import("../../../src/data/errors");

function bundleCopy(): ErrorsModule {
  let copy: ErrorsModule | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual<ErrorsModule>("../../../src/data/errors");
  });
  if (!copy) throw new Error("no copy of errors.ts");
  return copy;
}

describe("data errors across bundles", () => {
  const timelineBundle = bundleCopy();
  const bookingBundle = bundleCopy();

  it("are two copies of the classes, as two bundles have", () => {
    expect(timelineBundle.ConflictError).not.toBe(bookingBundle.ConflictError);
  });

  it("are recognised by the other copy's classes and their base", () => {
    const conflict = new timelineBundle.ConflictError(7, { hours: 5 }, { value: { hours: 7 }, etag: '"3"' }, { status: 412 });
    expect(conflict instanceof bookingBundle.ConflictError).toBe(true);
    expect(conflict instanceof bookingBundle.SharePointError).toBe(true);
    expect(conflict instanceof Error).toBe(true);
    const reason = new timelineBundle.ThrottledError({ status: 503, attempts: 6 });
    const pending = new timelineBundle.PendingWriteError("p-1", reason);
    expect(pending instanceof bookingBundle.PendingWriteError).toBe(true);
    expect(reason instanceof bookingBundle.ThrottledError).toBe(true);
  });

  it("are not taken for another class", () => {
    const denied = new timelineBundle.AccessDeniedError({ status: 403 });
    expect(denied instanceof bookingBundle.ConflictError).toBe(false);
    expect(denied instanceof bookingBundle.PendingWriteError).toBe(false);
    expect(new Error("x") instanceof bookingBundle.SharePointError).toBe(false);
    expect(Object.assign(new Error("x"), { name: "ConflictError" }) instanceof bookingBundle.ConflictError).toBe(false);
  });
});
