/**
 * Issue 16, defects 1 and 2 as a projektleder meets them: a date like 31.12.9999 or 01.01.1900
 * in one row (typed, or already stored in the list) must not blank the page nor stretch the
 * time axis; the row is flagged in words, and the task panel refuses such a date in Danish.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { PlanData } from "../../../src/domain/model";
import { findGrid, findTaskRow, memoryRepositories, PL10, PL12, renderTimeline, samplePlan, setupUser, storedRow, taskRow } from "./timelineTestKit";

const END_9999 = "Slutdatoen 31.12.9999 ligger uden for planens periode (01.01.2024–31.12.2030). KOMBITs slutdato bruges, indtil du retter den";
const START_1900 = "Startdatoen 01.01.1900 ligger uden for planens periode (01.01.2024–31.12.2030). KOMBITs startdato bruges, indtil du retter den";
const REFUSED = "Vælg en dato mellem 01.01.2024 og 31.12.2030. Planen dækker 3 år før og efter året for Go-Live.";

/** The sample plan with local dates stored on a task (as if saved earlier or typed into the list). */
function planWith(taskId: number, dates: { localStart?: string; localEnd?: string }): PlanData {
  const plan = samplePlan();
  const state = plan.local.find((s) => s.taskId === taskId);
  if (state) Object.assign(state, dates);
  else plan.local.push({ taskId, status: "notStarted", note: "", ...dates });
  return plan;
}

/** Width of the chart (the time axis) as the grid draws it. */
function axisWidth(code: string): number {
  const cell = within(taskRow(code)).getAllByRole("gridcell")[0];
  return Number.parseFloat(cell.style.width);
}

// Typing dates into two pickers on a shared 2-core machine takes longer than the default 5 s.
jest.setTimeout(30000);

describe("a date outside the plan's window", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("stored as a task's end (31.12.9999): the plan loads, the row is flagged in words with KOMBIT's end, the rest works", async () => {
    renderTimeline(memoryRepositories({}, planWith(PL12, { localEnd: "9999-12-31" })));
    await findGrid();
    const row = taskRow("PL 12");
    expect(row.textContent).toContain("12.02.2027 – 16.04.2027");
    expect(within(row).getByRole("img", { name: END_9999 })).toBeTruthy();
    // The message bar announces its text a moment after it appears (Fluent's DelayedRender).
    const notice = await screen.findByText(/Opgaven PL 12 har en dato uden for planens periode \(01\.01\.2024–31\.12\.2030\)/);
    expect(notice.textContent).toContain("Åbn opgaven, og ret datoen.");
    expect(within(taskRow("PL 10")).queryByRole("img", { name: /planens periode/ })).toBeNull();
  });

  it("stored as a start (01.01.1900) does not stretch the time axis", async () => {
    const clean = renderTimeline(memoryRepositories());
    await findGrid();
    const width = axisWidth("PL 12");
    clean.unmount();
    renderTimeline(memoryRepositories({}, planWith(PL10, { localStart: "1900-01-01" })));
    await findGrid();
    expect(within(taskRow("PL 10")).getByRole("img", { name: START_1900 })).toBeTruthy();
    expect(axisWidth("PL 12")).toBe(width);
  });

  it("is refused in the task panel with a Danish message, and Gem stays off until the date is in the window", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    await user.click(within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }));
    const panel = await screen.findByRole("dialog", { name: /PL 12 Planlæg/ });
    const end = within(panel).getByRole("combobox", { name: "Slutdato" });
    await user.clear(end);
    await user.type(end, "31.12.9999");
    await user.tab();
    expect(await within(panel).findByText(REFUSED)).toBeTruthy();
    const save = within(panel).getByRole("button", { name: "Gem" });
    expect(save.hasAttribute("disabled") || save.getAttribute("aria-disabled") === "true").toBe(true);
    const start = within(panel).getByRole("combobox", { name: "Startdato" });
    await user.clear(start);
    await user.type(start, "01.01.1900");
    await user.tab();
    await waitFor(() => expect(within(panel).getAllByText(REFUSED)).toHaveLength(2));
    await user.clear(end);
    await user.type(end, "23.04.2027");
    await user.tab();
    await user.clear(start);
    await user.type(start, "15.02.2027");
    await user.tab();
    await waitFor(() => expect(within(panel).queryByText(REFUSED)).toBeNull());
    await user.click(within(panel).getByRole("button", { name: "Gem" }));
    await waitFor(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-23"));
    expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-15");
  });

  it("stored on a row is named in its panel, and Gem there replaces it with the date shown", async () => {
    const repositories = memoryRepositories({}, planWith(PL12, { localEnd: "9999-12-31" }));
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    await user.click(await screen.findByRole("button", { name: /^Åbn PL 12 Planlæg/ }));
    const panel = await screen.findByRole("dialog", { name: /PL 12 Planlæg/ });
    expect(within(panel).getByText(END_9999)).toBeTruthy();
    expect((within(panel).getByRole("combobox", { name: "Slutdato" }) as HTMLInputElement).value).toBe("16.04.2027");
    await user.click(within(panel).getByRole("button", { name: "Gem" }));
    await waitFor(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBeUndefined());
    await waitFor(() => expect(screen.queryByText(/har en dato uden for planens periode/)).toBeNull());
    expect(within(taskRow("PL 12")).queryByRole("img", { name: /planens periode/ })).toBeNull();
  });

  it("by \"Forskyd\": a shift that would move a task past the window is refused in words before anything is saved", async () => {
    const repositories = memoryRepositories({}, planWith(PL12, { localStart: "2030-06-03", localEnd: "2030-10-01" }));
    const updateStates = jest.spyOn(repositories.local, "updateStates");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    await user.click(within(await findTaskRow("PL 12")).getByRole("checkbox", { name: "Vælg PL 12" }));
    await user.click(screen.getByRole("button", { name: "Forskyd (1)" }));
    const dialog = await screen.findByRole("dialog", { name: /^Forskyd 1 / });
    const days = within(dialog).getByRole("spinbutton", { name: "Antal arbejdsdage" });
    await user.clear(days);
    await user.type(days, "100");
    await user.tab();
    expect(await within(dialog).findByText("Forskydningen flytter PL 12 uden for planens periode (01.01.2024–31.12.2030). Vælg færre dage.")).toBeTruthy();
    const confirm = within(dialog).getByRole("button", { name: "Forskyd" });
    expect(confirm.hasAttribute("disabled") || confirm.getAttribute("aria-disabled") === "true").toBe(true);
    await user.clear(days);
    await user.type(days, "5");
    await user.tab();
    await waitFor(() => expect(within(dialog).queryByText(/uden for planens periode/)).toBeNull());
    expect(updateStates).not.toHaveBeenCalled();
  });
});
