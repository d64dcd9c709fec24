/**
 * A person with several roles in the grid: listed under each role's demand, each task once, and
 * hours typed under a role's listing are booked in that role.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { cell, renderBooking, savesSettled } from "./render";
import { ANNE, JESPER, planData } from "./fixtures";

afterEach(savesSettled);
jest.setTimeout(30_000);

const SYSTEM = "systemansvarlig på bogførings- og opkrævningssystemet";

test("Anne, projektleder and systemansvarlig, is under both demands; hours on PL 14 (the system role's task) are booked as systemansvarlig", async () => {
  const data = planData();
  data.workingGroup = data.workingGroup.map((m) => (m.person.id === ANNE.id ? { ...m, roles: ["KY-projektleder", SYSTEM] } : m));
  const repos = createMemoryRepositories(data, { people: [JESPER], currentUser: ANNE });
  const { user, grid } = await renderBooking(repos);
  const expandButtons = within(grid).getAllByRole("button", { name: `Vis opgaver for ${ANNE.displayName}` });
  expect(expandButtons).toHaveLength(2);
  await user.click(expandButtons[0]);
  // Each of her tasks once: PL 12 and OA 12 under KY-projektleder, PL 14 under the system role.
  for (const code of ["PL 12", "OA 12", "PL 14"]) expect(within(grid).getAllByRole("gridcell", { name: new RegExp(`^Anne Kirstine Holm, ${code}, uge 17 `) })).toHaveLength(1);

  await user.click(cell(grid, /^Anne Kirstine Holm, PL 14, uge 17 /));
  await user.keyboard("4{Enter}");
  await waitFor(() => expect(repos.tables.bookings.all().find((b) => b.value.taskId === 521 && b.value.personEmail === ANNE.email)?.value).toMatchObject({ hours: 4, role: SYSTEM }));
  // Her hours count once in the working group's total.
  expect(screen.getAllByRole("gridcell", { name: /^Arbejdsgruppen i alt, uge 17/ }).map((c) => c.getAttribute("aria-label"))).toEqual([expect.stringMatching(/: 4 t/)]);
});
