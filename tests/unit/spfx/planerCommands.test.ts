/** The Planer command set's decisions, without SPFx: visibility, status writes, links. */
import { ConflictError } from "../../../src/data/errors";
import { COMMAND, isCommandVisible, type ListViewSituation, openInTimelineUrl, timelinePageUrl, updateFromKombitUrl } from "../../../src/extensions/planerCommandSet/planerCommands";
import { MissingVersionError, statusChangesFor, statusOutcome } from "../../../src/extensions/planerCommandSet/statusChanges";

const editor: ListViewSituation = { isLocalPlanList: true, selectedCount: 2, canEdit: true };

describe("isCommandVisible", () => {
  it("shows every command to an editor with a selection on the plan list", () => {
    for (const id of Object.values(COMMAND)) expect(isCommandVisible(id, editor)).toBe(true);
  });

  it("shows nothing on a list that is not a local plan (KOMBIT's master Planer list, any other list)", () => {
    for (const id of Object.values(COMMAND)) expect(isCommandVisible(id, { ...editor, isLocalPlanList: false })).toBe(false);
  });

  it("shows nothing while the list's columns are still being read", () => {
    for (const id of Object.values(COMMAND)) expect(isCommandVisible(id, { ...editor, isLocalPlanList: undefined })).toBe(false);
  });

  it("hides the status commands and the update from a reader; opening the timeline stays", () => {
    const reader = { ...editor, canEdit: false };
    expect(isCommandVisible(COMMAND.markStarted, reader)).toBe(false);
    expect(isCommandVisible(COMMAND.markCompleted, reader)).toBe(false);
    expect(isCommandVisible(COMMAND.updateFromKombit, reader)).toBe(false);
    expect(isCommandVisible(COMMAND.openInTimeline, reader)).toBe(true);
  });

  it("needs a selection for item commands, not for the update", () => {
    const none = { ...editor, selectedCount: 0 };
    expect(isCommandVisible(COMMAND.markStarted, none)).toBe(false);
    expect(isCommandVisible(COMMAND.openInTimeline, none)).toBe(false);
    expect(isCommandVisible(COMMAND.updateFromKombit, none)).toBe(true);
  });
});

describe("statusChangesFor / statusOutcome", () => {
  const rows = [
    { itemId: 7, title: "PL 12", version: 3 },
    { itemId: 8, title: "PL 13", version: undefined },
    { itemId: 9, title: "PL 14", version: undefined }
  ];

  it("writes with the version the view showed, else the list's current ETag, never \"*\"", () => {
    const { changes, refused } = statusChangesFor(rows, "started", new Map([[8, "\"5\""]]));
    expect(changes.map((c) => [c.ref.itemId, c.ref.etag, c.changes.status])).toEqual([
      [7, "\"3\"", "started"],
      [8, "\"5\"", "started"]
    ]);
    expect(refused.map((r) => r.row.itemId)).toEqual([9]);
    expect(refused[0].error).toBeInstanceOf(MissingVersionError);
  });

  it("pairs results with rows in order and keeps the refused ones", () => {
    const { changes, refused } = statusChangesFor(rows, "completed", new Map([[8, "\"5\""]]));
    const conflict = new ConflictError(8, {}, undefined, { status: 412 });
    const outcome = statusOutcome(changes, [{ key: 7, ok: true, etag: "\"4\"" }, { key: 8, ok: false, error: conflict }], refused);
    expect(outcome.saved.map((r) => r.itemId)).toEqual([7]);
    expect(outcome.failed.map((f) => [f.row.itemId, f.error])).toEqual([
      [9, refused[0].error],
      [8, conflict]
    ]);
  });

  it("reports a missing result as a failure, not a success", () => {
    const { changes } = statusChangesFor(rows.slice(0, 1), "started");
    const outcome = statusOutcome(changes, []);
    expect(outcome.saved).toEqual([]);
    expect(outcome.failed[0].error.message).toMatch(/No result for item 7/);
  });
});

describe("timeline links", () => {
  const web = "https://kommune.sharepoint.com/sites/oir/";

  it("defaults to SitePages/OiR-tidsplan.aspx and accepts a server-relative page", () => {
    expect(timelinePageUrl(undefined, web)).toBe("https://kommune.sharepoint.com/sites/oir/SitePages/OiR-tidsplan.aspx");
    expect(timelinePageUrl("/sites/oir/SitePages/Plan.aspx", web)).toBe("https://kommune.sharepoint.com/sites/oir/SitePages/Plan.aspx");
  });

  it("carries the selection and the update action as oir… parameters, keeping existing ones", () => {
    const page = "https://kommune.sharepoint.com/sites/oir/SitePages/Plan.aspx?oirWave=KY%20-%20B%C3%B8lge%205";
    const open = new URL(openInTimelineUrl(page, [7, 8]));
    expect(open.searchParams.get("oirItems")).toBe("7,8");
    expect(open.searchParams.get("oirWave")).toBe("KY - Bølge 5");
    expect(new URL(updateFromKombitUrl(page)).searchParams.get("oirAction")).toBe("updateFromKombit");
  });
});
