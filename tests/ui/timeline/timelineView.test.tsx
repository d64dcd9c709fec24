/** The timeline shows a wave's tasks with computed dates, states and virtualized rows. */
import { screen, within } from "@testing-library/react";
import { AccessDeniedError, ListNotFoundError } from "../../../src/data/errors";
import type { PlanData, KlikTask } from "../../../src/domain/model";
import { findGrid, memoryRepositories, renderTimeline, samplePlan, taskRow } from "./timelineTestKit";

describe("TimelineRoot", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("shows PL 12 with its dates computed from Bølge 5's Go-Live and its status in words", async () => {
    renderTimeline(memoryRepositories());
    await findGrid();
    const row = taskRow("PL 12");
    expect(row.textContent).toContain("12.02.2027 – 16.04.2027");
    expect(row.textContent).toContain("Påbegyndt");
    expect(screen.getByText("Go-Live 04.10.2027")).toBeTruthy();
    expect(within(screen.getByRole("grid")).getAllByText("uge 7").length).toBeGreaterThan(0);
  });

  it("shows the municipality's date with KOMBIT's baseline variance", async () => {
    renderTimeline(memoryRepositories());
    await findGrid();
    // OA 12 is moved locally to 22.03–23.04.2027 in the sample.
    const row = taskRow("OA 12");
    expect(row.textContent).toContain("22.03.2027 – 23.04.2027");
    expect(within(row).getByTitle(/dage i forhold til KOMBITs slutdato/)).toBeTruthy();
  });

  it("says in Danish when the user has no access, with SharePoint's text, and retries", async () => {
    const repositories = memoryRepositories();
    let fail = true;
    const getWaves = repositories.master.getWaves;
    repositories.master.getWaves = async () => {
      if (fail) throw new AccessDeniedError({ status: 403, serverMessage: "Access denied." });
      return getWaves();
    };
    renderTimeline(repositories);
    expect(await screen.findByText(/Du har ikke adgang/)).toBeTruthy();
    expect(screen.getByText("SharePoint svarede: Access denied.")).toBeTruthy();
    fail = false;
    screen.getByRole("button", { name: "Prøv igen" }).click();
    await findGrid();
  });

  it("names a missing KOMBIT list as an error", async () => {
    const repositories = memoryRepositories();
    repositories.master.getWaves = async () => {
      throw new ListNotFoundError("Bølger", { status: 404 });
    };
    renderTimeline(repositories);
    expect(await screen.findByText(/Listen "Bølger" findes ikke på webstedet/)).toBeTruthy();
  });

  it("a municipality's list not made yet is named, and Opret lokal tidsplan is offered instead of an error", async () => {
    const repositories = memoryRepositories();
    const missing = (): Promise<never> => Promise.reject(new ListNotFoundError("Planer", { status: 404 }));
    repositories.local.getRows = missing;
    repositories.local.canEdit = missing;
    renderTimeline(repositories);
    expect(await screen.findByText(/Kommunens lister til ØiR-planen findes ikke på webstedet endnu: Planer\./)).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Opret lokal tidsplan" })).toBeTruthy();
    expect(screen.queryByText(/Du kan se planen, men ikke ændre den/)).toBeNull();
  });

  it("shows what to do when the wave has no tasks", async () => {
    const plan: PlanData = { ...samplePlan(), tasks: [], local: [] };
    renderTimeline(memoryRepositories({}, plan));
    expect(await screen.findByText(/Kommunens plan har ingen opgaver i KY - Bølge 5 endnu/)).toBeTruthy();
    expect(screen.getByText(/Hent bølgeplanen fra KOMBIT/)).toBeTruthy();
  });

  it("renders only the rows in view for 5,000 tasks", async () => {
    const base = samplePlan();
    const template = base.tasks.find((t) => t.code === "PL 12") as KlikTask;
    const tasks: KlikTask[] = Array.from({ length: 5000 }, (_v, i) => ({
      ...template,
      id: 100000 + i,
      code: `X ${i}`,
      endOffsetDays: -300 + (i % 280),
      predecessors: i > 0 && i % 10 !== 0 ? [100000 + i - 1] : []
    }));
    renderTimeline(memoryRepositories({}, { ...base, tasks, local: [] }));
    const grid = await findGrid();
    expect(grid.getAttribute("aria-rowcount")).toBe(String(5000 + 1 + 1));
    const rendered = within(grid).getAllByRole("row").length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });
});
