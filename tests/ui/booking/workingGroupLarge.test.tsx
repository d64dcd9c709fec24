/**
 * A working group of 250 people: the table renders only the rows in view (plus a few), in a
 * focusable scroller with the whole count for screen readers (aria-rowcount, aria-rowindex);
 * scrolling brings the later rows, and the row being edited stays rendered when the view
 * scrolls away from it. Small groups render every row (no scroller of their own).
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderBooking } from "./render";
import { repositories } from "./fixtures";

jest.setTimeout(30000);

const COUNT = 250;

function bigGroup(): ReturnType<typeof repositories> {
  const repos = repositories();
  for (let i = 1; i <= COUNT; i++) {
    const n = String(i).padStart(3, "0");
    repos.tables.workingGroup.seed({ person: { email: `person${n}@eksempelkommune.dk`, displayName: `Person ${n}` }, roles: ["KY-projektleder"], weeklyCapacityHours: 10 });
  }
  return repos;
}

function table(): HTMLElement {
  return screen.getByRole("table", { name: "Lokal arbejdsgruppe" });
}

function names(): string[] {
  return within(table())
    .getAllByRole("rowheader")
    .map((h) => h.textContent ?? "");
}

test("250 members: few rows in the page, the whole count for screen readers, later rows on scroll", async () => {
  await renderBooking(bigGroup());
  const rows = within(table()).getAllByRole("row");
  expect(rows.length).toBeLessThan(40);
  expect(table().getAttribute("aria-rowcount")).toBe(String(COUNT + 2 + 1)); // 250 + the fixtures' 2 members + the header
  expect(rows[1].getAttribute("aria-rowindex")).toBe("2");
  expect(names()).toContain("Anne Kirstine Holm");
  expect(names()).not.toContain("Person 200");

  // The scroller is the focusable region (arrow keys scroll it); scrolling renders later rows.
  const scroller = screen.getByRole("region", { name: "Lokal arbejdsgruppe" });
  expect(scroller.tabIndex).toBe(0);
  Object.defineProperty(scroller, "clientHeight", { configurable: true, value: 480 });
  scroller.scrollTop = 200 * 48;
  fireEvent.scroll(scroller);
  await waitFor(() => expect(names()).toContain("Person 200"));
  expect(names()).not.toContain("Anne Kirstine Holm");
  const person200 = within(table()).getAllByRole("row").find((r) => r.textContent?.startsWith("Person 200"));
  expect(Number(person200?.getAttribute("aria-rowindex"))).toBeGreaterThan(200);
});

test("the row being edited stays rendered when the view scrolls away from it", async () => {
  await renderBooking(bigGroup());
  const scroller = screen.getByRole("region", { name: "Lokal arbejdsgruppe" });
  Object.defineProperty(scroller, "clientHeight", { configurable: true, value: 480 });
  const field = screen.getByRole("textbox", { name: "Timer pr. uge for Anne Kirstine Holm" });
  field.focus();
  scroller.scrollTop = 150 * 48;
  fireEvent.scroll(scroller);
  await waitFor(() => expect(names()).toContain("Person 150"));
  expect(document.activeElement).toBe(field);
  expect(names()).toContain("Anne Kirstine Holm");
});

test("a small group renders every row, without a scroller of its own", async () => {
  await renderBooking(repositories());
  expect(table().getAttribute("aria-rowcount")).toBeNull();
  expect(names()).toEqual(["Anne Kirstine Holm", "Birgitte Nørgaard"]);
  expect(screen.getByRole("region", { name: "Lokal arbejdsgruppe" }).style.maxHeight).toBe("");
});
