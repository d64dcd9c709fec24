/** The grid: ARIA structure, weeks with holidays, demand, over-allocation, virtualization. */
import { screen, within } from "@testing-library/react";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import type { Booking, WorkingGroupMember } from "../../../src/domain/model";
import { cell, expand, renderBooking } from "./render";
import { ANNE, planData, repositories } from "./fixtures";

test("the grid has a screen-reader structure: column headers per ISO week with the Monday, row headers, labelled cells", async () => {
  const { grid } = await renderBooking(repositories());
  expect(within(grid).getByRole("columnheader", { name: /uge 11 mandag 15\.03\.2027/ })).toBeTruthy();
  expect(within(grid).getByRole("rowheader", { name: /Anne Kirstine Holm/ })).toBeTruthy();
  expect(within(grid).getByRole("rowheader", { name: "Behov · KY-projektleder" })).toBeTruthy();
  expect(cell(grid, /^Anne Kirstine Holm, uge 11 \(15\.03\.2027\): 22 t booket i alt/)).toBeTruthy();
  expect(within(grid).getAllByRole("row").length).toBeGreaterThan(3);
});

test("weeks with public holidays are marked in text and lower the capacity (Easter 2027)", async () => {
  const { grid } = await renderBooking(repositories());
  // Skærtorsdag and langfredag fall in uge 12 of 2027; 2. påskedag in uge 13.
  const week12 = within(grid).getByRole("columnheader", { name: /uge 12/ });
  expect(week12.textContent).toContain("helligdag");
  expect(week12.textContent).toContain("25.03.2027, 26.03.2027");
  expect(within(grid).getByRole("columnheader", { name: /uge 11/ }).textContent).not.toContain("helligdag");
  // 14 hours in uge 12 is over: 20 hours a week × 3 of 5 working days = 12.
  expect(cell(grid, /^Anne Kirstine Holm, uge 12 .*overbooket med 2 t, kapacitet 12 t/).textContent).toContain("+2 t over");
});

test("over-allocation above capacity is shown with an icon and words, not colour alone", async () => {
  const { grid } = await renderBooking(repositories());
  // 12 h on PL 12 + 10 h on OA 12 in uge 11 against 20 h capacity.
  const over = cell(grid, /^Anne Kirstine Holm, uge 11/);
  expect(over.getAttribute("aria-label")).toMatch(/overbooket med 2 t, kapacitet 20 t/);
  expect(over.textContent).toContain("22(+2 t over)");
  expect(within(grid).getByRole("rowheader", { name: /Anne Kirstine Holm/ }).textContent).toContain("overbooket i 2 uger");
  // Birgitte has nothing booked: no warning.
  expect(within(grid).getByRole("rowheader", { name: /Birgitte Nørgaard/ }).textContent).not.toContain("overbooket");
});

test("expanding a person shows per-task rows with booked vs. needed and critical under-booking", async () => {
  const { user, grid } = await renderBooking(repositories());
  await expand(user, grid, ANNE.displayName);
  expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 \(15\.03\.2027\): 12 t/)).toBeTruthy();
  expect(cell(grid, /^Anne Kirstine Holm, OA 12, uge 11 \(15\.03\.2027\): 10 t/)).toBeTruthy();
  // PL 12 needs 5 × 7,4 = 37 hours; 26 are booked; it is critical, so the row says what is missing.
  const pl12 = within(grid).getByRole("rowheader", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
  expect(pl12.textContent).toContain("26 af 37 t booket på opgaven");
  expect(pl12.textContent).toContain("Kritisk: mangler 11 t");
  expect(screen.getByText("Kritiske opgaver, der mangler booking (1)")).toBeTruthy();
});

test("200 people × 52+ weeks: only the visible rows are in the DOM", async () => {
  const data = planData();
  const members: WorkingGroupMember[] = [];
  const bookings: Booking[] = [];
  for (let i = 0; i < 200; i++) {
    const email = `person${i}@eksempelkommune.dk`;
    members.push({ person: { email, displayName: `Person ${String(i).padStart(3, "0")}` }, roles: ["KY-projektleder"], weeklyCapacityHours: 30 });
    bookings.push({ personEmail: email, taskId: 519, weekStart: "2027-03-01", hours: 5 });
  }
  // A task a year long, so there are more than 52 week columns.
  data.tasks.push({ ...data.tasks[0], id: 999, code: "XX 1", endOffsetDays: 0, startOffsetDays: -400 });
  data.workingGroup = members;
  data.bookings = bookings;
  const { grid } = await renderBooking(createMemoryRepositories(data));
  expect(within(grid).getAllByRole("columnheader").length).toBeGreaterThan(52);
  const rendered = within(grid).getAllByRole("row").length;
  // Header, 200 people, two demand rows (KY-projektleder; the system owner, unstaffed; KOMBIT's own KOMBIT-programleder has none), total.
  expect(grid.getAttribute("aria-rowcount")).toBe(String(1 + 200 + 2 + 1));
  expect(rendered).toBeLessThan(40);
  expect(rendered).toBeGreaterThan(5);
});

const SYSTEM = "systemansvarlig på bogførings- og opkrævningssystemet";

/** The sum of a role's demand cells, as their labels say it ("Behov for <role> …: 3,7 t"). */
function demandHours(grid: HTMLElement, role: string): number {
  return within(grid)
    .getAllByRole("gridcell")
    .filter((c) => (c.getAttribute("aria-label") ?? "").startsWith(`Behov for ${role}`))
    .reduce((sum, c) => sum + Number(/: ([\d,]+) t/.exec(c.getAttribute("aria-label") ?? "")?.[1].replace(",", ".")), 0);
}

test("demand of a role nobody in the working group has is shown, with a warning in words", async () => {
  const repos = repositories();
  // Birgitte, the system owner, becomes a KY-projektleder: nobody has PL 14's role now.
  repos.tables.workingGroup.update(repos.tables.workingGroup.all()[1], (m) => ({ ...m, roles: ["KY-projektleder"] }), null);
  const { grid } = await renderBooking(repos);
  const row = within(grid).getByRole("rowheader", { name: new RegExp(`Behov · ${SYSTEM}`) });
  expect(row.textContent).toContain("Ingen i arbejdsgruppen har rollen");
  expect(within(grid).getByRole("rowheader", { name: /Behov · KY-projektleder/ }).textContent).not.toContain("Ingen i arbejdsgruppen");
});

test("KOMBIT's own roles ask nothing of the municipality: no demand row for KOMBIT-programleder, PL 12's hours are KY-projektleder's", async () => {
  const { grid } = await renderBooking(repositories());
  // PL 12 recommends KY-projektleder and KOMBIT-programleder; KOMBIT's programleder is KOMBIT's hours.
  expect(within(grid).queryByRole("rowheader", { name: /Behov · KOMBIT-programleder/ })).toBeNull();
  expect(within(grid).getAllByRole("gridcell").filter((c) => (c.getAttribute("aria-label") ?? "").startsWith("Behov for KOMBIT"))).toEqual([]);
  // The municipality's role carries PL 12's whole effort (5 days × 7,4 = 37 hours, not half of it)
  // besides OA 12's 2 days (14,8 hours).
  expect(demandHours(grid, "KY-projektleder")).toBeCloseTo(37 + 14.8, 0);
});

test("a role held as someone's second role counts as staffed", async () => {
  const repos = repositories();
  const [anne, birgitte] = repos.tables.workingGroup.all();
  repos.tables.workingGroup.update(birgitte, (m) => ({ ...m, roles: ["KY-projektleder"] }), null);
  repos.tables.workingGroup.update(anne, (m) => ({ ...m, roles: ["KY-projektleder", SYSTEM] }), null);
  const { grid } = await renderBooking(repos);
  expect(within(grid).getByRole("rowheader", { name: new RegExp(`Behov · ${SYSTEM}`) }).textContent).not.toContain("Ingen i arbejdsgruppen");
});
