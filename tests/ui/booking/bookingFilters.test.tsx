/** Filters live in the page URL (rb.*), so a link shares the view. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BookingRoot } from "../../../src/ui/booking/BookingRoot";
import { ANNE, BIRGITTE, repositories } from "./fixtures";

test("a shared link with rb.person and rb.from/rb.to shows that person and those weeks only", async () => {
  window.history.replaceState(null, "", `/side.aspx?foo=1&rb.person=${encodeURIComponent(BIRGITTE.email)}&rb.from=2027-04-19&rb.to=2027-05-03`);
  render(<BookingRoot repositories={repositories()} municipalityName="Eksempel Kommune" locale="da-dk" />);
  const grid = await screen.findByRole("grid");
  expect(within(grid).queryByRole("rowheader", { name: new RegExp(ANNE.displayName) })).toBeNull();
  expect(within(grid).getByRole("rowheader", { name: new RegExp(BIRGITTE.displayName) })).toBeTruthy();
  expect(within(grid).getAllByRole("columnheader").map((h) => /uge \d+/.exec(h.textContent ?? "")?.[0]).filter(Boolean)).toEqual(["uge 16", "uge 17", "uge 18"]);
});

test("choosing a role in the command bar writes rb.role to the URL and keeps other parameters", async () => {
  window.history.replaceState(null, "", "/side.aspx?foo=1");
  const user = userEvent.setup();
  render(<BookingRoot repositories={repositories()} municipalityName="Eksempel Kommune" locale="da-dk" />);
  const grid = await screen.findByRole("grid");
  const bar = screen.getByRole("group", { name: "Filtre og handlinger" });
  await user.click(within(bar).getByRole("combobox", { name: /Rolle/ }));
  await user.click(screen.getByRole("option", { name: "KY-projektleder" }));
  const params = new URLSearchParams(window.location.search);
  expect(params.get("rb.role")).toBe("KY-projektleder");
  expect(params.get("foo")).toBe("1");
  expect(within(grid).queryByRole("rowheader", { name: new RegExp(BIRGITTE.displayName) })).toBeNull();
  expect(within(grid).getByRole("rowheader", { name: new RegExp(ANNE.displayName) })).toBeTruthy();
});
