/**
 * Paging as SharePoint Online does it: $top (default 100, at most 5000), an absolute
 * odata.nextLink with $skiptoken=Paged=TRUE&p_ID=n, followed by PnPjs's async iterator.
 */
import { Emulator, pnp, rawFetch, startTestEmulator } from "./support";

interface Row { Id: number; OirCode: string; Title: string }

describe("emulator paging", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  const planer = (): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
    pnp(emu.sites.kombit).web.lists.getByTitle("Planer").items;

  it("gives the same rows with a small $top as in one big page", async () => {
    const all = await planer().select("Id", "OirCode").top(5000)<Row[]>();
    expect(all.length).toBeGreaterThanOrEqual(22);
    const paged: Row[] = [];
    let pages = 0;
    for await (const page of planer().select("Id", "OirCode").top(7)) {
      pages++;
      paged.push(...(page as Row[]));
    }
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(paged).toEqual(all);
  });

  it("returns an absolute nextLink with $skiptoken=Paged=TRUE&p_ID=n that keeps the query", async () => {
    const res = await rawFetch(`${emu.sites.kombit}/_api/web/lists/getbytitle('Planer')/items?$select=Id,Title&$top=5`);
    const body = (await res.json()) as { value: Row[]; "odata.nextLink": string };
    expect(body.value.map((r) => r.Id)).toEqual([1, 2, 3, 4, 5]);
    const next = new URL(body["odata.nextLink"]);
    expect(`${next.protocol}//${next.host}`).toBe(emu.url);
    expect(next.searchParams.get("$skiptoken")).toBe("Paged=TRUE&p_ID=5");
    expect(next.searchParams.get("$top")).toBe("5");
    expect(next.searchParams.get("$select")).toBe("Id,Title");
    const second = (await (await rawFetch(body["odata.nextLink"])).json()) as { value: Row[] };
    expect(second.value.map((r) => r.Id)).toEqual([6, 7, 8, 9, 10]);
  });

  it("pages in $orderby order with the sort value in the skiptoken", async () => {
    const sorted = await planer().select("Id", "OirCode").orderBy("OirCode", false).top(5000)<Row[]>();
    const paged: Row[] = [];
    for await (const page of planer().select("Id", "OirCode").orderBy("OirCode", false).top(4)) paged.push(...(page as Row[]));
    expect(paged).toEqual(sorted);
    const codes = sorted.map((r) => r.OirCode.toLowerCase());
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it("defaults $top to 100, and answers more than 5000 on a list under the threshold", async () => {
    emu.seedItems("municipality", "Ressourcebookinger", Array.from({ length: 150 }, (_, i) => ({ Title: `b${i}`, OirHours: 1 })));
    const res = await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Ressourcebookinger')/items?$select=Id`);
    const body = (await res.json()) as { value: Row[]; "odata.nextLink"?: string };
    expect(body.value).toHaveLength(100);
    expect(body["odata.nextLink"]).toContain("p_ID%3D100");
    // SharePoint throttles $top > 5000 only on a list over the threshold (sharepointLimits.test.ts).
    const all = await pnp(emu.sites.municipality).web.lists.getByTitle("Ressourcebookinger").items.select("Id").top(5001)<Row[]>();
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  it("ignores $skip on items, as SharePoint does", async () => {
    const res = await rawFetch(`${emu.sites.kombit}/_api/web/lists/getbytitle('Planer')/items?$select=Id&$top=3&$skip=10`);
    const body = (await res.json()) as { value: Row[] };
    expect(body.value.map((r) => r.Id)).toEqual([1, 2, 3]);
  });
});
