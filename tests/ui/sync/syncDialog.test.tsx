/** "Opdatér fra KOMBIT" dialog, by role, over the in-memory repositories. */
import * as React from "react";
import * as fs from "fs";
import * as path from "path";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import type { PlanData } from "../../../src/domain/model";
import { createMemoryRepositories, MemoryRepositories } from "../../../src/data/memory";
import { SyncDialog } from "../../../src/ui/sync/SyncDialog";
import { CreateLocalPlan } from "../../../src/ui/sync/CreateLocalPlan";
import { classifyFarm } from "../../../src/data/farm";

setIconOptions({ disableWarnings: true });

const WAVE = "KY - Bølge 5";
const plan = (): PlanData => JSON.parse(fs.readFileSync(path.join(__dirname, "../../../samples/ky-boelge-5.json"), "utf8")) as PlanData;

function masterItemId(repos: MemoryRepositories, taskId: number): number {
  return repos.tables.tasks.all().find((s) => s.value.id === taskId)!.itemId;
}

function setup(): { repos: MemoryRepositories; onApplied: jest.Mock; onDismiss: jest.Mock } {
  const repos = createMemoryRepositories(plan());
  const onApplied = jest.fn();
  const onDismiss = jest.fn();
  render(<SyncDialog repositories={repos} waveTitle={WAVE} onDismiss={onDismiss} onApplied={onApplied} />);
  return { repos, onApplied, onDismiss };
}

describe("SyncDialog", () => {
  it("says there is nothing to do when the plan matches KOMBIT's", async () => {
    setup();
    const dialog = await screen.findByRole("dialog", { name: "Opdatér fra KOMBIT" });
    expect(await within(dialog).findByText("Jeres plan svarer til KOMBITs plan. Der er intet at opdatere.")).toBeTruthy();
    expect(within(dialog).queryByRole("button", { name: /Opdatér valgte/ })).toBeNull();
    // Nothing to cancel: the only button closes, and says so.
    expect(within(dialog).getByRole("button", { name: "Luk" })).toBeTruthy();
    expect(within(dialog).queryByRole("button", { name: "Annullér" })).toBeNull();
  });

  it("shows new, changed (field by field) and withdrawn rows; applies the checked ones; keeps local fields", async () => {
    const user = userEvent.setup();
    const repos = createMemoryRepositories(plan());
    const base = repos.tables.tasks.all()[0].value;
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 519), (t) => ({ ...t, effortDays: 9, title: "Planlæg ØiR (rev.)" }));
    repos.tables.tasks.seed({ ...base, id: 990001, code: "NY 1", title: "Ny opgave", predecessors: [] });
    repos.tables.tasks.seed({ ...base, id: 990002, code: "NY 2", title: "Anden ny opgave", predecessors: [] });
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 513), (t) => ({ ...t, waves: ["KY - Bølge 6"] }));
    const localPl12 = (await repos.local.getRows()).find((r) => r.task.id === 519)!;
    await repos.local.updateState(localPl12, { note: "Vores note", status: "started" });
    const onApplied = jest.fn();
    render(<SyncDialog repositories={repos} waveTitle={WAVE} onDismiss={jest.fn()} onApplied={onApplied} />);

    const dialog = await screen.findByRole("dialog", { name: "Opdatér fra KOMBIT" });
    expect(await within(dialog).findByRole("heading", { name: "Nye opgaver fra KOMBIT (2)" })).toBeTruthy();
    expect(within(dialog).getByRole("heading", { name: "Ændrede opgaver (1)" })).toBeTruthy();
    expect(within(dialog).getByRole("heading", { name: "Udgået hos KOMBIT (1)" })).toBeTruthy();

    const table = within(dialog).getByRole("table", { name: /Ændringer i PL 12/ });
    const effort = within(table).getByRole("row", { name: /Opgave varighed/ });
    expect(within(effort).getAllByRole("cell").map((c) => c.textContent)).toEqual([String(localPl12.task.effortDays), "9"]);
    expect(within(table).getByRole("row", { name: /Opgavetitel/ }).textContent).toContain("Planlæg ØiR (rev.)");

    // Uncheck the second new task; keep the withdrawn one (unchecked mark) and mark nothing.
    const second = within(dialog).getByRole("checkbox", { name: "NY 2 Anden ny opgave" });
    expect((second as HTMLInputElement).checked).toBe(true);
    await user.click(second);
    const mark = within(dialog).getByRole("checkbox", { name: /Markér OA 13 .* som tilbagetrukket/ });
    expect((mark as HTMLInputElement).checked).toBe(false);
    await user.click(mark);

    await user.click(within(dialog).getByRole("button", { name: "Opdatér valgte (3)" }));

    expect(await within(dialog).findByText("1 nye opgaver tilføjet, 1 opgaver opdateret, 1 markeret som tilbagetrukket.")).toBeTruthy();
    expect(onApplied).toHaveBeenCalledTimes(1);
    const rows = await repos.local.getRows();
    expect(rows.some((r) => r.task.id === 990001)).toBe(true);
    expect(rows.some((r) => r.task.id === 990002)).toBe(false);
    const pl12 = rows.find((r) => r.task.id === 519)!;
    expect(pl12.task.effortDays).toBe(9);
    expect(pl12.state).toMatchObject({ note: "Vores note", status: "started" });
  });

  it("a row that fails is listed with its reason in Danish", async () => {
    const user = userEvent.setup();
    const repos = createMemoryRepositories(plan());
    repos.tables.tasks.editAsSomeoneElse(masterItemId(repos, 519), (t) => ({ ...t, effortDays: 9 }));
    render(<SyncDialog repositories={repos} waveTitle={WAVE} onDismiss={jest.fn()} />);
    const dialog = await screen.findByRole("dialog", { name: "Opdatér fra KOMBIT" });
    await within(dialog).findByRole("heading", { name: "Ændrede opgaver (1)" });
    // Someone edits PL 12 in the list while the dialog is open.
    const local = repos.tables.local.all().find((s) => s.value.task.id === 519)!;
    repos.tables.local.editAsSomeoneElse(local.itemId, (row) => ({ ...row, state: { ...row.state, note: "Fra listen" } }));
    await user.click(within(dialog).getByRole("button", { name: "Opdatér valgte (1)" }));
    expect(await within(dialog).findByRole("heading", { name: "Ikke opdateret (1)" })).toBeTruthy();
    const item = within(dialog).getByRole("listitem");
    expect(item.textContent).toMatch(/^PL 12 .*: /);
    expect(item.textContent).not.toMatch(/ConflictError|412/);
  });

  it("a read error is shown in words with a retry", async () => {
    const user = userEvent.setup();
    const repos = createMemoryRepositories(plan());
    let fail = true;
    const flaky = { master: { ...repos.master, getTasks: () => (fail ? Promise.reject(new Error("Netværket svarer ikke")) : repos.master.getTasks()) }, local: repos.local };
    render(<SyncDialog repositories={flaky} waveTitle={WAVE} onDismiss={jest.fn()} />);
    const dialog = await screen.findByRole("dialog");
    expect(await within(dialog).findByText("Planerne kunne ikke hentes")).toBeTruthy();
    fail = false;
    await user.click(within(dialog).getByRole("button", { name: "Prøv igen" }));
    expect(await within(dialog).findByText(/intet at opdatere/)).toBeTruthy();
  });
});

describe("CreateLocalPlan", () => {
  it("copies the wave's master rows into an empty local plan and says how many, and which lists were created", async () => {
    const user = userEvent.setup();
    const sample = plan();
    const repos = createMemoryRepositories({ ...sample, tasks: [], local: [], bookings: [], attendance: [] });
    sample.tasks.forEach((t) => repos.tables.tasks.seed({ ...t, version: 1 }));
    const ensureLists = jest.fn(async () => ({ createdLists: ["Planer", "Arbejdsgruppe"], ok: true }));
    render(<CreateLocalPlan repositories={repos} waveTitle={WAVE} ensureLists={ensureLists} />);
    await user.click(screen.getByRole("button", { name: "Opret lokal tidsplan" }));
    const status = await screen.findByText(`${sample.tasks.length} opgaver kopieret fra KOMBITs plan.`);
    expect(status).toBeTruthy();
    expect(screen.getByText("Oprettede lister: Planer, Arbejdsgruppe")).toBeTruthy();
    expect(await repos.local.getRows()).toHaveLength(sample.tasks.length);
  });

  it("on SharePoint Server 2019 says, naming the farm, that the view format was skipped and the status column got the basic format", async () => {
    const user = userEvent.setup();
    const sample = plan();
    const repos = createMemoryRepositories({ ...sample, tasks: [], local: [], bookings: [], attendance: [] });
    sample.tasks.forEach((t) => repos.tables.tasks.seed({ ...t, version: 1 }));
    const farm = classifyFarm("16.0.10337.12109", { sharePointOnline: false });
    const ensureLists = jest.fn(async () => ({
      createdLists: ["Planer"],
      ok: true,
      farm,
      presentationNotes: [{ kind: "viewFormatSkipped" as const }, { kind: "basicStatusFormat" as const }]
    }));
    render(<CreateLocalPlan repositories={repos} waveTitle={WAVE} ensureLists={ensureLists} />);
    await user.click(screen.getByRole("button", { name: "Opret lokal tidsplan" }));
    const status = await screen.findByRole("status");
    expect(await within(status).findByText(/^SharePoint Server 2019 \(16\.0\.10337\.12109\) kan ikke formatere listevisninger/)).toBeTruthy();
    expect(within(status).getByText(/^SharePoint Server 2019 \(16\.0\.10337\.12109\) kan kun den enkle kolonneformatering/)).toBeTruthy();
  });
});
