/** Readiness figures and webinar attendance (saved through the attendance repository). */
import { act, screen, waitFor, within } from "@testing-library/react";
import { findGrid, findTaskRow, memoryRepositories, renderTimeline, setupUser } from "./timelineTestKit";

describe("TimelineRoot readiness and webinars", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("shows PL 12's readiness figures from the domain", async () => {
    renderTimeline(memoryRepositories());
    await findGrid();
    const figures = screen.getByRole("list", { name: "Status for PL 12: planlægning og ressourcer" });
    const items = within(figures).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(items[0]).toMatch(/^Ansvarlig sat\d+ af \d+ \(\d+ %\)$/);
    // Six shares and the follow-up count (Opfølgning).
    expect(items).toHaveLength(7);
    expect(items[6]).toMatch(/^Opfølgning\d+ over slutdatoen · \d+ ikke påbegyndt · \d+ overbooket$/);
    // PL 12, OA 12 and IN 31 have bookings that do not yet cover their effort.
    expect(items[2]).toBe("Ressourcer booket0 af 27 (0 %) · 3 delvist");
  });

  it("signs a working-group member up for a webinar with Gem, and off again", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const before = repositories.tables.attendance.all().length;
    const row = await findTaskRow("WE 04");
    expect(within(row).getAllByRole("img", { name: "Ingen fra kommunen er tilmeldt webinaret endnu" }).length).toBe(1);
    const webinarId = Number(row.getAttribute("data-task-id"));
    const signUp = async (): Promise<void> => {
      await user.click(within(await findTaskRow("WE 04")).getByRole("button", { name: /^WE 04 / }));
      const panel = await screen.findByRole("dialog", { name: /^WE 04 / });
      const attendees = within(panel).getByRole("group", { name: "Deltagere fra kommunen" });
      const stored = repositories.tables.attendance.all().length;
      await user.click(within(attendees).getByRole("checkbox", { name: /^Rasmus Bech/ }));
      // The panel's draft: nothing is saved before Gem.
      expect(repositories.tables.attendance.all().length).toBe(stored);
      // The save resolves right after the click: let act() see its state update.
      await act(() => user.click(within(panel).getByRole("button", { name: "Gem" })));
    };
    await signUp();
    await waitFor(() => expect(repositories.tables.attendance.all().length).toBe(before + 1));
    const added = repositories.tables.attendance.all().filter((a) => a.value.taskId === webinarId);
    expect(added.map((a) => a.value.personEmail)).toEqual(["rasmus.bech@eksempelkommune.dk"]);
    await signUp();
    await waitFor(() => expect(repositories.tables.attendance.all().length).toBe(before));
  });

  it("keeps a webinar's dates KOMBIT's: its bar does not move, it has no handles or selection box, the panel shows the dates read-only", async () => {
    const repositories = memoryRepositories();
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const row = await findTaskRow("WE 04");
    expect(within(row).queryByRole("slider")).toBeNull();
    expect(within(row).queryByRole("checkbox")).toBeNull();
    const bar = within(row).getByRole("button", { name: /^WE 04 / });
    const before = within(row).getByRole("rowheader").textContent;
    act(() => bar.focus());
    await user.keyboard("{ArrowRight}");
    expect(within(await findTaskRow("WE 04")).getByRole("rowheader").textContent).toBe(before);
    // Its help says what the keys do for a bar that does not move.
    expect(document.getElementById(bar.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Piletast op/ned går til forrige eller næste opgave. Enter åbner opgaven.");
    // A task's bar in the same grid still moves.
    expect(within(await findTaskRow("PL 12")).getAllByRole("slider")).toHaveLength(2);

    await user.keyboard("{Enter}");
    const panel = await screen.findByRole("dialog", { name: /^WE 04 / });
    expect((within(panel).getByRole("combobox", { name: "Startdato" }) as HTMLInputElement).disabled).toBe(true);
    expect((within(panel).getByRole("combobox", { name: "Slutdato" }) as HTMLInputElement).disabled).toBe(true);
    expect(within(panel).getByText("KOMBIT fastlægger webinarets dato. Den kan ikke ændres i kommunens plan.")).toBeTruthy();
    // Who attends is still the municipality's to change.
    expect((within(within(panel).getByRole("group", { name: "Deltagere fra kommunen" })).getAllByRole("checkbox")[0] as HTMLInputElement).disabled).toBe(false);
  });
});
