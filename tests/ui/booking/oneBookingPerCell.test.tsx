/**
 * @jest-environment ./tests/support/jsdomWithFetch.js
 */
/**
 * One booking per person × task × week, as the projektleder meets it (issue 16, defect 3): a
 * colleague books the empty cell after the page read the plan; typing other hours there opens the
 * conflict dialog with both values (never 5 + 7 = 12 t), "Behold mine" overwrites their row, "Brug
 * deres" shows theirs — and SharePoint holds one booking for the cell either way. Real PnPjs over
 * real HTTP against the emulator, with a second user's client.
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

const ANNE = { email: "anne.holm@eksempelkommune.dk", name: "Anne Kirstine Holm" };
const CELL = { personEmail: ANNE.email, taskId: 519, weekStart: "2027-03-15", role: "KY-projektleder" };

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeEach(async () => {
  running = await startTestEmulator();
});
afterEach(() => stopTestEmulator(running));

function client(user?: string): PnpPlanRepositories {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit, { user }), municipalitySp: spFor(emu.sites.municipality, { user }) });
}

async function cellHours(): Promise<number[]> {
  return (await client().bookings.getBookings()).filter((b) => b.value.personEmail === ANNE.email && b.value.taskId === CELL.taskId && b.value.weekStart === CELL.weekStart).map((b) => b.value.hours);
}

async function openPlanThenColleagueBooks(): Promise<{ user: ReturnType<typeof userEvent.setup>; grid: HTMLElement }> {
  const emu = running!.emu;
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();
  render(<BookingRoot repositories={client()} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  const grid = await screen.findByRole("grid", { name: "Booket tid pr. person og uge" }, { timeout: 20000 });
  expect(await cellHours()).toEqual([]);
  // A colleague books the cell after the page read the plan.
  const colleague = emu.state.directory.find((p) => p.email.endsWith("@eksempelkommune.dk") && p.email !== emu.state.defaultUser)!.email;
  emu.setPermission("municipality", colleague, "edit");
  const [theirs] = await client(colleague).bookings.saveBookings([{ booking: { ...CELL, hours: 5 } }]);
  expect(theirs.ok).toBe(true);
  await expand(user, grid, ANNE.name);
  return { user, grid };
}

test("typing hours in a cell a colleague booked meanwhile asks: mine 7 or theirs 5; keeping mine leaves one booking of 7 t", async () => {
  const { user, grid } = await openPlanThenColleagueBooks();
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("7{Enter}");
  const dialog = await screen.findByRole("alertdialog", {}, { timeout: 15000 });
  expect(dialog.textContent).toContain("Dine timer: 7 t");
  expect(dialog.textContent).toContain("Deres timer: 5 t");
  expect(await cellHours()).toEqual([5]);

  await user.click(within(dialog).getByRole("button", { name: "Behold mine" }));
  await waitFor(async () => expect(await cellHours()).toEqual([7]), { timeout: 15000 });
  expect(screen.queryByRole("alertdialog")).toBeNull();
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 7 t$/));
});

test("taking theirs shows their 5 t in the cell and stores nothing more", async () => {
  const { user, grid } = await openPlanThenColleagueBooks();
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("7{Enter}");
  await user.click(within(await screen.findByRole("alertdialog", {}, { timeout: 15000 })).getByRole("button", { name: "Brug deres" }));
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 5 t$/));
  expect(await cellHours()).toEqual([5]);
});
