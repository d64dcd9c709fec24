/**
 * A column with EnforceUniqueValues (Ressourcebookinger's OirBookingKey) as SharePoint keeps it:
 * a second item with the same value — also differing only in case — is refused on add and on
 * update with HTTP 500 "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" naming
 * the column; empty values are not compared; the field reports EnforceUniqueValues and Indexed.
 */
import { digest, Emulator, rawFetch, startTestEmulator } from "./support";

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

const LIST = "_api/web/lists/getbytitle('Ressourcebookinger')";

async function post(path: string, body: Record<string, unknown>, extra: Record<string, string> = {}): Promise<Response> {
  const site = emu.sites.municipality;
  return rawFetch(`${site}/${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "Content-Type": "application/json;odata=nometadata", Accept: "application/json;odata=nometadata", "X-RequestDigest": await digest(site), ...extra }
  });
}

test("a duplicate key is refused on add and on update, case-insensitively; empty keys are not compared", async () => {
  const first = await post(`${LIST}/items`, { Title: "a", OirHours: 1, OirBookingKey: "a@x.dk|1|2027-03-01" });
  expect(first.status).toBe(201);
  const second = await post(`${LIST}/items`, { Title: "b", OirHours: 2, OirBookingKey: "A@X.DK|1|2027-03-01" });
  expect(second.status).toBe(500);
  expect(await second.json()).toEqual({
    "odata.error": {
      code: "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
      message: { lang: "en-US", value: "The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Bookingnøgle]." }
    }
  });

  const blank1 = await post(`${LIST}/items`, { Title: "c", OirHours: 3 });
  const blank2 = await post(`${LIST}/items`, { Title: "d", OirHours: 4, OirBookingKey: "" });
  expect([blank1.status, blank2.status]).toEqual([201, 201]);
  const { Id } = (await blank2.json()) as { Id: number };
  const update = await post(`${LIST}/items(${Id})`, { OirBookingKey: "a@x.dk|1|2027-03-01" }, { "X-HTTP-Method": "MERGE", "IF-MATCH": "*" });
  expect(update.status).toBe(500);
  expect(emu.getItem("municipality", "Ressourcebookinger", Id)?.values.OirBookingKey ?? "").toBe("");
});

test("the field says it is unique and indexed", async () => {
  const res = await rawFetch(`${emu.sites.municipality}/${LIST}/fields/getbyinternalnameortitle('OirBookingKey')`, { headers: { Accept: "application/json;odata=nometadata" } });
  expect(await res.json()).toEqual(expect.objectContaining({ EnforceUniqueValues: true, Indexed: true }));
});
