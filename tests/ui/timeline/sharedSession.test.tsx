/**
 * Two views on one page bound to one plan session (issue 16, defect 11): a change made in one is
 * shown by the other at once, without a reload, and the plan is read once for both. The second
 * view stands in for the booking web part until its hook binds to the session too.
 */
import * as React from "react";
import { render, waitFor, within } from "@testing-library/react";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";
import { memoryRepositories, setupUser, PL12, storedRow } from "./timelineTestKit";

function rowIn(view: HTMLElement, code: string): HTMLElement {
  const row = within(within(view).getByRole("grid"))
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent?.startsWith(code) === true && r.hasAttribute("data-task-id"));
  if (!row) throw new Error(`No row for ${code}`);
  return row;
}

// Two full timelines render on a busy 2-core machine.
jest.setTimeout(30_000);

describe("two views of one plan session", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("shows a change made in one view in the other at once, and reads the plan once", async () => {
    const repositories = memoryRepositories();
    const getRows = jest.spyOn(repositories.local, "getRows");
    const user = setupUser();
    const first = render(<TimelineRoot repositories={repositories} municipalityName="Eksempel Kommune" defaultWave="KY - Bølge 5" locale="da-dk" />);
    const second = render(<TimelineRoot repositories={repositories} municipalityName="Eksempel Kommune" defaultWave="KY - Bølge 5" locale="da-dk" />);
    await waitFor(() => rowIn(first.container, "PL 12"));
    await waitFor(() => rowIn(second.container, "PL 12"));
    expect(getRows).toHaveBeenCalledTimes(1);

    within(rowIn(first.container, "PL 12")).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(rowIn(second.container, "PL 12").textContent).toContain("12.02.2027 – 17.04.2027");
    await waitFor(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-17"));
    // Undo in the other view undoes it: one undo history for the plan.
    await user.click(within(second.container).getByRole("button", { name: "Fortryd" }));
    expect(rowIn(first.container, "PL 12").textContent).toContain("12.02.2027 – 16.04.2027");
    await waitFor(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBeUndefined());
  });
});
