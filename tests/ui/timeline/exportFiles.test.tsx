/** CSV for Danish Excel and ICS calendar export of the shown tasks. */
import { schedulePlan } from "../../../src/domain/schedule";
import { csvField } from "../../../src/ui/common/csv";
import { foldLine, icsText, tasksToCsv, tasksToIcs, type ExportRow } from "../../../src/ui/timeline/exportFiles";
import { samplePlan, PL12 } from "./timelineTestKit";

function pl12Row(note: string): ExportRow {
  const plan = samplePlan();
  const wave = plan.waves.find((w) => w.title === "KY - Bølge 5");
  if (!wave) throw new Error("Bølge 5 missing");
  const [task] = schedulePlan(plan.tasks.filter((t) => t.id === PL12), wave, plan.local);
  const state = { ...plan.local.find((s) => s.taskId === PL12), taskId: PL12, status: task.status, note };
  return { task, state, critical: true };
}

describe("CSV export", () => {
  it("starts with a BOM, separates with semicolons and writes Danish dates and words", () => {
    const csv = tasksToCsv([pl12Row("Aftalt; se referat")], "da-dk");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line, rest] = csv.slice(1).split("\r\n");
    expect(header.split(";")[0]).toBe("Kode");
    expect(header.split(";")).toContain("Udførelsesstatus");
    const fields = line.split(";");
    expect(fields.slice(0, 2)).toEqual(["PL 12", "Planlæg kommunens ØiR implementering"]);
    expect(fields).toContain("12.02.2027");
    expect(fields).toContain("16.04.2027");
    expect(fields).toContain("Påbegyndt");
    expect(fields).toContain("Anne Kirstine Holm");
    expect(line.endsWith('"Aftalt; se referat"')).toBe(true);
    expect(rest).toBe("");
  });

  it("quotes fields with separators, quotes or line breaks", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('sagt "ja"')).toBe('"sagt ""ja"""');
    expect(csvField("to\nlinjer")).toBe('"to\nlinjer"');
    expect(csvField("enkel")).toBe("enkel");
  });
});

describe("ICS export", () => {
  it("writes all-day events with an exclusive end and escaped text", () => {
    const ics = tasksToIcs([pl12Row("")], "KY - Bølge 5", new Date(Date.UTC(2026, 10, 27, 21, 0, 0)));
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("DTSTART;VALUE=DATE:20270212");
    expect(lines).toContain("DTEND;VALUE=DATE:20270417");
    expect(lines).toContain("DTSTAMP:20261127T210000Z");
    expect(lines).toContain("UID:oir-519-ky-b-lge-5@oir-planner");
    expect(lines).toContain("SUMMARY:PL 12 Planlæg kommunens ØiR implementering");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  /** Content lines after unfolding (RFC 5545 §3.1): CRLF followed by one space continues a line. */
  function unfold(ics: string): string[] {
    return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l !== "");
  }
  /** A TEXT value as written, unescaped (§3.3.11). */
  function unescapeText(value: string): string {
    return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
  }
  function property(lines: string[], name: string): string[] {
    return lines.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).map((l) => l.slice(l.indexOf(":") + 1));
  }

  it("is valid RFC 5545 text: CRLF only, lines of at most 75 octets, one property per content line, components balanced", () => {
    const note = "Aftalt med Lars; se referatet, punkt 3.\nNæste møde: uge 9 \\ direktionen";
    const ics = tasksToIcs([pl12Row(note)], "KY - Bølge 5", new Date(Date.UTC(2026, 10, 27, 21, 0, 0)), { linkOf: (id) => `https://kommune.sharepoint.com/sites/oir/SitePages/Tidsplan.aspx?oirWave=KY+-+B%C3%B8lge+5&oirTask=${id}` });
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.endsWith("\r\n")).toBe(true);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^;:]+)*:/);
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith("BEGIN:")) stack.push(line.slice(6));
      if (line.startsWith("END:")) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    // Every TEXT value escapes its semicolons and commas.
    for (const name of ["SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME"]) {
      for (const value of property(lines, name)) expect(value).not.toMatch(/(^|[^\\])[;,]/);
    }
  });

  it("carries status, people, the note and a link back, and reminds the day before an open task starts", () => {
    const note = "Aftalt med Lars; se referatet, punkt 3.\nNæste møde: uge 9";
    const link = "https://kommune.sharepoint.com/sites/oir/SitePages/Tidsplan.aspx?oirTask=519";
    const lines = unfold(tasksToIcs([pl12Row(note)], "KY - Bølge 5", new Date(Date.UTC(2026, 10, 27, 21, 0, 0)), { linkOf: () => link }));
    const [description, reminder] = property(lines, "DESCRIPTION").map(unescapeText);
    expect(description.split("\n")).toEqual([
      "Status: Påbegyndt. Ansvarlig: Anne Kirstine Holm. Udfører: Anne Kirstine Holm.",
      "Note: Aftalt med Lars; se referatet, punkt 3.",
      "Næste møde: uge 9",
      `Åbn i ØiR-tidsplan: ${link}`
    ]);
    expect(property(lines, "URL")).toEqual([link]);
    expect(property(lines, "X-WR-CALNAME").map(unescapeText)).toEqual(["ØiR-tidsplan KY - Bølge 5"]);
    // The alarm sits inside the event: 09:00 the day before the all-day event starts.
    const alarm = lines.slice(lines.indexOf("BEGIN:VALARM"), lines.indexOf("END:VALARM") + 1);
    expect(alarm).toEqual(["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=START:-PT15H", expect.stringMatching(/^DESCRIPTION:/), "END:VALARM"]);
    expect(reminder).toBe("I morgen starter PL 12 Planlæg kommunens ØiR implementering");
    expect(lines.indexOf("BEGIN:VALARM")).toBeGreaterThan(lines.indexOf("BEGIN:VEVENT"));
    expect(lines.indexOf("END:VALARM")).toBeLessThan(lines.indexOf("END:VEVENT"));
  });

  it("sets no reminder for a fuldført task, and names KOMBIT's dates when the municipality moved the task", () => {
    const row = pl12Row("");
    const done: ExportRow = { ...row, task: { ...row.task, status: "completed", hasLocalDates: true } };
    const lines = unfold(tasksToIcs([done], "KY - Bølge 5", new Date(Date.UTC(2026, 10, 27, 21, 0, 0))));
    expect(lines).not.toContain("BEGIN:VALARM");
    expect(unescapeText(property(lines, "DESCRIPTION")[0]).split("\n")).toEqual([
      "Status: Fuldført. Ansvarlig: Anne Kirstine Holm. Udfører: Anne Kirstine Holm.",
      "KOMBITs datoer: 12.02.2027 til 16.04.2027"
    ]);
    expect(property(lines, "URL")).toEqual([]);
  });

  it("escapes and folds as RFC 5545 says", () => {
    expect(icsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(icsText("a\r\nb\rc")).toBe("a\\nb\\nc");
    const long = `SUMMARY:${"æ".repeat(60)}`;
    const folded = foldLine(long).split("\r\n");
    expect(folded.length).toBe(2);
    expect(folded[1].startsWith(" ")).toBe(true);
    expect(folded.join("").replace(/ /g, "")).toBe(long);
  });
});
