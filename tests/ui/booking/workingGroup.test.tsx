/** The working group panel: add with the people picker, roles from the plan, capacity; validation; remove. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderBooking } from "./render";
import { ANNE, BIRGITTE, JESPER, repositories } from "./fixtures";

// userEvent typing and Fluent's pickers on a loaded machine (2 shared cores) can pass the default 5 s.
jest.setTimeout(20000);

/** Waits until the picker lists only the person searched for (the debounced search has answered), then picks them. */
async function pickSuggestion(name: string): Promise<void> {
  await waitFor(() => expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([expect.stringContaining(name)]));
  fireEvent.click(screen.getByRole("option", { name: new RegExp(name) }));
  await waitFor(() => expect(screen.queryAllByRole("option")).toHaveLength(0));
}

test("adds a person from the site's users with roles from the plan's tasks and a weekly capacity", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  const form = screen.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await user.type(within(form).getByRole("combobox", { name: "Person" }), "Jesper");
  // Fluent's suggestion list reacts to the click event itself (user-event's pointer sequence blurs the input first).
  await pickSuggestion(JESPER.displayName);

  await user.type(within(form).getByRole("textbox", { name: /Timer pr\. uge/ }), "7,5");
  await user.click(within(form).getByRole("combobox", { name: /Roller/ }));
  // The roles come from the plan's tasks (data), e.g. PL 12's KOMBIT-programleder.
  const options = screen.getAllByRole("option").map((o) => document.getElementById(o.getAttribute("aria-labelledby") ?? "")?.textContent);
  expect(options).toEqual(expect.arrayContaining(["KY-projektleder", "KOMBIT-programleder", "systemansvarlig på bogførings- og opkrævningssystemet"]));
  await user.click(screen.getByRole("option", { name: "KY-projektleder" }));
  // Close the multi-select list as a keyboard user does.
  fireEvent.keyDown(screen.getByRole("listbox"), { key: "Escape", code: "Escape", keyCode: 27, which: 27 });
  await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
  await user.click(within(form).getByRole("button", { name: "Tilføj til arbejdsgruppen" }));

  await waitFor(() => expect(repos.tables.workingGroup.all().length).toBe(3));
  const added = repos.tables.workingGroup.all()[2].value;
  expect(added).toEqual({ person: expect.objectContaining({ email: JESPER.email }), roles: ["KY-projektleder"], weeklyCapacityHours: 7.5 });
  expect(screen.getByText("Jesper Dahl Andersen er tilføjet arbejdsgruppen.")).toBeTruthy();
  // The new member shows in the list and in the grid.
  expect(within(screen.getByRole("table", { name: "Lokal arbejdsgruppe" })).getByRole("rowheader", { name: JESPER.displayName })).toBeTruthy();
  expect(within(screen.getByRole("grid")).getByRole("rowheader", { name: new RegExp(JESPER.displayName) })).toBeTruthy();
});

test("validation: person, role and capacity are required, in Danish, and nothing is saved", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  const form = screen.getByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await user.type(within(form).getByRole("textbox", { name: /Timer pr\. uge/ }), "70");
  await user.click(within(form).getByRole("button", { name: "Tilføj til arbejdsgruppen" }));
  expect(within(form).getByText("Vælg en person.")).toBeTruthy();
  expect(within(form).getByText("Vælg mindst én rolle.")).toBeTruthy();
  expect(within(form).getByText("Skriv timer pr. uge som et tal over 0 og højst 60, fx 7,5.")).toBeTruthy();
  expect(within(form).getByRole("combobox", { name: "Person" }).getAttribute("aria-invalid")).toBe("true");

  await user.type(within(form).getByRole("combobox", { name: "Person" }), "Anne");
  await pickSuggestion(ANNE.displayName);
  await user.click(within(form).getByRole("button", { name: "Tilføj til arbejdsgruppen" }));
  expect(within(form).getByText("Anne Kirstine Holm er allerede med i arbejdsgruppen.")).toBeTruthy();
  expect(repos.tables.workingGroup.all().length).toBe(2);
});

test("removes a member (after the confirmation, see removeMember.test.tsx)", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  await user.click(screen.getByRole("button", { name: `Fjern ${BIRGITTE.displayName} fra arbejdsgruppen` }));
  await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Fjern" }));
  await waitFor(() => expect(repos.tables.workingGroup.all().map((m) => m.value.person.email)).toEqual([ANNE.email]));
  expect(screen.getByText("Birgitte Nørgaard er fjernet fra arbejdsgruppen.")).toBeTruthy();
});

test("raising a member's capacity saves it and the over-allocation it resolves disappears; an invalid one is refused", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  const field = screen.getByRole("textbox", { name: `Timer pr. uge for ${ANNE.displayName}` });
  const week11 = (): string => within(grid).getByRole("gridcell", { name: /^Anne Kirstine Holm, uge 11 / }).getAttribute("aria-label") ?? "";
  expect(week11()).toMatch(/overbooket med 2 t/);

  await user.clear(field);
  await user.type(field, "0{Enter}");
  expect(screen.getByText("Skriv timer pr. uge som et tal over 0 og højst 60, fx 7,5.")).toBeTruthy();
  expect(repos.tables.workingGroup.all()[0].value.weeklyCapacityHours).toBe(20);

  await user.clear(field);
  await user.type(field, "25{Enter}");
  await waitFor(() => expect(repos.tables.workingGroup.all()[0].value.weeklyCapacityHours).toBe(25));
  expect(week11()).not.toMatch(/overbooket/);
  expect(screen.getByText("Anne Kirstine Holm har nu 25 timer pr. uge.")).toBeTruthy();
});

test("a member's roles can be changed in place; the person is listed under each of their roles", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await user.click(screen.getByRole("combobox", { name: `Roller for ${BIRGITTE.displayName}` }));
  await user.click(screen.getByRole("listbox").querySelector("label[for$='list0']") as HTMLElement);
  fireEvent.keyDown(screen.getByRole("listbox"), { key: "Escape", code: "Escape", keyCode: 27, which: 27 });
  await waitFor(() => expect(repos.tables.workingGroup.all()[1].value.roles).toEqual(["systemansvarlig på bogførings- og opkrævningssystemet", "KOMBIT-programleder"]));
  expect(await screen.findByText("Birgitte Nørgaard har nu rollerne systemansvarlig på bogførings- og opkrævningssystemet, KOMBIT-programleder.")).toBeTruthy();
  // Under her old role's demand and under the new one's (her hours count once in the total).
  const listings = within(grid).getAllByRole("rowheader", { name: /Birgitte Nørgaard/ });
  expect(listings).toHaveLength(2);
  for (const header of listings) expect(header.textContent).toContain("KOMBIT-programleder");
  const headers = within(grid)
    .getAllByRole("rowheader")
    .map((h) => h.textContent ?? "");
  const newRole = headers.findIndex((text) => text.startsWith("Behov · KOMBIT-programleder"));
  expect(newRole).toBeGreaterThanOrEqual(0);
  expect(headers[newRole + 1]).toMatch(/^Birgitte Nørgaard/);
});
