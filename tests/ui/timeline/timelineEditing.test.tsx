/**
 * Editing on the timeline: keyboard move and resize of bars, undo, the task panel, the
 * refused cycle, the conflict dialog and read-only mode — all through the in-memory
 * repositories, which keep ETags and refuse a stale one as SharePoint does.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { findGrid, memoryRepositories, setupUser, PL10, PL12, renderTimeline, storedRow, taskRow } from "./timelineTestKit";

// Panel and shift journeys: on a busy shared machine they outlast jest's 5 s default (as in taskPanelDraft).
jest.setTimeout(30000);

/** Waits until a condition on the stored data holds and no save is running any more. */
async function settled(check: () => void): Promise<void> {
  await waitFor(() => {
    check();
    expect(screen.queryByText("Gemmer …")).toBeNull();
  });
}

describe("TimelineRoot editing", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("moves a bar a day with the arrow key and a week with Shift+arrow, and saves once per burst", async () => {
    const repositories = memoryRepositories();
    const updateState = jest.spyOn(repositories.local, "updateState");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const bar = within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ });
    bar.focus();
    await user.keyboard("{ArrowRight}");
    expect(taskRow("PL 12").textContent).toContain("13.02.2027 – 17.04.2027");
    await user.keyboard("{Shift>}{ArrowRight}{/Shift}");
    expect(taskRow("PL 12").textContent).toContain("20.02.2027 – 24.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-20"));
    expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-24");
    expect(updateState).toHaveBeenCalledTimes(1);
  });

  it("resizes the end with the end handle and keeps the start", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    within(taskRow("PL 12")).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
    await user.keyboard("{ArrowLeft}");
    expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 15.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-15"));
    expect(storedRow(repositories, PL12).value.state.localStart).toBeUndefined();
  });

  it("undoes the last edit and saves the undo", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }).focus();
    await user.keyboard("{ArrowRight}");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-13"));
    await user.click(screen.getByRole("button", { name: "Fortryd" }));
    expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 16.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBeUndefined());
    expect(screen.getByRole("button", { name: "Annullér fortryd" })).toBeTruthy();
  });

  it("edits status, note and dates in the task panel", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    await user.click(within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }));
    const panel = await screen.findByRole("dialog", { name: /PL 12 Planlæg kommunens ØiR implementering/ });
    await user.click(within(panel).getByRole("combobox", { name: /^Udførelsesstatus/ }));
    await user.click(await screen.findByRole("option", { name: "Fuldført" }));
    const note = await within(panel).findByRole("textbox", { name: "Note" });
    await user.clear(note);
    await user.type(note, "Planen er godkendt.");
    const end = within(panel).getByRole("combobox", { name: "Slutdato" });
    await user.clear(end);
    await user.type(end, "23.04.2027{Enter}");
    await user.click(within(panel).getByRole("button", { name: "Gem" }));
    await settled(() => expect(storedRow(repositories, PL12).value.state.status).toBe("completed"));
    const stored = storedRow(repositories, PL12).value.state;
    expect(stored.note).toBe("Planen er godkendt.");
    expect(stored.localEnd).toBe("2027-04-23");
    expect(taskRow("PL 12").textContent).toContain("Fuldført");
  });

  it("shows the KLIK description sanitized", async () => {
    const plan = (await import("./timelineTestKit")).samplePlan();
    const pl12 = plan.tasks.find((t) => t.id === PL12);
    if (!pl12) throw new Error("PL 12 missing from the sample");
    pl12.descriptionHtml = '<p>Sikker tekst</p><img src="x" onerror="window.__hacked = true"><script>window.__hacked = true</script>';
    const user = setupUser();
    renderTimeline(memoryRepositories({}, plan));
    await findGrid();
    await user.click(within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }));
    const panel = await screen.findByRole("dialog");
    expect(within(panel).getByText("Sikker tekst")).toBeTruthy();
    expect(panel.innerHTML).not.toContain("onerror");
    expect(panel.innerHTML).not.toContain("<script");
  });

  it("refuses a dependency that would close a cycle and names the cycle", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    // PL 12 already depends on PL 10: making PL 12 a predecessor of PL 10 closes a cycle.
    await user.click(within(taskRow("PL 10")).getByRole("button", { name: /^PL 10 / }));
    const panel = await screen.findByRole("dialog", { name: /PL 10/ });
    await user.click(within(panel).getByRole("combobox", { name: /^Tilføj forgænger/ }));
    await user.click(await screen.findByRole("option", { name: /^PL 12 / }));
    expect(await within(panel).findByText("Afhængigheden kan ikke tilføjes, fordi den lukker en ring: PL 10 → PL 12 → PL 10")).toBeTruthy();
    expect(storedRow(repositories, PL10).value.state.localPredecessors ?? []).toEqual([]);
  });

  it("opens the conflict dialog on a stale ETag and keeps mine on request", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    // Someone edits PL 12 in the list after we loaded it.
    const { itemId } = storedRow(repositories, PL12);
    repositories.tables.local.editAsSomeoneElse(itemId, (row) => ({ ...row, state: { ...row.state, localEnd: "2027-04-30" } }));
    within(taskRow("PL 12")).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
    await user.keyboard("{ArrowRight}");
    const dialog = await screen.findByRole("alertdialog", { name: "Opgaven er ændret af en anden" }, { timeout: 2000 });
    const row = within(dialog).getByRole("row", { name: /Slutdato/ });
    expect(row.textContent).toContain("17.04.2027");
    expect(row.textContent).toContain("30.04.2027");
    await user.click(within(dialog).getByRole("button", { name: "Behold mine" }));
    await settled(() => expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-17"));
  });

  it("takes theirs from the conflict dialog", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const { itemId } = storedRow(repositories, PL12);
    repositories.tables.local.editAsSomeoneElse(itemId, (row) => ({ ...row, state: { ...row.state, localEnd: "2027-04-30" } }));
    within(taskRow("PL 12")).getByRole("slider", { name: "Slutdato for PL 12" }).focus();
    await user.keyboard("{ArrowRight}");
    const dialog = await screen.findByRole("alertdialog", { name: "Opgaven er ændret af en anden" }, { timeout: 2000 });
    await user.click(within(dialog).getByRole("button", { name: "Brug deres" }));
    await waitFor(() => expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 30.04.2027"));
    expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-30");
  });

  it("shifts selected tasks by working days in one batch, skipping Easter, and undoes them together", async () => {
    const repositories = memoryRepositories();
    const updateStates = jest.spyOn(repositories.local, "updateStates");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    await user.click(within(taskRow("PL 12")).getByRole("checkbox", { name: "Vælg PL 12" }));
    await user.click(within(taskRow("OA 13")).getByRole("checkbox", { name: "Vælg OA 13" }));
    await user.click(screen.getByRole("button", { name: "Forskyd (2)" }));
    const dialog = await screen.findByRole("dialog", { name: "Forskyd 2 valgte opgaver" });
    const days = within(dialog).getByRole("spinbutton", { name: "Antal arbejdsdage" });
    await user.clear(days);
    await user.type(days, "5");
    // The batch starts at once and resolves right after the click: let act() see its updates.
    await act(() => user.click(within(dialog).getByRole("button", { name: "Forskyd" })));
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-19"));
    expect(updateStates).toHaveBeenCalledTimes(1);
    expect(storedRow(repositories, PL12).value.state.localEnd).toBe("2027-04-23");
    // OA 13 starts Thursday 18.03.2027: five working days later skips Skærtorsdag, Langfredag and 2. påskedag.
    expect(taskRow("OA 13").textContent).toContain("30.03.2027 – 22.04.2027");
    await user.click(screen.getByRole("button", { name: "Fortryd" }));
    expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 16.04.2027");
    expect(taskRow("OA 13").textContent).toContain("18.03.2027 – 15.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBeUndefined());
  });

  it("moves focus between task bars with Up and Down, skipping group rows", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    within(taskRow("PL 11")).getByRole("button", { name: /^PL 11 / }).focus();
    await user.keyboard("{ArrowDown}");
    // Fase 2.1 begins after PL 11: its group row is skipped.
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label") ?? "").toMatch(/^PL 12 /));
    await user.keyboard("{ArrowUp}");
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label") ?? "").toMatch(/^PL 11 /));
  });

  it("undoes with Ctrl+Z and redoes with Ctrl+Y", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }).focus();
    await user.keyboard("{ArrowRight}");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-13"));
    await user.keyboard("{Control>}z{/Control}");
    expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 16.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBeUndefined());
    await user.keyboard("{Control>}y{/Control}");
    expect(taskRow("PL 12").textContent).toContain("13.02.2027 – 17.04.2027");
    await settled(() => expect(storedRow(repositories, PL12).value.state.localStart).toBe("2027-02-13"));
  });

  it("collapses and expands a phase", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    const toggle = screen.getByRole("button", { name: "Fase 2.1: Planlægning (7)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.click(toggle);
    expect(screen.getByRole("button", { name: "Fase 2.1: Planlægning (7)" }).getAttribute("aria-expanded")).toBe("false");
    expect(() => taskRow("PL 12")).toThrow("No row for PL 12");
    await user.click(screen.getByRole("button", { name: "Fase 2.1: Planlægning (7)" }));
    expect(taskRow("PL 12").textContent).toContain("12.02.2027");
  });

  it("is read-only for a reader: no handles, no moves, a notice", async () => {
    const repositories = memoryRepositories({ canEdit: false });
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    expect(screen.getByText(/Du kan se planen, men ikke ændre den/)).toBeTruthy();
    expect(within(taskRow("PL 12")).queryAllByRole("slider")).toEqual([]);
    within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }).focus();
    await user.keyboard("{ArrowRight}");
    expect(taskRow("PL 12").textContent).toContain("12.02.2027 – 16.04.2027");
    expect(screen.queryByRole("button", { name: "Fortryd" })).toBeNull();
    await user.click(within(taskRow("PL 12")).getByRole("button", { name: /^PL 12 Planlæg/ }));
    const panel = await screen.findByRole("dialog");
    expect(within(panel).queryByRole("button", { name: "Gem" })).toBeNull();
  });
});
