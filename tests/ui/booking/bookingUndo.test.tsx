/**
 * Ctrl+Z / Ctrl+Y of booking edits in the grid, saved ones too: undo sends the earlier hours with
 * the ETag the save returned (a colleague's change since then is a conflict), a range edit is
 * undone in one batch, redo makes it again.
 */
import { screen, waitFor, within } from "@testing-library/react";
import type { MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { cell, expand, renderBooking, savesSettled } from "./render";
import { ANNE, repositories } from "./fixtures";

afterEach(savesSettled);
// Each test edits, saves and undoes through the whole grid in jsdom; the shared CI machine is slow at it.
jest.setTimeout(30_000);

const PL12_W11 = /^Anne Kirstine Holm, PL 12, uge 11 /;

function hoursIn(repos: MemoryRepositories, taskId: number, weekStart: string): number | undefined {
  return repos.tables.bookings.all().find((b) => b.value.taskId === taskId && b.value.weekStart === weekStart && b.value.personEmail === ANNE.email)?.value.hours;
}

function statusTexts(): (string | null)[] {
  return screen.getAllByRole("status").map((s) => s.textContent);
}

test("Ctrl+Z takes back a saved value, Ctrl+Y makes it again, each saved in SharePoint", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("5{Enter}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(5));
  await savesSettled();

  await user.keyboard("{Control>}z{/Control}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(12));
  expect(statusTexts()).toContain("Fortrudt: 1 celle har fået sine tidligere timer igen.");
  await savesSettled();

  await user.keyboard("{Control>}y{/Control}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(5));
  expect(statusTexts()).toContain("Gentaget: 1 celle.");
  await savesSettled();
  await user.keyboard("{Control>}y{/Control}");
  expect(statusTexts()).toContain("Der er ikke noget at gentage.");
});

test("a pasted range is undone in one batch; a cell that was empty is emptied again", async () => {
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
  await user.keyboard("{Shift>}{ArrowRight}{ArrowDown}{/Shift}");
  await user.paste("1\t2\r\n3\t4\r\n");
  await waitFor(() => expect(hoursIn(repos, 512, "2027-03-22")).toBe(4));
  await savesSettled();

  await user.keyboard("{Control>}z{/Control}");
  await waitFor(() => expect(hoursIn(repos, 512, "2027-03-22")).toBeUndefined());
  expect([hoursIn(repos, 519, "2027-03-15"), hoursIn(repos, 519, "2027-03-22"), hoursIn(repos, 512, "2027-03-15")]).toEqual([12, 14, 10]);
  expect(batches).toEqual([4, 4]);
  expect(statusTexts()).toContain("Fortrudt: 4 celler har fået deres tidligere timer igen.");
});

test("undo after a colleague changed the booking is a conflict: their hours are not overwritten unasked", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("5{Enter}");
  await waitFor(() => expect(hoursIn(repos, 519, "2027-03-15")).toBe(5));
  await savesSettled();
  // A colleague sets 9 hours after our save.
  const item = repos.tables.bookings.all().find((b) => b.value.taskId === 519 && b.value.weekStart === "2027-03-15");
  if (!item) throw new Error("no booking");
  repos.tables.bookings.update({ itemId: item.itemId, etag: item.etag }, (b) => ({ ...b, hours: 9 }), null);

  await user.keyboard("{Control>}z{/Control}");
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog.textContent).toContain("Dine timer: 12 t");
  expect(dialog.textContent).toContain("Deres timer: 9 t");
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(9);
  await user.click(within(dialog).getByRole("button", { name: "Brug deres" }));
});

test("Ctrl+Z with nothing done says so and changes nothing", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12_W11));
  await user.keyboard("{Control>}z{/Control}");
  expect(statusTexts()).toContain("Der er ikke noget at fortryde.");
  expect(hoursIn(repos, 519, "2027-03-15")).toBe(12);
});
