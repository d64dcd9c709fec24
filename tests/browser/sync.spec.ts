/**
 * "Opdatér fra KOMBIT" on the demo page (real PnPjs against the emulator): KOMBIT revises PL 12
 * on its plan site, the municipality has meanwhile written a note on PL 12 in its own list; the
 * update dialog shows the change field by field, applies it, the timeline shows the new title,
 * and the note is still there.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

const KOMBIT = (): string => `${env("OIR_EMULATOR_URL")}/sites/kombit-ky`;
const MUNICIPALITY = (): string => `${env("OIR_EMULATOR_URL")}/sites/eksempelkommune`;
const NEW_TITLE = "Planlæg kommunens ØiR implementering og ressourcer";

async function resetEmulator(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${env("OIR_EMULATOR_URL")}/_emulator/reset`)).ok()).toBe(true);
}

interface Item {
  Id: number;
  Title: string;
  OirNote?: string | null;
  OirEffortDays?: number;
}

async function pl12(request: APIRequestContext, site: string, select: string): Promise<Item> {
  const url = `${site}/_api/web/lists/getbytitle('Planer')/items?$filter=OirMasterId eq 519&$select=Id,Title,${select}`;
  const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { value: Item[] };
  expect(body.value).toHaveLength(1);
  return body.value[0];
}

/** A MERGE as SharePoint takes it from a signed-in client (Authorization instead of a form digest). */
async function merge(request: APIRequestContext, site: string, itemId: number, user: string, body: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${site}/_api/web/lists/getbytitle('Planer')/items(${itemId})`, {
    headers: {
      Accept: "application/json;odata=nometadata",
      "Content-Type": "application/json;odata=nometadata",
      "X-HTTP-Method": "MERGE",
      "If-Match": "*",
      Authorization: "Bearer browser-test",
      "X-Emulator-User": user
    },
    data: body
  });
  expect(response.status(), await response.text()).toBe(204);
}

test.beforeEach(async ({ request }) => resetEmulator(request));
test.afterEach(async ({ request }) => resetEmulator(request));

test("KOMBIT's revision of PL 12 is applied from the timeline; the municipality's note on PL 12 is kept", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const master = await pl12(request, KOMBIT(), "OirEffortDays");
  await merge(request, KOMBIT(), master.Id, "planadmin@kombit.example", { Title: NEW_TITLE, OirEffortDays: (master.OirEffortDays ?? 0) + 3 });
  const local = await pl12(request, MUNICIPALITY(), "OirNote");
  await merge(request, MUNICIPALITY(), local.Id, "anne.holm@eksempelkommune.dk", { OirNote: "Aftalt med økonomichefen i uge 9" });

  await page.goto(`${env("OIR_DEMO_URL")}/`);
  const timeline = page.getByRole("region", { name: /ØiR-tidsplan/ });
  await expect(timeline.getByRole("grid", { name: /^Tidsplan for/ })).toBeVisible();
  await timeline.getByRole("button", { name: "Opdatér fra KOMBIT" }).click();

  const dialog = page.getByRole("dialog", { name: "Opdatér fra KOMBIT" });
  await expect(dialog.getByRole("heading", { name: "Ændrede opgaver (1)" })).toBeVisible();
  const changes = dialog.getByRole("table", { name: /Ændringer i PL 12/ });
  await expect(changes.getByRole("row", { name: /Opgavetitel/ })).toContainText(NEW_TITLE);
  await expect(changes.getByRole("row", { name: /Opgave varighed/ })).toContainText(String((master.OirEffortDays ?? 0) + 3));
  await expect(dialog.getByRole("checkbox", { name: new RegExp(`PL 12 ${NEW_TITLE}`) })).toBeChecked();
  await dialog.getByRole("button", { name: "Opdatér valgte (1)" }).click();
  await expect(dialog.getByRole("status")).toContainText("1 opgaver opdateret");
  await dialog.getByRole("button", { name: "Luk" }).click();
  await expect(dialog).toBeHidden();

  await expect(timeline.getByRole("grid", { name: /^Tidsplan for/ }).getByRole("row", { name: new RegExp(`PL 12 ${NEW_TITLE}`) })).toBeVisible();
  const after = await pl12(request, MUNICIPALITY(), "OirNote,OirEffortDays");
  expect(after).toMatchObject({ Title: NEW_TITLE, OirEffortDays: (master.OirEffortDays ?? 0) + 3, OirNote: "Aftalt med økonomichefen i uge 9" });

  // A second run finds nothing to do.
  await timeline.getByRole("button", { name: "Opdatér fra KOMBIT" }).click();
  await expect(dialog.getByText("Jeres plan svarer til KOMBITs plan. Der er intet at opdatere.")).toBeVisible();
  expect(errors).toEqual([]);
});
