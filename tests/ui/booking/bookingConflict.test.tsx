/** Saving against a changed item: the conflict dialog shows mine and theirs; failed saves stay visible. */
import { screen, waitFor, within } from "@testing-library/react";
import { ThrottledError } from "../../../src/data/errors";
import { cell, expand, renderBooking, savesSettled } from "./render";
import { ANNE, repositories } from "./fixtures";

afterEach(savesSettled);

function itemOf(repos: ReturnType<typeof repositories>, taskId: number, weekStart: string): { itemId: number; etag: string; hours: number } {
  const found = repos.tables.bookings.all().find((b) => b.value.taskId === taskId && b.value.weekStart === weekStart);
  if (!found) throw new Error("no such booking");
  return { itemId: found.itemId, etag: found.etag, hours: found.value.hours };
}

test("a booking changed by someone else since it was read opens a dialog with mine and theirs; keeping mine saves it", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  // Someone else sets 9 hours on Anne's PL 12 in uge 11 after we read it.
  const theirs = itemOf(repos, 519, "2027-03-15");
  repos.tables.bookings.update({ itemId: theirs.itemId, etag: theirs.etag }, (b) => ({ ...b, hours: 9 }), null);

  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("5{Enter}");
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Bookingen er ændret af en anden")).toBeTruthy();
  expect(dialog.textContent).toContain("Dine timer: 5 t");
  expect(dialog.textContent).toContain("Deres timer: 9 t");
  expect(itemOf(repos, 519, "2027-03-15").hours).toBe(9);

  await user.click(within(dialog).getByRole("button", { name: "Behold mine" }));
  await waitFor(() => expect(itemOf(repos, 519, "2027-03-15").hours).toBe(5));
  expect(screen.queryByRole("alertdialog")).toBeNull();
});

test("taking theirs shows their hours and saves nothing", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  const theirs = itemOf(repos, 519, "2027-03-15");
  repos.tables.bookings.update({ itemId: theirs.itemId, etag: theirs.etag }, (b) => ({ ...b, hours: 9 }), null);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("5{Enter}");
  await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Brug deres" }));
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 9 t$/));
  expect(itemOf(repos, 519, "2027-03-15").hours).toBe(9);
});

test("a save that fails stays visible in its cell with a retry that sends it again", async () => {
  const repos = repositories();
  const save = repos.bookings.saveBookings.bind(repos.bookings);
  let failures = 1;
  repos.bookings.saveBookings = async (changes) => {
    if (failures-- > 0) return changes.map(() => ({ key: 0, ok: false as const, error: new ThrottledError({ status: 503, attempts: 4 }) }));
    return save(changes);
  };
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("5{Enter}");
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/ikke gemt$/));
  expect(await screen.findByText("Ændringer, der ikke blev gemt: 1.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Prøv igen" }));
  await waitFor(() => expect(itemOf(repos, 519, "2027-03-15").hours).toBe(5));
  expect(screen.queryByText("Ændringer, der ikke blev gemt: 1.")).toBeNull();
});
