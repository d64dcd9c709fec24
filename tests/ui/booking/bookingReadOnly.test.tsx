/** A reader (no EditListItems) sees the plan with no editing affordances. */
import { screen, within } from "@testing-library/react";
import { cell, expand, renderBooking } from "./render";
import { ANNE, repositories } from "./fixtures";

test("read-only mode: no add form, no remove or suggest buttons, cells read-only, keys and paste change nothing", async () => {
  const repos = repositories({ canEdit: false });
  const { user, grid } = await renderBooking(repos);
  expect(screen.getByText("Du kan se arbejdsgruppen og bookingerne, men ikke ændre dem.")).toBeTruthy();
  expect(screen.queryByRole("form", { name: "Tilføj til arbejdsgruppen" })).toBeNull();
  expect(screen.queryByRole("button", { name: /Fjern .* fra arbejdsgruppen/ })).toBeNull();
  // The working group is still listed.
  expect(within(screen.getByRole("table", { name: "Lokal arbejdsgruppe" })).getByRole("rowheader", { name: ANNE.displayName })).toBeTruthy();

  await expand(user, grid, ANNE.displayName);
  expect(within(grid).queryByRole("button", { name: /Foreslå booking/ })).toBeNull();
  const target = cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /);
  expect(target.getAttribute("aria-readonly")).toBe("true");
  await user.click(target);
  await user.keyboard("5");
  await user.keyboard("{Enter}{F2}{Delete}");
  await user.paste("1\t2\n");
  expect(within(grid).queryByRole("textbox")).toBeNull();
  expect(repos.tables.bookings.all().map((b) => b.value.hours)).toEqual([12, 10, 14]);
});
