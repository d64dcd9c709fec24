/**
 * Range selection in the booking grid, by keyboard and mouse: select, copy (as Excel reads it),
 * paste, Delete and fill over a range, each saved in one batch; a failed batch stays visible.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { cell, expand, renderBooking, savesSettled, type User } from "./render";
import { ANNE, repositories } from "./fixtures";

afterEach(savesSettled);
// Each test walks a whole grid in jsdom by keyboard and mouse; the shared CI machine is slow at it.
jest.setTimeout(30_000);

const W11 = "2027-03-15";
const W12 = "2027-03-22";
const W13 = "2027-03-29";
const PL12 = (week: number): RegExp => new RegExp(`^Anne Kirstine Holm, PL 12, uge ${week} `);
const OA12 = (week: number): RegExp => new RegExp(`^Anne Kirstine Holm, OA 12, uge ${week} `);

function hoursIn(repos: MemoryRepositories, taskId: number, weekStart: string): number | undefined {
  return repos.tables.bookings.all().find((b) => b.value.taskId === taskId && b.value.weekStart === weekStart && b.value.personEmail === ANNE.email)?.value.hours;
}

/** Counts the cells in each batch the grid sends. */
function countBatches(repos: MemoryRepositories): number[] {
  const batches: number[] = [];
  const save = repos.bookings.saveBookings.bind(repos.bookings);
  repos.bookings.saveBookings = (changes) => {
    batches.push(changes.length);
    return save(changes);
  };
  return batches;
}

function selectedCells(grid: HTMLElement): string[] {
  return [...grid.querySelectorAll('[role="gridcell"][aria-selected="true"]')].map((c) => (c.getAttribute("aria-label") ?? "").replace(/ \(.*$/, ""));
}

/**
 * Ctrl+C as the browser delivers it: a copy event on the focused cell (user-event's copy() sends
 * none without a text selection; jsdom has no DataTransfer, so a minimal one carries the text).
 */
function copyFromFocusedCell(): string | undefined {
  const data = new Map<string, string>();
  const clipboardData = { setData: (type: string, value: string) => data.set(type, value), getData: (type: string) => data.get(type) ?? "" };
  fireEvent.copy(document.activeElement ?? document.body, { clipboardData });
  return data.get("text/plain");
}

/** PL 12 and OA 12 × uge 11 and 12, selected with Shift+arrows from PL 12, uge 11. */
async function selectTwoByTwo(user: User, grid: HTMLElement): Promise<void> {
  await user.click(cell(grid, PL12(11)));
  await user.keyboard("{Shift>}{ArrowRight}{ArrowDown}{/Shift}");
}

test("Shift+arrows select a range: its cells are aria-selected and the status line says what is selected", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  expect(selectedCells(grid)).toEqual(["Anne Kirstine Holm, PL 12, uge 11", "Anne Kirstine Holm, PL 12, uge 12", "Anne Kirstine Holm, OA 12, uge 11", "Anne Kirstine Holm, OA 12, uge 12"]);
  expect(grid.getAttribute("aria-multiselectable")).toBe("true");
  // The focus follows the far corner; the roving tab stop stays single.
  expect(document.activeElement).toBe(cell(grid, OA12(12)));
  expect(grid.querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
  // 12 + 14 + 10 + 0 hours on the tasks.
  expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Markeret: uge 11–12, 2 rækker, 4 celler. I alt 36 t på opgaverne.");

  // A plain arrow key collapses the range; so does Escape.
  await user.keyboard("{ArrowLeft}");
  expect(selectedCells(grid)).toEqual([]);
  await user.keyboard("{Shift>}{ArrowUp}{/Shift}");
  expect(selectedCells(grid)).toHaveLength(2);
  await user.keyboard("{Escape}");
  expect(selectedCells(grid)).toEqual([]);
  expect(screen.getAllByRole("status").map((s) => s.textContent)).not.toContain(expect.stringMatching(/^Markeret/));
});

test("Ctrl+C copies the range as Excel reads it; Ctrl+V pastes it elsewhere, saved in one batch", async () => {
  const repos = repositories();
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  const copied = copyFromFocusedCell();
  // Tabs between cells, CRLF after each row, an empty cell for 0 hours (as the grid shows it).
  expect(copied).toBe("12\t14\r\n10\t\r\n");
  expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Kopieret: 4 celler. Indsæt med Ctrl+V i gitteret eller i Excel.");

  await user.click(cell(grid, PL12(13)));
  await user.paste(copied);
  await waitFor(() => expect(hoursIn(repos, 512, "2027-04-05")).toBeUndefined());
  await waitFor(() => expect(hoursIn(repos, 519, W13)).toBe(12));
  expect(hoursIn(repos, 519, "2027-04-05")).toBe(14);
  expect(hoursIn(repos, 512, W13)).toBe(10);
  expect(batches).toEqual([4]);
});

test("one value pasted over a selected range fills every cell of it (Excel's repeat), in one batch", async () => {
  const repos = repositories();
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  await user.paste("7,5\r\n");
  await waitFor(() => expect(hoursIn(repos, 512, W12)).toBe(7.5));
  expect([hoursIn(repos, 519, W11), hoursIn(repos, 519, W12), hoursIn(repos, 512, W11)]).toEqual([7.5, 7.5, 7.5]);
  expect(batches).toEqual([4]);
});

test("a pasted range with a bad value changes nothing and says why in Danish", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  await user.paste("1\t2\r\n3\tsyv\r\n");
  expect(screen.getAllByRole("alert").map((a) => a.textContent).join(" ")).toContain("Indsættelsen er ikke gemt, fordi der er ugyldige værdier (1).");
  const bad = cell(grid, OA12(12));
  expect(bad.getAttribute("aria-invalid")).toBe("true");
  expect(document.getElementById(bad.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Skriv et tal, fx 7,5.");
  expect([hoursIn(repos, 519, W11), hoursIn(repos, 519, W12), hoursIn(repos, 512, W11), hoursIn(repos, 512, W12)]).toEqual([12, 14, 10, undefined]);
});

test("Delete clears every booked cell of the range in one batch", async () => {
  const repos = repositories();
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  await user.keyboard("{Delete}");
  await waitFor(() => expect(hoursIn(repos, 519, W12)).toBeUndefined());
  expect(hoursIn(repos, 519, W11)).toBeUndefined();
  expect(hoursIn(repos, 512, W11)).toBeUndefined();
  // Three cells had hours; the empty one is not sent.
  expect(batches).toEqual([3]);
});

test("Ctrl+R fills each row of the range from its first cell, Ctrl+D fills down from the first task row", async () => {
  const repos = repositories();
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, PL12(11)));
  await user.keyboard("{Shift>}{ArrowRight}{ArrowRight}{ArrowDown}{/Shift}{Control>}r{/Control}");
  await waitFor(() => expect(hoursIn(repos, 512, W13)).toBe(10));
  expect([hoursIn(repos, 519, W12), hoursIn(repos, 519, W13), hoursIn(repos, 512, W12)]).toEqual([12, 12, 10]);
  expect(batches).toEqual([4]);
  await savesSettled();

  await user.keyboard("{Control>}d{/Control}");
  await waitFor(() => expect(hoursIn(repos, 512, W13)).toBe(12));
  expect([hoursIn(repos, 512, W11), hoursIn(repos, 512, W12)]).toEqual([12, 12]);
  expect(batches).toEqual([4, 3]);
});

test("a range edit whose batch fails stays in the grid, each cell marked 'ikke gemt'", async () => {
  const repos = repositories();
  repos.bookings.saveBookings = async (changes) => changes.map((c) => ({ key: c.ref?.itemId ?? 0, ok: false as const, error: new Error("SharePoint svarede 500") }));
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  await user.paste("1\t2\r\n3\t4\r\n");
  await waitFor(() => expect(cell(grid, OA12(12)).getAttribute("aria-label")).toMatch(/: 4 t, ikke gemt/));
  expect(cell(grid, PL12(11)).getAttribute("aria-label")).toMatch(/: 1 t, ikke gemt/);
  expect(cell(grid, PL12(12)).getAttribute("aria-label")).toMatch(/: 2 t, ikke gemt/);
  expect(hoursIn(repos, 519, W11)).toBe(12);
});

test("the mouse selects too: a drag from cell to cell, Shift+click stretches from the active cell", async () => {
  const repos = repositories();
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.pointer([{ keys: "[MouseLeft>]", target: cell(grid, PL12(11)) }, { target: cell(grid, PL12(12)) }, { target: cell(grid, OA12(13)) }, { keys: "[/MouseLeft]" }]);
  expect(selectedCells(grid)).toHaveLength(6);
  expect(document.activeElement).toBe(cell(grid, OA12(13)));
  // Moving the mouse after the button is up no longer stretches it.
  await user.hover(cell(grid, OA12(14)));
  expect(selectedCells(grid)).toHaveLength(6);

  await user.click(cell(grid, PL12(12)));
  expect(selectedCells(grid)).toEqual([]);
  await user.keyboard("{Shift>}");
  await user.click(cell(grid, OA12(14)));
  await user.keyboard("{/Shift}");
  expect(selectedCells(grid)).toEqual([
    "Anne Kirstine Holm, PL 12, uge 12",
    "Anne Kirstine Holm, PL 12, uge 13",
    "Anne Kirstine Holm, PL 12, uge 14",
    "Anne Kirstine Holm, OA 12, uge 12",
    "Anne Kirstine Holm, OA 12, uge 13",
    "Anne Kirstine Holm, OA 12, uge 14"
  ]);
});

test("Ctrl+Enter writes the typed value into the whole range (one batch, the range stays); a bad value is explained and not saved", async () => {
  const repos = repositories();
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  await user.keyboard("syv{Control>}{Enter}{/Control}");
  const input = within(grid).getByRole("textbox");
  expect(document.getElementById(input.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Skriv et tal, fx 7,5.");
  await user.clear(input);
  await user.type(input, "8{Control>}{Enter}{/Control}");
  await waitFor(() => expect(hoursIn(repos, 512, W12)).toBe(8));
  expect([hoursIn(repos, 519, W11), hoursIn(repos, 519, W12), hoursIn(repos, 512, W11)]).toEqual([8, 8, 8]);
  expect(batches).toEqual([4]);
  expect(selectedCells(grid)).toHaveLength(4);
  expect(document.activeElement).toBe(cell(grid, OA12(12)));
});

test("a reader can select and copy a range, but Delete, paste and fill change nothing", async () => {
  const repos = repositories({ canEdit: false });
  const batches = countBatches(repos);
  const { user, grid } = await renderBooking(repos);
  expect(screen.getByText(/Ctrl\+C kopierer det, så Excel kan indsætte det\.$/)).toBeTruthy();
  await expand(user, grid, ANNE.displayName);
  await selectTwoByTwo(user, grid);
  expect(selectedCells(grid)).toHaveLength(4);
  expect(copyFromFocusedCell()).toBe("12\t14\r\n10\t\r\n");
  await user.keyboard("{Delete}{Control>}d{/Control}");
  await user.paste("1\r\n");
  expect(batches).toEqual([]);
  expect(cell(grid, PL12(11)).getAttribute("aria-label")).toMatch(/: 12 t/);
});
