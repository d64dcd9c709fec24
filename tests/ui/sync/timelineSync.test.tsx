/** The timeline's "Opdatér fra KOMBIT": a button for editors, opened by ?oirAction=updateFromKombit, the plan reloaded after applying. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import * as fs from "fs";
import * as path from "path";
import type { PlanData } from "../../../src/domain/model";
import { createMemoryRepositories } from "../../../src/data/memory";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";

setIconOptions({ disableWarnings: true });
jest.setTimeout(20000);

const WAVE = "KY - Bølge 5";
const plan = (): PlanData => JSON.parse(fs.readFileSync(path.join(__dirname, "../../../samples/ky-boelge-5.json"), "utf8")) as PlanData;

afterEach(() => window.history.replaceState(null, "", "/"));

describe("timeline: Opdatér fra KOMBIT", () => {
  it("an editor opens the dialog from the command bar, applies a changed title, and the timeline shows it after closing", async () => {
    const user = userEvent.setup();
    const repos = createMemoryRepositories(plan());
    const pl12 = repos.tables.tasks.all().find((s) => s.value.id === 519)!;
    repos.tables.tasks.editAsSomeoneElse(pl12.itemId, (t) => ({ ...t, title: "Planlæg ØiR-implementeringen (revideret)" }));
    render(<TimelineRoot repositories={repos} municipalityName="Eksempel Kommune" defaultWave={WAVE} locale="da-dk" />);
    await screen.findByRole("grid", {}, { timeout: 5000 });
    await user.click(screen.getByRole("button", { name: "Opdatér fra KOMBIT" }));
    const dialog = await screen.findByRole("dialog", { name: "Opdatér fra KOMBIT" });
    await user.click(await within(dialog).findByRole("button", { name: "Opdatér valgte (1)" }));
    await within(dialog).findByText(/1 opgaver opdateret/);
    await user.click(within(dialog).getByRole("button", { name: "Luk" }));
    expect((await screen.findAllByText(/Planlæg ØiR-implementeringen \(revideret\)/, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
  });

  it("?oirAction=updateFromKombit opens the dialog; a reader gets neither the button nor the dialog", async () => {
    window.history.replaceState(null, "", "/?oirAction=updateFromKombit");
    const editor = render(<TimelineRoot repositories={createMemoryRepositories(plan())} municipalityName="Eksempel Kommune" defaultWave={WAVE} locale="da-dk" />);
    expect(await screen.findByRole("dialog", { name: "Opdatér fra KOMBIT" }, { timeout: 5000 })).toBeTruthy();
    editor.unmount();
    render(<TimelineRoot repositories={createMemoryRepositories(plan(), { canEdit: false })} municipalityName="Eksempel Kommune" defaultWave={WAVE} locale="da-dk" />);
    await screen.findByRole("grid", {}, { timeout: 5000 });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("button", { name: "Opdatér fra KOMBIT" })).toBeNull();
  });
});

describe("timeline: ?oirItems (the command set's Åbn i ØiR-tidsplan)", () => {
  it("shows only the selected list items, and the filter can be cleared", async () => {
    const user = userEvent.setup();
    const repos = createMemoryRepositories(plan());
    const itemOf = (taskId: number): number => repos.tables.local.all().find((s) => s.value.task.id === taskId)!.itemId;
    window.history.replaceState(null, "", `/?oirItems=${itemOf(519)},${itemOf(512)}`);
    render(<TimelineRoot repositories={repos} municipalityName="Eksempel Kommune" defaultWave={WAVE} locale="da-dk" />);
    const grid = await screen.findByRole("grid", {}, { timeout: 5000 });
    const shownTaskIds = (): string[] => within(grid).getAllByRole("row").map((r) => r.getAttribute("data-task-id")).filter((id): id is string => id !== null).sort();
    expect(shownTaskIds()).toEqual(["512", "519"]);
    await user.click(screen.getByRole("button", { name: /Nulstil filtre|Ryd filtre/ }));
    expect(shownTaskIds().length).toBeGreaterThan(2);
    expect(window.location.search).not.toContain("oirItems");
  });
});
