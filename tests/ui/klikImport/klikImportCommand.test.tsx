/**
 * @jest-environment ./tests/support/jsdomWithFetch.js
 */
/**
 * "Importér KLIK-opgaver" in the timeline's command bar, by role: the timeline and the import run
 * on the real PnPjs repositories and master writer over HTTP against the emulator. Who may edit
 * KOMBIT's Planer sees the command, imports a KLIK export into that list and the timeline reads
 * the plan again; a reader of that list is not offered the command.
 */
import * as React from "react";
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";
import { createPnpRepositories, PnpMasterPlanWriter, type PnpPlanRepositories } from "../../../src/data/pnp";
import { MemoryStorage, spFor, startTestEmulator, stopTestEmulator } from "../../integration/data/support";

setIconOptions({ disableWarnings: true });
// The whole timeline over HTTP, then the import, on a busy 2-core machine.
jest.setTimeout(60_000);

const OA12 = fs.readFileSync(path.join(__dirname, "../../fixtures/klik/OA12-udpeg-ky-systemansvarlig.txt"), "utf8");
/** OA 12's export as a task KOMBIT's Planer does not have yet. */
const NEW_TASK = OA12.replace(/\b512\b/g, "990512").replace(/OA 12/g, "OA 99");

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));
beforeEach(() => window.history.replaceState(null, "", "/"));

function setup(): { repositories: PnpPlanRepositories; canEdit: jest.SpyInstance<Promise<boolean>> } {
  const emu = running!.emu;
  const repositories = createPnpRepositories({
    kombitSp: spFor(emu.sites.kombit, { baseDelayMs: 5, maxAttempts: 2 }),
    municipalitySp: spFor(emu.sites.municipality, { baseDelayMs: 5, maxAttempts: 2 }),
    pendingStore: new MemoryStorage(),
    pendingKey: "klik-import-command",
    retryPendingOnStart: false
  });
  const writer = new PnpMasterPlanWriter(spFor(emu.sites.kombit, { baseDelayMs: 5, maxAttempts: 2 }), "Planer");
  const canEdit = jest.spyOn(writer, "canEdit");
  render(<TimelineRoot repositories={repositories} municipalityName="Eksempel Kommune" defaultWave="KY - Bølge 5" locale="da-dk" masterWriter={writer} />);
  return { repositories, canEdit };
}

describe("Importér KLIK-opgaver in the timeline", () => {
  it("who may edit KOMBIT's Planer opens the import from the command bar, writes a task to the list, and the timeline reads the plan again", async () => {
    const emu = running!.emu;
    emu.setPermission("kombit", emu.state.defaultUser, "edit");
    const user = userEvent.setup({ delay: null });
    const { repositories } = setup();
    const readPlan = jest.spyOn(repositories.local, "getRows");
    await screen.findByRole("grid", {}, { timeout: 20_000 });

    await user.click(await screen.findByRole("button", { name: "Importér KLIK-opgaver" }, { timeout: 10_000 }));
    const dialog = await screen.findByRole("dialog", { name: "KLIK-import til KOMBITs plan" }, { timeout: 10_000 });
    fireEvent.change(within(dialog).getByRole("textbox", { name: /Indsæt en eller flere KLIK-opgaver/ }), { target: { value: NEW_TASK } });
    await user.click(within(dialog).getByRole("button", { name: "Læs opgaverne" }));
    const reads = readPlan.mock.calls.length;
    expect(reads).toBe(1);
    const write = within(dialog).getByRole("button", { name: "Skriv 1 opgaver til KOMBITs plan" }) as HTMLButtonElement;
    // The panel checks the rights on KOMBIT's Planer itself before it lets anyone write.
    await waitFor(() => expect(write.disabled).toBe(false), { timeout: 10_000 });
    await user.click(write);

    expect(await within(dialog).findByText("OA 99: tilføjet", {}, { timeout: 20_000 })).toBeTruthy();
    const stored = (await repositories.master.getTasks()).filter((t) => t.value.id === 990512);
    expect(stored.map((t) => t.value.code)).toEqual(["OA 99"]);
    // The timeline reads the plan again.
    await waitFor(() => expect(readPlan.mock.calls.length).toBe(reads + 1), { timeout: 20_000 });

    await user.click(within(dialog).getByRole("button", { name: "Luk KLIK-importen" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "KLIK-import til KOMBITs plan" })).toBeNull());
    expect(await screen.findByRole("grid", {}, { timeout: 20_000 })).toBeTruthy();
  });

  it("a reader of KOMBIT's Planer is not offered the import (the local plan stays editable)", async () => {
    const emu = running!.emu;
    emu.setPermission("kombit", emu.state.defaultUser, "read");
    const { canEdit } = setup();
    await screen.findByRole("grid", {}, { timeout: 20_000 });
    await waitFor(() => expect(canEdit).toHaveBeenCalled());
    await expect(canEdit.mock.results[0].value).resolves.toBe(false);

    expect(screen.getByRole("button", { name: "Fortryd" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Importér KLIK-opgaver" })).toBeNull();
  });
});
