/**
 * Removing a working-group member asks first, in a dialog that says what the person has booked
 * and what happens to it; the bookings are kept and stay visible in the grid under "Tidligere
 * medlemmer"; the status line offers "Fortryd", which adds the person again with the same roles
 * and capacity. All of it by keyboard too.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { PendingWriteError, SharePointError } from "../../../src/data/errors";
import { expand, renderBooking } from "./render";
import { ANNE, BIRGITTE, repositories } from "./fixtures";

// userEvent typing and Fluent's pickers on a loaded machine (2 shared cores) can pass the default 5 s.
jest.setTimeout(20000);

function memberEmails(repos: MemoryRepositories): string[] {
  return repos.tables.workingGroup.all().map((m) => m.value.person.email);
}

/** Escape as Fluent's dialog reads it (it checks the legacy `which`, which user-event leaves 0 in jsdom). */
function pressEscape(): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape", code: "Escape", keyCode: 27, which: 27 });
}

/**
 * Shift+Tab inside the dialog. user-event 14 takes every element in Fluent's Layer for invisible
 * (the Layer host is `visibility: hidden` with a visible child), so it would skip the dialog: move
 * to the previous tabbable element in document order as the browser does, after checking it is one.
 */
function shiftTabIn(container: HTMLElement): void {
  const tabbable = Array.from(container.querySelectorAll<HTMLElement>("button, [tabindex]")).filter((e) => e.tabIndex >= 0 && !e.hasAttribute("disabled") && !e.hasAttribute("data-is-focus-trap-zone-bumper"));
  const index = tabbable.indexOf(document.activeElement as HTMLElement);
  expect(index).toBeGreaterThan(0);
  tabbable[index - 1].focus();
}

function removeButton(name: string): HTMLElement {
  return screen.getByRole("button", { name: `Fjern ${name} fra arbejdsgruppen` });
}

test("the dialog says the person's booked hours, per task and week, and that they are kept; Fjern removes, the hours stay in the grid", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await user.click(removeButton(ANNE.displayName));

  const dialog = screen.getByRole("alertdialog", { name: "Fjern Anne Kirstine Holm fra arbejdsgruppen?" });
  expect(within(dialog).getByText("Anne Kirstine Holm har 36 t booket:")).toBeTruthy();
  expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["OA 12: 10 t i uge 11", "PL 12: 26 t i uge 11–12"]);
  expect(within(dialog).getByText(/Bookingerne slettes ikke\. De vises under »Tidligere medlemmer«/)).toBeTruthy();
  expect(within(dialog).getByText(/Du kan fortryde bagefter/)).toBeTruthy();
  // Nothing is removed before the answer.
  expect(memberEmails(repos)).toEqual([ANNE.email, BIRGITTE.email]);

  await user.click(within(dialog).getByRole("button", { name: "Fjern" }));
  await waitFor(() => expect(memberEmails(repos)).toEqual([BIRGITTE.email]));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  expect(screen.getByText("Anne Kirstine Holm er fjernet fra arbejdsgruppen. De 36 t, personen har booket, står under »Tidligere medlemmer«.")).toBeTruthy();
  // The bookings are kept in the list and shown in the grid under Tidligere medlemmer, with no capacity to be over.
  expect(repos.tables.bookings.all()).toHaveLength(3);
  expect(within(grid).getByRole("rowheader", { name: /^Tidligere medlemmer/ })).toBeTruthy();
  expect(within(grid).getByRole("gridcell", { name: /^Anne Kirstine Holm, uge 11 .*: 22 t booket i alt$/ })).toBeTruthy();
  expect(within(grid).getByRole("gridcell", { name: /^Tidligere medlemmer i alt, uge 11: 22 t$/ })).toBeTruthy();
  // The group's total is its members' hours: Birgitte has none.
  expect(within(grid).getByRole("gridcell", { name: /^Arbejdsgruppen i alt, uge 11: 0 t$/ })).toBeTruthy();
  await expand(user, grid, ANNE.displayName);
  expect(within(grid).getByRole("gridcell", { name: /^Anne Kirstine Holm, PL 12, uge 12 .*: 14 t$/ })).toBeTruthy();
  expect(within(grid).getAllByRole("rowheader").some((h) => h.textContent?.includes("Ikke længere i arbejdsgruppen"))).toBe(true);
});

test("Annullér and Escape close the dialog without removing anyone, and the focus returns to the remove button", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  await user.click(removeButton(BIRGITTE.displayName));
  const dialog = screen.getByRole("alertdialog", { name: "Fjern Birgitte Nørgaard fra arbejdsgruppen?" });
  expect(within(dialog).getByText("Birgitte Nørgaard har ingen timer booket.")).toBeTruthy();
  expect(within(dialog).queryByText(/Bookingerne slettes ikke/)).toBeNull();
  await user.click(within(dialog).getByRole("button", { name: "Annullér" }));
  expect(screen.queryByRole("alertdialog")).toBeNull();
  await waitFor(() => expect(document.activeElement).toBe(removeButton(BIRGITTE.displayName)));

  await user.keyboard("{Enter}");
  const again = screen.getByRole("alertdialog");
  await waitFor(() => expect(document.activeElement).toBe(within(again).getByRole("button", { name: "Annullér" })));
  pressEscape();
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(removeButton(BIRGITTE.displayName)));
  expect(memberEmails(repos)).toEqual([ANNE.email, BIRGITTE.email]);
  expect(screen.queryByText(/er fjernet fra arbejdsgruppen/)).toBeNull();
});

test("Fortryd adds the removed member again with the same roles and capacity, and their hours are theirs again", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await user.click(removeButton(ANNE.displayName));
  await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Fjern" }));
  await waitFor(() => expect(memberEmails(repos)).toEqual([BIRGITTE.email]));

  await user.click(screen.getByRole("button", { name: "Fortryd fjernelsen af Anne Kirstine Holm" }));
  await waitFor(() => expect(memberEmails(repos)).toEqual([BIRGITTE.email, ANNE.email]));
  expect(repos.tables.workingGroup.all()[1].value).toEqual({ person: expect.objectContaining({ email: ANNE.email }), roles: ["KY-projektleder"], weeklyCapacityHours: 20 });
  expect(screen.getByText("Anne Kirstine Holm er med i arbejdsgruppen igen med de samme roller og 20 t pr. uge.")).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Fortryd fjernelsen/ })).toBeNull();
  // Her hours are hers again (with her capacity, so over-allocation shows again), no Tidligere medlemmer.
  expect(within(grid).queryByRole("rowheader", { name: /^Tidligere medlemmer/ })).toBeNull();
  expect(within(grid).getByRole("gridcell", { name: /^Anne Kirstine Holm, uge 11 .*: 22 t booket i alt, overbooket med 2 t/ })).toBeTruthy();
});

test("keyboard only: Enter opens the dialog with the focus on Annullér, Shift+Tab and Enter remove, the status line takes the focus, Tab and Enter undo", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  removeButton(BIRGITTE.displayName).focus();
  await user.keyboard("{Enter}");
  const dialog = screen.getByRole("alertdialog");
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Annullér" })));
  shiftTabIn(dialog);
  expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Fjern" }));
  await user.keyboard("{Enter}");
  await waitFor(() => expect(memberEmails(repos)).toEqual([ANNE.email]));
  const status = screen.getByText("Birgitte Nørgaard er fjernet fra arbejdsgruppen.").closest("[role=status][tabindex=\"-1\"]");
  await waitFor(() => expect(document.activeElement).toBe(status));

  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Fortryd fjernelsen af Birgitte Nørgaard" }));
  await user.keyboard("{Enter}");
  await waitFor(() => expect(memberEmails(repos)).toEqual([ANNE.email, BIRGITTE.email]));
  expect(repos.tables.workingGroup.all()[1].value).toMatchObject({ roles: ["systemansvarlig på bogførings- og opkrævningssystemet"], weeklyCapacityHours: 8 });
  // The undo button is gone; the focus is on the status line, not lost.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByText(/Birgitte Nørgaard er med i arbejdsgruppen igen/).closest("[role=status][tabindex=\"-1\"]")));
});

test("a removal SharePoint did not answer is queued: the message says it waits for SharePoint, not that it failed", async () => {
  const repos = repositories();
  // The data layer's answer to a dropped connection (src/data/pnp: the write is queued and sent again).
  repos.workingGroup.removeMember = () =>
    Promise.reject(new PendingWriteError("wg-1", new SharePointError("fetch failed", { status: 0, serverMessage: "" })));
  const { user } = await renderBooking(repos);
  await user.click(removeButton(ANNE.displayName));
  await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Fjern" }));
  expect(await screen.findByText(/^SharePoint svarede ikke\. Anne Kirstine Holm står som »fjernes – venter på SharePoint« og fjernes, så snart SharePoint svarer igen\.$/)).toBeTruthy();
  expect(screen.queryByText("Arbejdsgruppen blev ikke gemt")).toBeNull();
});
