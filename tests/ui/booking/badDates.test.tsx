/**
 * Issue 16, defect 1 in the booking web part: a task whose local end is 31.12.9999 took the
 * holiday calendar to year 10000 (InvalidDateError "10000-01-01") and the booking part
 * disappeared with the timeline. The plan loads; that task is planned on KOMBIT's dates, and
 * the weeks shown are those of the plan, not a stretch to year 9999 or back to 1900.
 */
import { screen, within } from "@testing-library/react";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { renderBooking } from "./render";
import { ANNE, JESPER, planData } from "./fixtures";

function repositoriesWith(local: { localStart?: string; localEnd?: string }): ReturnType<typeof createMemoryRepositories> {
  const data = planData();
  data.local = [{ taskId: 519, status: "started", note: "", ...local }];
  return createMemoryRepositories(data, { people: [JESPER], currentUser: ANNE });
}

function weekHeaders(grid: HTMLElement): string[] {
  return within(grid).getAllByRole("columnheader").map((h) => h.textContent ?? "").filter((t) => /uge/.test(t));
}

test("a task ending 31.12.9999 or starting 01.01.1900 does not take the booking grid down nor stretch its weeks", async () => {
  const clean = await renderBooking(createMemoryRepositories(planData(), { people: [JESPER], currentUser: ANNE }));
  const weeks = weekHeaders(clean.grid);
  expect(weeks.length).toBeGreaterThan(0);
  clean.result.unmount();

  const end = await renderBooking(repositoriesWith({ localEnd: "9999-12-31" }));
  expect(weekHeaders(end.grid)).toEqual(weeks);
  expect(within(end.grid).getByRole("rowheader", { name: /Anne Kirstine Holm/ })).toBeTruthy();
  end.result.unmount();

  const start = await renderBooking(repositoriesWith({ localStart: "1900-01-01" }));
  expect(weekHeaders(start.grid)).toEqual(weeks);
  expect(screen.queryByText(/10000-01-01/)).toBeNull();
});
