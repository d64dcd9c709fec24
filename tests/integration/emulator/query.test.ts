/**
 * $filter, $orderby and the metadata variants: comparison operators, and/or/not, parentheses,
 * startswith, substringof, datetime'…', numbers, booleans, null, '' escaping, case-insensitive
 * text, multi-value "contains"; Note columns refused in filters; verbose / nometadata shapes.
 */
import { Emulator, pnp, rawFetch, startTestEmulator, statusOf } from "./support";

interface Row { Id: number; OirCode: string; Title: string; OirPriority: number; OirEndOffsetDays: number }

describe("emulator $filter and $orderby", () => {
  let emu: Emulator;
  let all: Row[];
  beforeAll(async () => {
    emu = await startTestEmulator();
    all = await planer().select("Id", "OirCode", "Title", "OirPriority", "OirEndOffsetDays").top(5000)<Row[]>();
  });
  afterAll(async () => { await emu.close(); });

  function planer(): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] {
    return pnp(emu.sites.kombit).web.lists.getByTitle("Planer").items;
  }
  const ids = (rows: { Id: number }[]): number[] => rows.map((r) => r.Id);
  const where = async (filter: string): Promise<number[]> => ids(await planer().select("Id").filter(filter).top(5000)<Row[]>());

  it("compares numbers, strings and combines with and/or/not and parentheses", async () => {
    expect(await where("OirPriority eq 1")).toEqual(ids(all.filter((r) => r.OirPriority === 1)));
    expect(await where("OirPriority ne 1 and OirEndOffsetDays lt -150")).toEqual(ids(all.filter((r) => r.OirPriority !== 1 && r.OirEndOffsetDays < -150)));
    expect(await where("(OirPriority eq 1 or OirPriority eq 3) and OirEndOffsetDays ge -100")).toEqual(
      ids(all.filter((r) => (r.OirPriority === 1 || r.OirPriority === 3) && r.OirEndOffsetDays >= -100)));
    expect(await where("not (OirPriority le 2)")).toEqual(ids(all.filter((r) => !(r.OirPriority <= 2))));
    expect(await where("OirCode eq 'pl 12'")).toEqual(ids(all.filter((r) => r.OirCode === "PL 12")));
  });

  it("supports startswith, substringof, booleans, null and '' escaping", async () => {
    expect(await where("startswith(OirCode,'PL')")).toEqual(ids(all.filter((r) => r.OirCode.startsWith("PL"))));
    const word = all[0].Title.split(" ")[1].toLowerCase();
    expect(await where(`substringof('${word}',Title)`)).toEqual(ids(all.filter((r) => r.Title.toLowerCase().includes(word))));
    const critical = await where("OirDeclaredCritical eq 1");
    expect(await where("OirDeclaredCritical eq true")).toEqual(critical);
    expect(critical.length).toBeGreaterThan(0);
    expect(await where("OirPhase ne null")).toEqual(ids(all));
    expect(await where("OirPhase eq null")).toEqual([]);
    expect(await where("Title eq 'Kommunens ''test'''")).toEqual([]);
    expect(await where("OirIntegrations eq 'NemKonto'")).not.toEqual([]);
  });

  it("filters dates with datetime'…' literals against the stored UTC instant", async () => {
    const waves = pnp(emu.sites.kombit).web.lists.getByTitle("Bølger").items;
    const after = await waves.select("Title").filter("OirGoLive ge datetime'2027-10-03T22:00:00Z'")<{ Title: string }[]>();
    expect(after.map((w) => w.Title)).toEqual(["KY - Bølge 5", "KY - Bølge 6"]);
    const exact = await pnp(emu.sites.kombit).web.lists.getByTitle("Bølger").items.select("Title").filter("OirGoLive eq datetime'2027-10-04T00:00:00Z'")();
    expect(exact).toEqual([]); // midnight UTC is not midnight in Copenhagen
  });

  it("orders by several columns, asc and desc", async () => {
    const rows = await planer().select("Id", "OirPriority", "OirEndOffsetDays").orderBy("OirPriority", false).orderBy("OirEndOffsetDays", true).top(5000)<Row[]>();
    const expected = [...all].sort((a, b) => b.OirPriority - a.OirPriority || a.OirEndOffsetDays - b.OirEndOffsetDays || a.Id - b.Id);
    expect(ids(rows)).toEqual(ids(expected));
  });

  it("refuses Note columns and malformed expressions with 400", async () => {
    const note = await statusOf(planer().filter("OirGoal eq 'x'")());
    expect(note.status).toBe(400);
    expect(note.text).toContain("of type 'Note' cannot be used in the query filter expression");
    expect((await statusOf(planer().filter("OirPriority eq")())).status).toBe(400);
    expect((await statusOf(planer().filter("OirPriority eq 'høj'")())).status).toBe(400);
    expect((await statusOf(planer().filter("endswith(Title,'x')")())).status).toBe(400);
    // Lookups are filtered by id (OirPredecessorsId) or an expanded projection, not by bare name.
    expect((await statusOf(planer().filter("OirPredecessors eq 1")())).status).toBe(400);
    expect((await where("OirPredecessorsId eq 1")).length).toBeGreaterThan(0);
  });
});

describe("emulator metadata variants", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });
  const url = (): string => `${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/items?$select=Id,OirIntegrations&$top=1`;

  it("answers odata=verbose with d.results, __metadata and {results} collections", async () => {
    const body = (await (await rawFetch(url(), { headers: { Accept: "application/json;odata=verbose" } })).json()) as {
      d: { results: { __metadata: { etag: string; type: string }; OirIntegrations: { results: string[] } }[]; __next: string };
    };
    expect(body.d.results[0].__metadata.type).toBe("SP.Data.PlanerListItem");
    expect(body.d.results[0].__metadata.etag).toBe("\"1\"");
    expect(Array.isArray(body.d.results[0].OirIntegrations.results)).toBe(true);
    expect(body.d.__next).toContain("$skiptoken=Paged%3DTRUE%26p_ID%3D1".replace("$", "%24"));
    const error = (await (await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Nej')`, { headers: { Accept: "application/json;odata=verbose" } })).json()) as { error: { code: string } };
    expect(error.error.code).toBe("-1, System.ArgumentException");
  });

  it("answers odata=nometadata without annotations, and application/json with minimal metadata", async () => {
    const plain = (await (await rawFetch(url(), { headers: { Accept: "application/json;odata=nometadata" } })).json()) as { value: Record<string, unknown>[] };
    expect(Object.keys(plain.value[0])).toEqual(["Id", "OirIntegrations"]);
    const minimal = (await (await rawFetch(url(), { headers: { Accept: "application/json" } })).json()) as { "odata.metadata": string; value: Record<string, unknown>[] };
    expect(minimal["odata.metadata"]).toContain("$metadata#SP.ListData.PlanerListItems");
    expect(minimal.value[0]["odata.etag"]).toBe("\"1\"");
  });
});
