/** Spreadsheet editing by keyboard and paste, with validation; saves land in the (in-memory) list. */
import { screen, waitFor, within } from "@testing-library/react";
import type { MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { cell, expand, renderBooking, savesSettled } from "./render";

afterEach(savesSettled);
import { ANNE, repositories } from "./fixtures";

function hoursIn(repos: MemoryRepositories, taskId: number, weekStart: string): number | undefined {
  return repos.tables.bookings.all().find((b) => b.value.taskId === taskId && b.value.weekStart === weekStart && b.value.personEmail === ANNE.email)?.value.hours;
}

const PL12_W11 = /^Anne Kirstine Holm, PL 12, uge 11 /;

test("arrow keys move the focus with a roving tabindex; a digit starts an edit and Enter saves it", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  expect(document.activeElement).toBe(cell(grid, PL12_W11));
  expect(within(grid).getAllByRole("gridcell").filter((c) => c.getAttribute("tabindex") === "0")).toHaveLength(1);

  await user.keyboard("{ArrowRight}");
  const week12 = cell(grid, /^Anne Kirstine Holm, PL 12, uge 12 /);
  expect(document.activeElement).toBe(week12);
  expect(week12.getAttribute("tabindex")).toBe("0");
  expect(cell(grid, PL12_W11).getAttribute("tabindex")).toBe("-1");

  await user.keyboard("{ArrowLeft}7,5{Enter}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(7.5));
  expect(cell(grid, PL12_W11).getAttribute("aria-label")).toMatch(/: 7,5 t/);
  // Enter moves down, as in Excel.
  expect(document.activeElement).toBe(cell(grid, /^Anne Kirstine Holm, OA 12, uge 11 /));
});

test("F2 edits the current value, Escape cancels without saving, Delete clears the cell", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("{F2}");
  const input = within(grid).getByRole("textbox", { name: "Timer for Anne Kirstine Holm på PL 12 i uge 11" });
  expect((input as HTMLInputElement).value).toBe("12");
  await user.clear(input);
  await user.type(input, "30{Escape}");
  expect(within(grid).queryByRole("textbox")).toBeNull();
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(12);
  expect(document.activeElement).toBe(cell(grid, PL12_W11));

  await user.keyboard("{Delete}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBeUndefined());
  expect(cell(grid, PL12_W11).getAttribute("aria-label")).toMatch(/: 0 t/);
});

test("invalid hours show a Danish error in the cell (aria-invalid, described by) and nothing is saved", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("6");
  const input = within(grid).getByRole("textbox");
  await user.type(input, "1{Enter}");
  expect(input.getAttribute("aria-invalid")).toBe("true");
  const described = document.getElementById(input.getAttribute("aria-describedby") ?? "");
  expect(described?.textContent).toBe("Højst 60 timer pr. uge på én opgave.");

  await user.clear(input);
  await user.type(input, "-2{Enter}");
  expect(document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Timer kan ikke være negative.");
  await user.clear(input);
  await user.type(input, "syv{Enter}");
  expect(document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Skriv et tal, fx 7,5.");
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(12);

  // A dot works as well as a comma.
  await user.clear(input);
  await user.type(input, "4.5{Enter}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(4.5));
});

test("a block pasted from Excel (tabs, newlines, decimal comma) is saved in one go", async () => {
  const repos = repositories();
  const batches: number[] = [];
  const save = repos.bookings.saveBookings.bind(repos.bookings);
  repos.bookings.saveBookings = (changes) => {
    batches.push(changes.length);
    return save(changes);
  };
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  // Two rows (PL 12, OA 12) × two weeks (uge 11, 12), as Excel puts it on the clipboard.
  await user.paste("3,5\t4\r\n1\t2,5\r\n");
  await waitFor(() => expect(hoursIn(repos, 512, "2027-03-22")).toBe(2.5));
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(3.5);
  expect(hoursIn(repos, 519, "2027-03-22")).toBe(4);
  expect(hoursIn(repos, 512, "2027-03-15")).toBe(1);
  expect(batches).toEqual([4]);
});

test("a pasted block with an invalid value is not saved at all, and the bad cell says why", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.paste("5\tx\n");
  expect(screen.getAllByRole("alert").map((a) => a.textContent).join(" ")).toContain("Indsættelsen er ikke gemt, fordi der er ugyldige værdier (1).");
  const bad = cell(grid, /^Anne Kirstine Holm, PL 12, uge 12 /);
  expect(bad.getAttribute("aria-invalid")).toBe("true");
  expect(document.getElementById(bad.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Skriv et tal, fx 7,5.");
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(12);
  expect(hoursIn(repos, 519, "2027-03-22")).toBe(14);
});

test("Ctrl+R fills the value right to the end of the task's period", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("{Control>}r{/Control}");
  // PL 12 ends 2027-04-16 (uge 15).
  await waitFor(() => expect(hoursIn(repos, 519, "2027-04-12")).toBe(12));
  expect(hoursIn(repos, 519, "2027-03-22")).toBe(12);
  expect(hoursIn(repos, 519, "2027-03-29")).toBe(12);
  expect(hoursIn(repos, 519, "2027-04-19")).toBeUndefined();
});

test("typing on a person's total row asks for a task instead of saving", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await user.click(cell(grid, /^Anne Kirstine Holm, uge 11 /));
  await user.keyboard("5");
  expect(screen.getAllByRole("alert").map((a) => a.textContent).join(" ")).toContain("fold personen ud");
  expect(within(grid).queryByRole("textbox")).toBeNull();
});

test("a double-click edits the cell, as in Excel", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.dblClick(cell(grid, /^Anne Kirstine Holm, OA 12, uge 11 /));
  const input = within(grid).getByRole("textbox", { name: "Timer for Anne Kirstine Holm på OA 12 i uge 11" });
  expect((input as HTMLInputElement).value).toBe("10");
  await user.clear(input);
  await user.type(input, "8{Tab}");
  await waitFor(() => expect(hoursIn(repos, 512, "2027-03-15")).toBe(8));
  // Tab moves right.
  expect(document.activeElement).toBe(cell(grid, /^Anne Kirstine Holm, OA 12, uge 12 /));
});
