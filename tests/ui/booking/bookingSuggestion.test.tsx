/** "Foreslå booking": a suggestion from the task's demand, shown apart, saved only when accepted. */
import { screen, waitFor, within } from "@testing-library/react";
import { cell, expand, renderBooking, savesSettled } from "./render";

afterEach(savesSettled);
import { ANNE, BIRGITTE, repositories } from "./fixtures";

test("a suggestion is shown as such (dashed, with the word) and nothing is saved until it is accepted", async () => {
  const repos = repositories();
  const before = repos.tables.bookings.all().length;
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, BIRGITTE.displayName);
  // PL 14 needs 1 day = 7,4 hours in its two weeks (2027-04-23 … 2027-05-07); Birgitte has 8 h a week.
  await user.click(within(grid).getByRole("button", { name: "Foreslå booking for Birgitte Nørgaard på PL 14" }));
  const bar = screen.getByText(/Forslag til Birgitte Nørgaard på PL 14: 7,4 t fordelt på/);
  expect(bar.textContent).toContain("Intet er gemt endnu");
  const suggested = within(grid).getAllByRole("gridcell").filter((c) => /forslag/.test(c.getAttribute("aria-label") ?? ""));
  expect(suggested.length).toBeGreaterThan(0);
  expect(suggested.every((c) => /Birgitte Nørgaard, PL 14/.test(c.getAttribute("aria-label") ?? ""))).toBe(true);
  expect(suggested.reduce((sum, c) => sum + Number(/: ([\d,]+) t/.exec(c.getAttribute("aria-label") ?? "")?.[1].replace(",", ".")), 0)).toBeCloseTo(7.4, 5);
  expect(repos.tables.bookings.all().length).toBe(before);

  await user.click(screen.getByRole("button", { name: "Gem forslaget" }));
  await waitFor(() => expect(repos.tables.bookings.all().length).toBe(before + suggested.length));
  const saved = repos.tables.bookings.all().filter((b) => b.value.taskId === 521);
  expect(saved.reduce((sum, b) => sum + b.value.hours, 0)).toBeCloseTo(7.4, 5);
  expect(saved.every((b) => b.value.personEmail === BIRGITTE.email && b.value.role === "systemansvarlig på bogførings- og opkrævningssystemet")).toBe(true);
  expect(within(grid).getAllByRole("gridcell").some((c) => /forslag/.test(c.getAttribute("aria-label") ?? ""))).toBe(false);
});

test("a discarded suggestion leaves the bookings as they were", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(within(grid).getByRole("button", { name: "Foreslå booking for Anne Kirstine Holm på PL 12" }));
  // PL 12 misses 11 of its 37 hours; Anne's free time caps what can be suggested.
  expect(screen.getByText(/Forslag til Anne Kirstine Holm på PL 12/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Kassér forslaget" }));
  expect(screen.queryByText(/Forslag til Anne Kirstine Holm/)).toBeNull();
  expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 12 t$/);
  expect(repos.tables.bookings.all().map((b) => b.value.hours)).toEqual([12, 10, 14]);
});
