/**
 * What the journey, fault and security specs need from the demo stack: its URLs, the emulator's
 * control API (reset, faults), its lists read and written over REST as SharePoint answers, and a
 * watch on the page (console errors, dialogs, requests leaving 127.0.0.1).
 */
import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const MUNICIPALITY = "sites/eksempelkommune";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not start the demo`);
  return value.replace(/\/$/, "");
}

export function emulatorUrl(): string {
  return env("OIR_EMULATOR_URL");
}

export function demoUrl(query = ""): string {
  return `${env("OIR_DEMO_URL")}/${query}`;
}

export async function resetEmulator(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${emulatorUrl()}/_emulator/reset`)).ok(), "emulator reset").toBe(true);
}

export async function addFault(request: APIRequestContext, rule: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${emulatorUrl()}/_emulator/faults`, { data: rule });
  expect(response.ok(), `fault ${JSON.stringify(rule)}: ${await response.text()}`).toBe(true);
}

export async function clearFaults(request: APIRequestContext): Promise<void> {
  expect((await request.delete(`${emulatorUrl()}/_emulator/faults`)).ok(), "clear faults").toBe(true);
}

function listUrl(list: string, site = MUNICIPALITY): string {
  return `${emulatorUrl()}/${site}/_api/web/lists/getByTitle('${encodeURIComponent(list)}')`;
}

/** Items of a list as SharePoint returns them (nometadata), all pages. */
export async function listItems<T>(request: APIRequestContext, list: string, query: string, site = MUNICIPALITY): Promise<T[]> {
  const items: T[] = [];
  let url: string | undefined = `${listUrl(list, site)}/items?$top=5000&${query}`;
  while (url) {
    const response = await request.get(url, { headers: { Accept: "application/json;odata=nometadata" } });
    expect(response.status(), `GET ${url}: ${await response.text()}`).toBe(200);
    const body = (await response.json()) as { value: T[]; "odata.nextLink"?: string };
    items.push(...body.value);
    url = body["odata.nextLink"];
  }
  return items;
}

/** Writes as another client would (an Authorization header stands in for the form digest). */
const WRITE_HEADERS = { Accept: "application/json;odata=nometadata", "Content-Type": "application/json", Authorization: "Bearer test" };

export async function updateItem(request: APIRequestContext, list: string, id: number, fields: Record<string, unknown>, site = MUNICIPALITY): Promise<void> {
  const response = await request.post(`${listUrl(list, site)}/items(${id})`, {
    headers: { ...WRITE_HEADERS, "X-HTTP-Method": "MERGE", "IF-MATCH": "*" },
    data: fields
  });
  expect(response.status(), `MERGE ${list}(${id}): ${await response.text()}`).toBe(204);
}

export async function addItem(request: APIRequestContext, list: string, fields: Record<string, unknown>, site = MUNICIPALITY): Promise<number> {
  const response = await request.post(`${listUrl(list, site)}/items`, { headers: WRITE_HEADERS, data: fields });
  expect(response.status(), `POST ${list}: ${await response.text()}`).toBe(201);
  return ((await response.json()) as { Id: number }).Id;
}

/** The municipality's Planer item for a KLIK task (by its master id). */
export interface LocalTaskItem {
  Id: number;
  Title: string;
  OirMasterId: number;
  OirLocalStart: string | null;
  OirLocalEnd: string | null;
  OirStatus: string;
  OirNote: string | null;
  OirLocalPredecessorsId?: number[] | null;
  OirResponsible?: { Title: string; EMail: string } | null;
  OirPerformer?: { Title: string; EMail: string } | null;
}

export async function readLocalTask(request: APIRequestContext, masterId: number): Promise<LocalTaskItem> {
  const items = await listItems<LocalTaskItem>(
    request,
    "Planer",
    `$filter=OirMasterId eq ${masterId}&$select=*,OirResponsible/Title,OirResponsible/EMail,OirPerformer/Title,OirPerformer/EMail&$expand=OirResponsible,OirPerformer`
  );
  expect(items, `Planer items for master ${masterId}`).toHaveLength(1);
  return items[0];
}

export interface PageWatch {
  errors: string[];
  dialogs: string[];
  foreignRequests: string[];
}

/**
 * Console errors, page errors, any JavaScript dialog (dismissed, recorded) and any request that
 * leaves the test's own server (aborted, recorded).
 */
export async function watchPage(page: Page, server = emulatorUrl()): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], dialogs: [], foreignRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const own = new URL(server).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(own) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    watch.foreignRequests.push(url);
    return route.abort();
  });
  return watch;
}
