/** Hours parsing, Excel clipboard blocks, CSV for Danish Excel, filters in the URL. */
import { parseClipboardBlock, parseHours } from "../../../src/ui/booking/hoursText";
import { bookingsToCsv } from "../../../src/ui/booking/bookingCsv";
import { readFiltersFromQuery, writeFiltersToQuery } from "../../../src/ui/booking/bookingFilterUrl";
import { validateMemberDraft } from "../../../src/ui/booking/workingGroupForm";
import { ANNE, planData } from "./fixtures";

test("hours: comma or dot decimals, ≥ 0, ≤ 60, empty clears", () => {
  expect(parseHours("7,5")).toEqual({ ok: true, hours: 7.5 });
  expect(parseHours(" 7.25 ")).toEqual({ ok: true, hours: 7.3 });
  expect(parseHours("")).toEqual({ ok: true, hours: 0 });
  expect(parseHours("60")).toEqual({ ok: true, hours: 60 });
  expect(parseHours("60,1")).toEqual({ ok: false, problem: "tooMany" });
  expect(parseHours("-1")).toEqual({ ok: false, problem: "negative" });
  expect(parseHours("1.000,5")).toEqual({ ok: false, problem: "notANumber" });
  expect(parseHours("7 t")).toEqual({ ok: false, problem: "notANumber" });
});

test("Excel's clipboard: tabs and CRLF, trailing newline, quoted cells", () => {
  expect(parseClipboardBlock("1\t2,5\r\n3\t4\r\n")).toEqual([["1", "2,5"], ["3", "4"]]);
  expect(parseClipboardBlock('"7,5"\t\n')).toEqual([["7,5", ""]]);
  expect(parseClipboardBlock("")).toEqual([]);
});

test("CSV for Danish Excel: BOM, semicolons, decimal comma, dd-mm-yyyy, quoted fields", () => {
  const data = planData();
  const csv = bookingsToCsv(
    [...data.bookings, { personEmail: ANNE.email, taskId: 512, weekStart: "2027-03-22", hours: 7.4 }],
    data.workingGroup,
    data.tasks.map((t) => (t.id === 512 ? { ...t, title: 'Test; "citat"' } : t)),
    { name: "Navn", email: "E-mail", role: "Rolle", taskCode: "Opgave", taskTitle: "Titel", week: "Uge", monday: "Mandag", hours: "Timer" }
  );
  expect(csv.startsWith("\uFEFFNavn;E-mail;Rolle;Opgave;Titel;Uge;Mandag;Timer\r\n")).toBe(true);
  const lines = csv.slice(1).trim().split("\r\n");
  expect(lines).toHaveLength(5);
  expect(lines[1]).toBe('Anne Kirstine Holm;anne.holm@eksempelkommune.dk;KY-projektleder;OA 12;"Test; ""citat""";2027-11;15-03-2027;10');
  expect(lines).toContain('Anne Kirstine Holm;anne.holm@eksempelkommune.dk;KY-projektleder;OA 12;"Test; ""citat""";2027-12;22-03-2027;7,4');
  expect(lines).toContain("Anne Kirstine Holm;anne.holm@eksempelkommune.dk;KY-projektleder;PL 12;Planlæg kommunens ØiR implementering;2027-12;22-03-2027;14");
});

test("CSV keeps a formula-shaped task title as text (no CSV injection)", () => {
  const data = planData();
  const csv = bookingsToCsv(
    [{ personEmail: ANNE.email, taskId: 512, weekStart: "2027-03-22", hours: 2 }],
    data.workingGroup,
    data.tasks.map((t) => (t.id === 512 ? { ...t, title: '=HYPERLINK("http://evil.example";"klik")' } : t)),
    { name: "Navn", email: "E-mail", role: "Rolle", taskCode: "Opgave", taskTitle: "Titel", week: "Uge", monday: "Mandag", hours: "Timer" }
  );
  expect(csv).toContain(';"\'=HYPERLINK(""http://evil.example"";""klik"")";');
  expect(csv).not.toMatch(/;=HYPERLINK/);
});

test("filters round-trip through the URL with rb. parameters and keep the others", () => {
  const query = writeFiltersToQuery("?oirWave=x&lang=da-dk", { role: "KY-projektleder", taskId: 519, integration: "Debitor", from: "2027-03-01" });
  const params = new URLSearchParams(query);
  expect(params.get("rb.role")).toBe("KY-projektleder");
  expect(params.get("rb.task")).toBe("519");
  expect(params.get("oirWave")).toBe("x");
  expect(readFiltersFromQuery(query)).toEqual({ role: "KY-projektleder", taskId: 519, integration: "Debitor", from: "2027-03-01" });
  expect(readFiltersFromQuery("?rb.integration=Foo&rb.from=2027-13-01&rb.task=abc")).toEqual({});
});

test("a new member needs a person not yet in the group, a role and a capacity in (0, 60]", () => {
  const existing = planData().workingGroup;
  expect(validateMemberDraft({ roles: [], capacityText: "0" }, existing)).toEqual({ ok: false, errors: { person: "required", roles: "required", capacity: "invalid" } });
  expect(validateMemberDraft({ person: ANNE, roles: ["KY-projektleder"], capacityText: "10" }, existing)).toEqual({ ok: false, errors: { person: "alreadyMember" } });
  const jens = { email: "jens@x.dk", displayName: "Jens" };
  expect(validateMemberDraft({ person: jens, roles: ["Ydelseschef"], capacityText: "7,5" }, existing)).toEqual({ ok: true, member: { person: jens, roles: ["Ydelseschef"], weeklyCapacityHours: 7.5 } });
});
