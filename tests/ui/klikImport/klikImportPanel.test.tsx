/** KLIK import panel, by role, over the in-memory repositories and the two sample exports. */
import * as React from "react";
import * as fs from "fs";
import * as path from "path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import type { PlanData } from "../../../src/domain/model";
import { createMemoryMasterPlanWriter, createMemoryRepositories } from "../../../src/data/memory";
import { KlikImportPanel } from "../../../src/ui/klikImport/KlikImportPanel";

setIconOptions({ disableWarnings: true });

const read = (rel: string): string => fs.readFileSync(path.join(__dirname, "../../..", rel), "utf8");
const plan = (): PlanData => JSON.parse(read("samples/ky-boelge-5.json")) as PlanData;
const OA12 = read("tests/fixtures/klik/OA12-udpeg-ky-systemansvarlig.txt");
const IN31 = read("tests/fixtures/klik/IN31-etabler-oir-integrationer.txt");

function setup(canEdit = true) {
  const repos = createMemoryRepositories(plan());
  const writer = createMemoryMasterPlanWriter(repos.tables.tasks, { canEdit: () => canEdit });
  const onImported = jest.fn();
  render(<KlikImportPanel master={repos.master} writer={writer} onImported={onImported} />);
  return { repos, onImported };
}

function paste(text: string): void {
  // Typing 200 lines key by key is slow and not what a user does: they paste.
  fireEvent.change(screen.getByRole("textbox", { name: /Indsæt en eller flere KLIK-opgaver/ }), { target: { value: text } });
}

describe("KlikImportPanel", () => {
  it("reads two pasted exports and one broken one: fields per task, the error in Danish with its line; writes the good ones without duplicates", async () => {
    const user = userEvent.setup();
    const { repos, onImported } = setup();
    const broken = OA12.replace(/\b512\b/, "990512").replace("Slutdato (fra Go-Live)\t-180", "Slutdato (fra Go-Live)\tsenest i maj");
    paste(`${OA12}\n${IN31}\n${broken}`);
    await user.click(screen.getByRole("button", { name: "Læs opgaverne" }));

    expect(screen.getByRole("status").textContent).toBe("2 opgaver læst uden fejl, 1 med fejl.");
    const oa12 = screen.getByRole("region", { name: "OA 12 Udpeg KY-systemansvarlig (B5)" });
    expect(within(oa12).getByText("Slutdato (fra Go-Live)").nextSibling?.textContent).toBe("-180");
    expect(within(oa12).getByText("Master-opgave ID").nextSibling?.textContent).toBe("512");
    expect(screen.getByRole("region", { name: /^IN 31 / })).toBeTruthy();
    expect(screen.getByText(/^Opgave 3 \(fra linje \d+\)$/)).toBeTruthy();
    expect(screen.getByText(/^Linje \d+: »senest i maj« er ikke en gyldig værdi i feltet »Slutdato \(fra Go-Live\)«\.$/)).toBeTruthy();

    const count = repos.tables.tasks.all().length;
    await user.click(screen.getByRole("button", { name: "Skriv 2 opgaver til KOMBITs plan" }));
    const result = await screen.findByRole("region", { name: "Resultat" });
    expect(within(result).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "OA 12: opdateret (samme Master-opgave ID)",
      "IN 31: opdateret (samme Master-opgave ID)"
    ]);
    expect(repos.tables.tasks.all()).toHaveLength(count);
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it("a new task is added; the same export again updates it", async () => {
    const user = userEvent.setup();
    const { repos } = setup();
    paste(OA12.replace(/\b512\b/g, "990512").replace(/OA 12/g, "OA 99"));
    await user.click(screen.getByRole("button", { name: "Læs opgaverne" }));
    await user.click(screen.getByRole("button", { name: "Skriv 1 opgaver til KOMBITs plan" }));
    expect(await screen.findByText("OA 99: tilføjet")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Skriv 1 opgaver til KOMBITs plan" }));
    expect(await screen.findByText("OA 99: opdateret (samme Master-opgave ID)")).toBeTruthy();
    expect(repos.tables.tasks.all().filter((s) => s.value.id === 990512)).toHaveLength(1);
  });

  it("a reader sees the tasks but cannot write", async () => {
    const user = userEvent.setup();
    setup(false);
    expect(await screen.findByText(/Du har ikke rettighed til at skrive i KOMBITs plan/)).toBeTruthy();
    paste(OA12);
    await user.click(screen.getByRole("button", { name: "Læs opgaverne" }));
    expect(screen.getByRole("region", { name: /^OA 12 / })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Skriv 1 opgaver til KOMBITs plan" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
