/** Filters in the command bar (wave, role, "Mine opgaver", critical) and their state in the URL. */
import { screen, waitFor, within } from "@testing-library/react";
import { findGrid, memoryRepositories, renderTimeline, setupUser, taskRow } from "./timelineTestKit";

function shownCodes(): string[] {
  return within(screen.getByRole("grid"))
    .getAllByRole("row")
    .filter((row) => row.hasAttribute("data-task-id"))
    .map((row) => (within(row).getByRole("rowheader").textContent ?? "").slice(0, 5).trim());
}

describe("TimelineRoot filters", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("switches wave: dates follow the other Go-Live and the URL names the wave", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    await user.click(screen.getByRole("combobox", { name: /^Bølge/ }));
    await user.click(await screen.findByRole("option", { name: "KY - Bølge 4" }));
    await waitFor(() => expect(screen.getByText("Go-Live 03.05.2027")).toBeTruthy());
    // PL 12 in Bølge 4: end = 2027-05-03 − 171 days, start = end − 63 days.
    expect(taskRow("PL 12").textContent).toContain("11.09.2026 – 13.11.2026");
    expect(shownCodes()).not.toContain("OA 13");
    expect(new URLSearchParams(window.location.search).get("oirWave")).toBe("KY - Bølge 4");
  });

  it("filters by role and keeps the role in the URL", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    await user.click(screen.getByRole("combobox", { name: /^Rolle/ }));
    await user.click(await screen.findByRole("option", { name: "KOMBIT-programleder" }));
    await waitFor(() => expect(screen.getByText("9 af 36 opgaver")).toBeTruthy());
    expect(shownCodes().sort()).toEqual(["GL 00", "GL 05", "OA 12", "PL 10", "PL 11", "PL 12", "PL 14", "WE 01", "WE 08"]);
    expect(new URLSearchParams(window.location.search).get("oirRole")).toBe("KOMBIT-programleder");
  });

  it("shows only the current user's tasks with \"Mine opgaver\"", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories({ currentUser: { id: 11, email: "anne.holm@eksempelkommune.dk", displayName: "Anne Kirstine Holm" } }));
    await findGrid();
    await user.click(screen.getByRole("checkbox", { name: "Mine opgaver" }));
    await waitFor(() => expect(screen.getByText("3 af 36 opgaver")).toBeTruthy());
    expect(shownCodes().sort()).toEqual(["OA 12", "PL 10", "PL 12"]);
    expect(new URLSearchParams(window.location.search).get("oirMine")).toBe("1");
  });

  it("opens with the view a shared link carries", async () => {
    window.history.replaceState(null, "", "/?oirRole=KOMBIT-programleder&oirCritical=1&oirText=planl%C3%A6g");
    renderTimeline(memoryRepositories());
    await findGrid();
    expect(shownCodes()).toEqual(["PL 12"]);
    expect((screen.getByRole("checkbox", { name: "Kun kritisk vej" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("searchbox", { name: "Søg i opgaver og personer" }) as HTMLInputElement).value).toBe("planlæg");
  });

  it("says so when no task matches, and clears the filters", async () => {
    const user = setupUser();
    window.history.replaceState(null, "", "/?oirText=findes-ikke");
    renderTimeline(memoryRepositories());
    expect(await screen.findByText("Ingen opgaver passer til filtrene.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ryd filtre" }));
    await findGrid();
    expect(window.location.search).toBe("?oirWave=KY+-+B%C3%B8lge+5");
  });
});
