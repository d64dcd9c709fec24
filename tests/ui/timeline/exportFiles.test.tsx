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

  it("escapes and folds as RFC 5545 says", () => {
    expect(icsText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = `SUMMARY:${"æ".repeat(60)}`;
    const folded = foldLine(long).split("\r\n");
    expect(folded.length).toBe(2);
    expect(folded[1].startsWith(" ")).toBe(true);
    expect(folded.join("").replace(/ /g, "")).toBe(long);
  });
});
