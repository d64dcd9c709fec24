/**
 * @jest-environment ./tests/support/jsdomWithFetch.js
 */
/**
 * Issue 16, defect 9: a colleague removes a member while we book them. The hours we typed are
 * saved (never lost), we are told in Danish that the person was removed meanwhile, the person
 * moves under "Tidligere medlemmer" with the hours, and we may keep or discard them. Real PnPjs
 * over real HTTP against the emulator, the colleague with a second client.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { BookingRoot } from "../../../src/ui/booking/BookingRoot";
import { createPnpRepositories, type PnpPlanRepositories } from "../../../src/data/pnp";
import { spFor, startTestEmulator, stopTestEmulator } from "../../integration/data/support";
import { cell, expand } from "./render";

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

const BIRGITTE = { email: "birgitte.norgaard@eksempelkommune.dk", name: "Birgitte Nørgaard" };

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeEach(async () => {
  running = await startTestEmulator();
});
afterEach(() => stopTestEmulator(running));

function client(): PnpPlanRepositories {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
}

async function birgitteWeek11(): Promise<number[]> {
  return (await client().bookings.getBookings()).filter((b) => b.value.personEmail === BIRGITTE.email && b.value.taskId === 519 && b.value.weekStart === "2027-03-15").map((b) => b.value.hours);
}

test("hours typed on a member a colleague just removed are saved, the person moves under Tidligere medlemmer, and the notice offers to discard them", async () => {
  // Only Birgitte in the grid (the person filter), so her rows are all in view.
  window.history.replaceState(null, "", `/?rb.person=${encodeURIComponent(BIRGITTE.email)}`);
  const user = userEvent.setup();
  render(<BookingRoot repositories={client()} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  const grid = await screen.findByRole("grid", { name: "Booket tid pr. person og uge" }, { timeout: 20000 });
  await expand(user, grid, BIRGITTE.name);

  // The colleague removes Birgitte after our page read the working group.
  const colleague = client();
  const member = (await colleague.workingGroup.getMembers()).find((m) => m.value.person.email === BIRGITTE.email)!;
  await colleague.workingGroup.removeMember(member);

  await user.click(cell(grid, /^Birgitte Nørgaard, PL 12, uge 11 /));
  await user.keyboard("3{Enter}");
  const notice = await screen.findByText(/^Birgitte Nørgaard blev fjernet fra arbejdsgruppen af en anden, mens du bookede\. Dine 3 t er gemt og står under »Tidligere medlemmer«\./, {}, { timeout: 15000 });
  expect(notice.getAttribute("role")).toBe("alert");
  expect(await birgitteWeek11()).toEqual([3]);
  // Under "Tidligere medlemmer", with the hours; no longer in the working group's table.
  expect(within(grid).getByRole("rowheader", { name: /^Tidligere medlemmer/ })).toBeTruthy();
  expect(within(grid).getByRole("gridcell", { name: /^Birgitte Nørgaard, uge 11 .*: 3 t booket i alt$/ })).toBeTruthy();
  expect(within(screen.getByRole("table", { name: "Lokal arbejdsgruppe" })).queryByRole("rowheader", { name: BIRGITTE.name })).toBeNull();

  await user.click(screen.getByRole("button", { name: "Kassér timerne" }));
  await waitFor(async () => expect(await birgitteWeek11()).toEqual([]), { timeout: 15000 });
  expect(screen.queryByText(/blev fjernet fra arbejdsgruppen af en anden/)).toBeNull();
});

test("keeping the hours leaves them saved and closes the notice", async () => {
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();
  render(<BookingRoot repositories={client()} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  const grid = await screen.findByRole("grid", { name: "Booket tid pr. person og uge" }, { timeout: 20000 });
  await expand(user, grid, BIRGITTE.name);
  const colleague = client();
  await colleague.workingGroup.removeMember((await colleague.workingGroup.getMembers()).find((m) => m.value.person.email === BIRGITTE.email)!);
  await user.click(cell(grid, /^Birgitte Nørgaard, PL 12, uge 11 /));
  await user.keyboard("3{Enter}");
  await screen.findByText(/blev fjernet fra arbejdsgruppen af en anden/, {}, { timeout: 15000 });
  await user.click(screen.getByRole("button", { name: "Behold timerne" }));
  expect(screen.queryByText(/blev fjernet fra arbejdsgruppen af en anden/)).toBeNull();
  expect(await birgitteWeek11()).toEqual([3]);
});
