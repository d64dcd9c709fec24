/**
 * A person is booked on the task they perform: Sofie is udfører on PL 12 in the local plan but
 * her role (ØiR finans administrator) is not one PL 12 names; the grid still gives her a PL 12
 * row, says in words why it is there, and the row can be booked.
 */
import { waitFor, within } from "@testing-library/react";
import { createMemoryRepositories, type MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { cell, expand, renderBooking, savesSettled } from "./render";
import { ANNE, JESPER, planData } from "./fixtures";

afterEach(savesSettled);

const SOFIE = { id: 23, email: "sofie.bach@eksempelkommune.dk", displayName: "Sofie Bach" };

function sofieRepositories(performer: boolean): MemoryRepositories {
  const data = planData();
  data.workingGroup.push({ person: SOFIE, roles: ["ØiR finans administrator"], weeklyCapacityHours: 15 });
  if (performer) data.local.push({ taskId: 519, status: "started", note: "", responsible: ANNE, performer: SOFIE });
  return createMemoryRepositories(data, { canEdit: true, people: [JESPER], currentUser: ANNE });
}

test("Sofie as udfører on PL 12 gets a PL 12 row, marked 'Udfører' in words, and booking it saves", async () => {
  const repos = sofieRepositories(true);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, SOFIE.displayName);

  const header = within(grid).getByRole("rowheader", { name: /^PL 12 Planlæg kommunens ØiR implementering/  });
  expect(header.textContent).toContain("Udfører");
  // Why the row is there: in the tag's tooltip, and in the row header's name for a screen reader.
  expect(within(header).getByTitle("Udfører: Sofie Bach er sat på opgaven i planen, men opgaven nævner ikke personens roller.")).toBeTruthy();
  expect(within(grid).getByRole("rowheader", { name: /Udfører: Sofie Bach er sat på opgaven i planen, men opgaven nævner ikke personens roller\./ })).toBe(header);
  // Anne (ansvarlig, and her role names PL 12) is not asked about: only Sofie's rows are open.
  expect(within(grid).queryByRole("gridcell", { name: /^Anne Kirstine Holm, PL 12, uge 11 / })).toBeNull();

  const target = cell(grid, /^Sofie Bach, PL 12, uge 11 /);
  expect(target.getAttribute("aria-readonly")).toBeNull();
  await user.click(target);
  await user.keyboard("6{Enter}");
  await waitFor(() =>
    expect(repos.tables.bookings.all().map((b) => b.value)).toContainEqual(expect.objectContaining({ personEmail: SOFIE.email, taskId: 519, weekStart: "2027-03-15", hours: 6 }))
  );
  await savesSettled();
  // Her hours count once: her week total and the group's.
  expect(cell(grid, /^Sofie Bach, uge 11 /).getAttribute("aria-label")).toMatch(/: 6 t booket i alt/);
  expect(cell(grid, /^Arbejdsgruppen i alt, uge 11:/).getAttribute("aria-label")).toMatch(/: 28 t$/);
});

test("without the assignment Sofie has no task rows to book", async () => {
  const repos = sofieRepositories(false);
  const { grid } = await renderBooking(repos);
  // No tasks: the row cannot be expanded (aria-expanded only on people with task rows).
  const header = within(grid).getAllByRole("rowheader").find((h) => h.textContent?.includes(SOFIE.displayName));
  expect(header?.getAttribute("aria-expanded")).toBeNull();
  expect(within(grid).queryByRole("gridcell", { name: /^Sofie Bach, PL 12, / })).toBeNull();
});
