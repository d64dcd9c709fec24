/**
 * Follow-up (issue 16): a task booked beyond its demand says so — "64 af 37 t" no longer passes
 * silently. The task's line in the grid says "Overbooket med … t" with an icon, and a warning above
 * the grid lists such tasks with booked, needed and excess hours; within the demand neither shows.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { cell, expand, renderBooking, savesSettled } from "./render";
import { ANNE, repositories } from "./fixtures";

// userEvent typing on a loaded machine (2 cores shared) can pass the default 5 s.
jest.setTimeout(20000);
afterEach(savesSettled);

function pl12Header(grid: HTMLElement): HTMLElement {
  return within(grid)
    .getAllByRole("rowheader")
    .find((h) => h.textContent?.startsWith("PL 12 ") && h.textContent.includes("booket på opgaven"))!;
}

test("PL 12 booked beyond its 37 t: the task line and a warning above the grid say by how much, in words", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  // Within the demand (5 days × 7,4 t = 37 t): no warning.
  expect(pl12Header(grid).textContent).toMatch(/26 af 37 t booket på opgaven · Kritisk: mangler 11 t$/);
  expect(screen.queryByText(/Opgaver booket ud over behovet/)).toBeNull();

  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 14 /));
  await user.keyboard("30{Enter}");
  await savesSettled();
  await waitFor(() => expect(pl12Header(grid).textContent).toMatch(/56 af 37 t booket på opgaven · Overbooket med 19 t$/));
  const [booked, excess] = ["56", "19"];
  // The icon is decoration: the words carry it.
  const flag = [...pl12Header(grid).querySelectorAll("span")].find((s) => s.textContent === ` · Overbooket med ${excess} t`);
  expect(flag?.querySelector("[data-icon-name='Warning'][aria-hidden='true']")).toBeTruthy();
  expect(screen.getByText("Opgaver booket ud over behovet (1)")).toBeTruthy();
  expect(screen.getByText(`PL 12 Planlæg kommunens ØiR implementering: ${booked} af 37 t booket – ${excess} t mere end behovet`)).toBeTruthy();

  // Back within the demand: both go.
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 14 /));
  await user.keyboard("{Delete}");
  await savesSettled();
  await waitFor(() => expect(screen.queryByText(/Opgaver booket ud over behovet/)).toBeNull());
  expect(pl12Header(grid).textContent).not.toMatch(/Overbooket/);
});
