/**
 * The timeline grid is a few Tab stops, not five per row: only one task row's controls (its
 * selection box, the task's name, bar and resize handles) are in the tab order, the row last focused or else the
 * first task row in view; Up/Down on a bar moves to the next row, which then takes the tab stop.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { findGrid, memoryRepositories, renderTimeline, setupUser, taskRow } from "./timelineTestKit";

/** Task rows that have a control in the tab order. */
function rowsInTabOrder(grid: HTMLElement): string[] {
  return Array.from(grid.querySelectorAll<HTMLElement>("[data-task-id]"))
    .filter((row) => Array.from(row.querySelectorAll<HTMLElement>("a, button, input, [role=slider]")).some((el) => el.tabIndex >= 0))
    .map((row) => row.querySelector("[data-task-code]")?.textContent ?? "?");
}

describe("TimelineGrid tab order", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("puts one task row in the tab order, the first one, with all its controls", async () => {
    renderTimeline(memoryRepositories());
    const grid = await findGrid();
    const tabbable = rowsInTabOrder(grid);
    expect(tabbable).toHaveLength(1);
    const first = grid.querySelector<HTMLElement>("[data-task-id]");
    expect(first?.querySelector("[data-task-code]")?.textContent).toBe(tabbable[0]);
    // Its selection box, name, bar and both handles are reachable with Tab; other rows' are not.
    const controls = Array.from((first as HTMLElement).querySelectorAll<HTMLElement>("a, button, input, [role=slider]"));
    expect(controls.length).toBe(5);
    expect(controls.every((el) => el.tabIndex === 0)).toBe(true);
    const other = within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ });
    expect(other.tabIndex).toBe(-1);
    expect(within(taskRow("PL 12")).getByRole("link", { name: "PL 12 Planlæg kommunens ØiR implementering" }).tabIndex).toBe(-1);
  });

  it("Tab goes through the first row's controls and then leaves the task rows", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    const grid = await findGrid();
    const first = grid.querySelector<HTMLElement>("[data-task-id]") as HTMLElement;
    const checkbox = within(first).getByRole("checkbox");
    checkbox.focus();
    await user.tab();
    expect(document.activeElement?.hasAttribute("data-task-name")).toBe(true);
    await user.tab();
    expect(document.activeElement?.hasAttribute("data-task-bar")).toBe(true);
    await user.tab();
    await user.tab();
    expect(document.activeElement?.getAttribute("role")).toBe("slider");
    await user.tab();
    // Past the end handle the focus is no longer in a task row's controls.
    expect(first.contains(document.activeElement)).toBe(false);
    expect(document.activeElement?.closest("[data-task-id]")).toBeNull();
  });

  it("the row reached with Up/Down takes the tab stop", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    const grid = await findGrid();
    const first = grid.querySelector<HTMLElement>("[data-task-id]") as HTMLElement;
    within(first).getAllByRole("button").find((b) => b.hasAttribute("data-task-bar"))?.focus();
    await user.keyboard("{ArrowDown}");
    const focusedRow = document.activeElement?.closest<HTMLElement>("[data-task-id]");
    expect(focusedRow).toBeTruthy();
    expect(focusedRow).not.toBe(first);
    expect(rowsInTabOrder(grid)).toEqual([focusedRow?.querySelector("[data-task-code]")?.textContent]);
    expect(screen.getByRole("grid")).toBe(grid);
  });
});

describe("TimelineGrid tab order, grouped by integration", () => {
  // PL 12 is in all four integrations: grouped by integration it has four rows.
  beforeEach(() => window.history.replaceState(null, "", "/?oirGroup=integration&oirText=PL%2012"));
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("a task shown in two groups: the row that has the focus keeps the tab stop, not the task's first row", async () => {
    renderTimeline(memoryRepositories());
    const grid = await findGrid();
    // Find a task shown twice (the rows below the view are drawn after the first paint).
    let twice: HTMLElement[] = [];
    await waitFor(() => {
      const rows = Array.from(grid.querySelectorAll<HTMLElement>("[data-task-id]"));
      const byTask = new Map<string, HTMLElement[]>();
      for (const row of rows) byTask.set(row.dataset.taskId ?? "", [...(byTask.get(row.dataset.taskId ?? "") ?? []), row]);
      twice = [...byTask.values()].find((list) => list.length > 1) ?? [];
      expect(twice.length).toBeGreaterThan(1);
    });
    const second = twice[1];
    const bar = second.querySelector<HTMLElement>("[data-task-bar]") as HTMLElement;
    act(() => bar.focus());
    expect(document.activeElement).toBe(bar);
    const tabbableRows = Array.from(grid.querySelectorAll<HTMLElement>("[data-task-id]")).filter((row) =>
      Array.from(row.querySelectorAll<HTMLElement>("a, button, input, [role=slider]")).some((el) => el.tabIndex >= 0)
    );
    expect(tabbableRows).toEqual([second]);
    expect(bar.tabIndex).toBe(0);
    expect(twice[0].querySelector<HTMLElement>("[data-task-bar]")?.tabIndex).toBe(-1);
  });
});
