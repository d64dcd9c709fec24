/**
 * @jest-environment ./tests/support/jsdomWithFetch.js
 */
/**
 * A site where the solution was deployed tenant-wide has none of the municipality's lists (no
 * feature made them). The timeline must not stop at "the list does not exist": it names the
 * missing lists and offers "Opret lokal tidsplan", which creates them and fills the plan. Real
 * PnPjs over real HTTP against the emulator, whose municipality site has no lists of these titles.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";
import { createPnpRepositories } from "../../../src/data/pnp";
import { OIR_SCHEMA } from "../../../src/data/schema/oirSchema";
import { ensureLocalLists, PLANER_PRESENTATION } from "../../../src/data/sync/ensureLocalLists";
import { spFor, startTestEmulator, stopTestEmulator } from "../../integration/data/support";

setIconOptions({ disableWarnings: true });
jest.setTimeout(60000);

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

test("a new site: the missing lists are named, Opret lokal tidsplan creates them and the plan shows", async () => {
  const emu = running!.emu;
  // Titles no list on the emulator's municipality site has: the site is as a tenant-wide install leaves it.
  const lists = { localPlan: "Planer ny", workingGroup: "Arbejdsgruppe ny", bookings: "Ressourcebookinger ny", attendance: "Webinardeltagelse ny" };
  const municipalitySp = spFor(emu.sites.municipality);
  const repositories = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp, lists });
  const ensureLists = (): ReturnType<typeof ensureLocalLists> => ensureLocalLists(municipalitySp, OIR_SCHEMA, lists, PLANER_PRESENTATION, { sharePointOnline: true });
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();

  render(<TimelineRoot repositories={repositories} municipalityName="Eksempel Kommune" defaultWave="KY - Bølge 5" locale="da-dk" ensureLocalLists={ensureLists} />);

  const notice = await screen.findByText(/Kommunens lister til ØiR-planen findes ikke på webstedet endnu/, {}, { timeout: 20000 });
  // The bookings and attendance reads first need Planer's task index, so they name Planer too.
  expect(notice.textContent).toContain("Planer ny");
  expect(notice.textContent).toContain("Arbejdsgruppe ny");
  expect(screen.queryByRole("grid")).toBeNull();

  await user.click(await screen.findByRole("button", { name: "Opret lokal tidsplan" }));
  const grid = await screen.findByRole("grid", {}, { timeout: 30000 });
  expect(within(grid).getAllByRole("row").length).toBeGreaterThan(5);
  expect((await repositories.local.getRows()).length).toBeGreaterThan(5);
  expect(screen.queryByText(/findes ikke på webstedet endnu/)).toBeNull();
});
