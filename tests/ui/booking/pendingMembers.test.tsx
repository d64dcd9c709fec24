/**
 * @jest-environment ./tests/support/jsdomWithFetch.js
 */
/**
 * Issue 13: a working-group change SharePoint does not answer is listed at once, as waiting for
 * SharePoint, and becomes an ordinary row when the pending queue sends it — without reloading the
 * page. The booking root runs on the real PnPjs repositories over real HTTP against the emulator,
 * whose fault drops the connection (tools/emulator/faults.js), as a flaky network does.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { BookingRoot } from "../../../src/ui/booking/BookingRoot";
import { createPnpRepositories, type PnpPlanRepositories } from "../../../src/data/pnp";
import { MemoryStorage, spFor, startTestEmulator, stopTestEmulator } from "../../integration/data/support";

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
afterEach(() => running?.emu.faults.clear());

function repositories(): PnpPlanRepositories {
  const emu = running!.emu;
  return createPnpRepositories({
    kombitSp: spFor(emu.sites.kombit, { baseDelayMs: 5, maxAttempts: 2 }),
    municipalitySp: spFor(emu.sites.municipality, { baseDelayMs: 5, maxAttempts: 2 }),
    pendingStore: new MemoryStorage(),
    pendingKey: "pending-members",
    retryPendingOnStart: false
  });
}

function groupTable(): HTMLElement {
  return screen.getByRole("table", { name: "Lokal arbejdsgruppe" });
}

function memberRow(name: string): HTMLElement | undefined {
  return within(groupTable())
    .queryAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent?.startsWith(name));
}

async function addJesper(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const form = await screen.findByRole("form", { name: "Tilføj til arbejdsgruppen" });
  await user.type(within(form).getByRole("combobox", { name: "Person" }), "Jesper");
  await waitFor(() => expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([expect.stringContaining("Jesper")]), { timeout: 5000 });
  fireEvent.click(screen.getByRole("option", { name: /Jesper/ }));
  await waitFor(() => expect(screen.queryAllByRole("option")).toHaveLength(0));
  await user.type(within(form).getByRole("textbox", { name: /Timer pr\. uge/ }), "6");
  await user.click(within(form).getByRole("combobox", { name: /Roller/ }));
  await user.click(screen.getByRole("option", { name: "KY-projektleder" }));
  fireEvent.keyDown(screen.getByRole("listbox"), { key: "Escape", code: "Escape", keyCode: 27, which: 27 });
  await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
  await user.click(within(form).getByRole("button", { name: "Tilføj til arbejdsgruppen" }));
}

test("an added member SharePoint does not answer is listed as waiting at once, and as an ordinary row once the queue sends it", async () => {
  const emu = running!.emu;
  const repos = repositories();
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();
  render(<BookingRoot repositories={repos} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  await screen.findByRole("table", { name: "Lokal arbejdsgruppe" }, { timeout: 20000 });
  const jesperId = async (): Promise<number[]> => (await repos.workingGroup.getMembers()).filter((m) => m.value.person.email.startsWith("jesper")).map((m) => m.itemId);
  expect(await jesperId()).toEqual([]);

  // Every add to Arbejdsgruppe loses its connection before SharePoint runs it.
  emu.faults.dropConnection({ path: "getbytitle('Arbejdsgruppe')/items", method: "POST", times: 100 });
  await addJesper(user);

  const waiting = await waitFor(
    () => {
      const row = memberRow("Jesper Dahl");
      expect(row).toBeDefined();
      return row!;
    },
    { timeout: 15000 }
  );
  // In words (and an icon), not by colour: the row says it waits for SharePoint.
  expect(within(waiting).getByText("Tilføjes – venter på SharePoint")).toBeTruthy();
  expect(within(waiting).getByText("KY-projektleder")).toBeTruthy();
  expect(screen.getByText(/SharePoint svarede ikke\. Jesper Dahl Andersen står i arbejdsgruppen som »venter på SharePoint«/)).toBeTruthy();
  expect(repos.pending.list().map((w) => [w.op, w.status])).toEqual([["workingGroup.addMember", "waiting"]]);
  expect(await jesperId()).toEqual([]);
  // Waiting rows are not edited or removed meanwhile.
  expect(screen.queryByRole("button", { name: "Fjern Jesper Dahl Andersen fra arbejdsgruppen" })).toBeNull();

  // The connection is back; the queue sends the write (as its automatic retry does).
  emu.faults.clear();
  await act(async () => {
    expect((await repos.pending.retryAll()).map((o) => o.ok)).toEqual([true]);
  });
  // The group is read again once the queue has sent the write (on a loaded machine that takes a while).
  await waitFor(
    () => {
      const row = memberRow("Jesper Dahl");
      expect(row).toBeDefined();
      expect(within(row!).queryByText(/venter på SharePoint/)).toBeNull();
    },
    { timeout: 15000 }
  );
  expect(await jesperId()).toHaveLength(1);
  expect(screen.getByRole("button", { name: "Fjern Jesper Dahl Andersen fra arbejdsgruppen" })).toBeTruthy();
  expect(within(memberRow("Jesper Dahl")!).getByRole("textbox", { name: "Timer pr. uge for Jesper Dahl Andersen" })).toBeTruthy();
});

test("a removal SharePoint does not answer is shown as being removed, and the row goes when the queue sends it", async () => {
  const emu = running!.emu;
  const repos = repositories();
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();
  render(<BookingRoot repositories={repos} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  await screen.findByRole("table", { name: "Lokal arbejdsgruppe" }, { timeout: 20000 });
  const camilla = (await repos.workingGroup.getMembers()).find((m) => m.value.person.displayName.startsWith("Camilla"))!;

  emu.faults.dropConnection({ path: `getbytitle('Arbejdsgruppe')/items(${camilla.itemId})`, times: 100 });
  await user.click(screen.getByRole("button", { name: `Fjern ${camilla.value.person.displayName} fra arbejdsgruppen` }));
  await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Fjern" }));

  // The dialog waits while the client tries (its retry budget), then closes.
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull(), { timeout: 15000 });
  expect(within(memberRow("Camilla")!).getByText("Fjernes – venter på SharePoint")).toBeTruthy();
  expect(screen.getByText(/Camilla Thomsen står som »fjernes – venter på SharePoint«/)).toBeTruthy();
  expect(emu.getItem("municipality", "Arbejdsgruppe", camilla.itemId)).toBeDefined();
  expect(screen.queryByRole("button", { name: `Fjern ${camilla.value.person.displayName} fra arbejdsgruppen` })).toBeNull();

  emu.faults.clear();
  await act(async () => {
    expect((await repos.pending.retryAll()).map((o) => o.ok)).toEqual([true]);
  });
  await waitFor(() => expect(memberRow("Camilla")).toBeUndefined(), { timeout: 15000 });
  expect(emu.getItem("municipality", "Arbejdsgruppe", camilla.itemId)).toBeUndefined();
});
