/**
 * The row header as a projektleder uses it: the task's name opens the task (not only its bar),
 * the row shows ansvarlig and udfører, the person filter (kept in the URL) and the text search
 * find a person's tasks, and a link with ?oirTask= opens the task's panel.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { shortPersonName } from "../../../src/ui/timeline/TaskRowHeader";
import { findGrid, findTaskRow, memoryRepositories, renderTimeline, setupUser, taskRow } from "./timelineTestKit";

// Whole journeys through the panel: on a busy shared machine they outlast jest's 5 s default.
jest.setTimeout(30000);

function shownCodes(): string[] {
  return within(screen.getByRole("grid"))
    .getAllByRole("row")
    .filter((row) => row.hasAttribute("data-task-id"))
    .map((row) => row.querySelector("[data-task-code]")?.textContent ?? "")
    .sort();
}

describe("Timeline row header: name, people and person filter", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("opens the task panel from the task's name with Enter", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    const name = within(await findTaskRow("PL 12")).getByRole("link", { name: "PL 12 Planlæg kommunens ØiR implementering" });
    name.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("dialog", { name: /^PL 12 Planlæg/ })).toBeTruthy();
    // The link itself leads to the same task (a new tab opens the timeline with the panel open).
    expect(new URL(name.getAttribute("href") ?? "", "http://x/").searchParams.get("oirTask")).toBe("519");
  });

  it("opens the task panel from the name with a click, and a link with ?oirTask= opens it on load", async () => {
    const user = setupUser();
    window.history.replaceState(null, "", "/?oirTask=501");
    renderTimeline(memoryRepositories());
    expect(await screen.findByRole("dialog", { name: /^PL 10 / })).toBeTruthy();
    await user.click(screen.getAllByRole("button", { name: "Luk" })[0]);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^PL 10 / })).toBeNull());
    // Closed: a reload does not open it again.
    expect(new URLSearchParams(window.location.search).get("oirTask")).toBeNull();
    await user.click(within(taskRow("PL 10")).getByRole("link", { name: /^PL 10 / }));
    expect(await screen.findByRole("dialog", { name: /^PL 10 / })).toBeTruthy();
  });

  it("shows ansvarlig and udfører on the row, in full for screen readers and as a tooltip", async () => {
    renderTimeline(memoryRepositories());
    await findGrid();
    const pl10 = taskRow("PL 10").querySelector<HTMLElement>("[data-task-people]") as HTMLElement;
    // Shown short (first name, last name's initial), whole in the tooltip and for screen readers.
    expect(pl10.querySelector("[aria-hidden=true]:not(i)")?.textContent).toBe("Lars M. / Anne H.");
    expect(pl10.getAttribute("title")).toBe("Ansvarlig: Lars Mikkelsen. Udfører: Anne Kirstine Holm.");
    expect(within(taskRow("PL 10")).getByRole("rowheader").textContent).toContain("Ansvarlig: Lars Mikkelsen. Udfører: Anne Kirstine Holm.");
    // The same person in both: named once.
    const pl12 = taskRow("PL 12").querySelector<HTMLElement>("[data-task-people]") as HTMLElement;
    expect(pl12.getAttribute("title")).toBe("Ansvarlig og udfører: Anne Kirstine Holm.");
    // Nobody set: nothing shown.
    expect(taskRow("PL 11").querySelector("[data-task-people]")).toBeNull();
  });

  it("shortens a name to first name and the last name's initial", () => {
    expect(shortPersonName({ displayName: "Anne Kirstine Holm", email: "anne.holm@eksempelkommune.dk" })).toBe("Anne H.");
    expect(shortPersonName({ displayName: "Thomas Kjær Larsen", email: "t@x.dk" })).toBe("Thomas L.");
    expect(shortPersonName({ displayName: "Sofie", email: "s@x.dk" })).toBe("Sofie");
    expect(shortPersonName({ displayName: " ", email: "sofie.lindberg@eksempelkommune.dk" })).toBe("sofie.lindberg");
  });

  it("keeps a webinar's title in line with the tasks' titles, which have a selection box", async () => {
    renderTimeline(memoryRepositories());
    await findGrid();
    const webinar = await findTaskRow("WE 01");
    expect(within(webinar).queryByRole("checkbox")).toBeNull();
    expect(webinar.querySelector("[data-task-name]")?.previousElementSibling?.getAttribute("aria-hidden")).toBe("true");
  });

  it("filters by person, keeps the person in the URL, and Ryd filtre clears it", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    await user.click(screen.getByRole("combobox", { name: /^Person/ }));
    await user.click(await screen.findByRole("option", { name: "Lars Mikkelsen" }));
    await waitFor(() => expect(screen.getByText("2 af 36 opgaver")).toBeTruthy());
    expect(shownCodes()).toEqual(["OA 12", "PL 10"]);
    expect(new URLSearchParams(window.location.search).get("oirPerson")).toBe("lars.mikkelsen@eksempelkommune.dk");
    await user.click(screen.getByRole("button", { name: "Ryd filtre" }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("oirPerson")).toBeNull());
    expect(screen.getByText("36 af 36 opgaver")).toBeTruthy();
  });

  it("opens with the person a shared link names", async () => {
    window.history.replaceState(null, "", "/?oirPerson=anne.holm%40eksempelkommune.dk");
    renderTimeline(memoryRepositories());
    await findGrid();
    await waitFor(() => expect(shownCodes()).toEqual(["OA 12", "PL 10", "PL 12"]));
    expect(screen.getByRole("combobox", { name: /^Person/ }).textContent).toContain("Anne Kirstine Holm");
  });

  it("finds a person's tasks with the text search", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    await user.type(screen.getByRole("searchbox", { name: "Søg i opgaver og personer" }), "Kjær Larsen");
    await waitFor(() => expect(shownCodes()).toEqual(["IN 31"]));
  });
});
