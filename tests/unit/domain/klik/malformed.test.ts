import { KlikParseError, parseKlikTask, parseKlikTasks, type KlikParseErrorKind } from "../../../../src/domain";
import { oa12UpTo, oa12WithLine, sample } from "./samples";

interface Case {
  name: string;
  text: () => string;
  kind: KlikParseErrorKind;
  field: string;
  line: number;
  value?: string;
}

// Line numbers refer to OA12-udpeg-ky-systemansvarlig.txt (6 = Master-opgave ID … 49 = Kommentarer).
const cases: Case[] = [
  { name: "an empty paste", text: () => "\n  \n", kind: "empty", field: "Master-opgave ID", line: 1 },
  { name: "a non-numeric task id", text: () => oa12WithLine(6, "Master-opgave ID\t5x2"), kind: "invalidValue", field: "Master-opgave ID", line: 6, value: "5x2" },
  { name: "a zero task id", text: () => oa12WithLine(6, "Master-opgave ID\t0"), kind: "invalidValue", field: "Master-opgave ID", line: 6, value: "0" },
  { name: "no task title", text: () => oa12WithLine(7), kind: "missingField", field: "Opgavetitel", line: 17 },
  { name: "an empty project", text: () => oa12WithLine(8, "Projekt\t"), kind: "missingField", field: "Projekt", line: 8 },
  { name: "a priority that is not 1-3", text: () => oa12WithLine(11, "Prioritet\tPrioritet 7"), kind: "invalidValue", field: "Prioritet", line: 11, value: "Prioritet 7" },
  { name: "neither Ja nor Nej for STS/infrastructure", text: () => oa12WithLine(12, "Er det en STS/Infrastruktur opgave?\tMåske"), kind: "invalidValue", field: "Er det en STS/Infrastruktur opgave?", line: 12, value: "Måske" },
  { name: "an effort in words", text: () => oa12WithLine(13, "Opgave varighed (antal dage)\tto"), kind: "invalidValue", field: "Opgave varighed (antal dage)", line: 13, value: "to" },
  { name: "an end offset with a unit", text: () => oa12WithLine(14, "Slutdato (fra Go-Live)\t-180 dage"), kind: "invalidValue", field: "Slutdato (fra Go-Live)", line: 14, value: "-180 dage" },
  { name: "a start offset after the end", text: () => oa12WithLine(15, "Startdato (fra Slutdato)\t28"), kind: "invalidValue", field: "Startdato (fra Slutdato)", line: 15, value: "28" },
  { name: "no waves", text: () => oa12WithLine(16, "Bølger\t ; "), kind: "missingField", field: "Bølger", line: 16 },
  { name: "a field given twice", text: () => oa12WithLine(10, "Projekt\tKY igen"), kind: "duplicateField", field: "Projekt", line: 10, value: "KY igen" },
  { name: "a header cut off before Beskrivelse", text: () => oa12UpTo(16), kind: "missingField", field: "Beskrivelse", line: 16 },
  { name: "the method heading right after the header", text: () => oa12WithLine(18, "Metode og fremgangsmåde"), kind: "missingField", field: "Beskrivelse", line: 18 },
  { name: "an empty description", text: () => oa12WithLine(18, "Beskrivelse\t").replace(/\nit-understøttelse[\s\S]*?(?=\nMetode)/, "\n"), kind: "missingField", field: "Beskrivelse", line: 18 },
  { name: "a description cut off before the method", text: () => oa12UpTo(25), kind: "missingSection", field: "Metode og fremgangsmåde", line: 25 },
  { name: "a method without steps", text: () => sample("OA12").replace(/1\. Sæt[\s\S]*?(?=\nResultat)/, ""), kind: "missingField", field: "Metode og fremgangsmåde", line: 27 },
  { name: "an export cut off in the method", text: () => oa12UpTo(33), kind: "missingSection", field: "Resultat", line: 33 },
  { name: "an empty result", text: () => oa12WithLine(39, "Resultat"), kind: "missingField", field: "Resultat", line: 39 },
  { name: "no recommended performer", text: () => oa12WithLine(41, "Anbefalet udfører "), kind: "missingField", field: "Anbefalet udfører", line: 41 },
  { name: "sections out of order", text: () => oa12WithLine(41, "Resultat flyttet").replace(/^Resultat Opgaven/m, "Anbefalet udfører KY-projektleder\n\nResultat Opgaven") .replace("Resultat flyttet", ""), kind: "sectionOutOfOrder", field: "Anbefalet udfører", line: 39 },
  { name: "an export cut off before publishing", text: () => oa12UpTo(44), kind: "missingSection", field: ". PUBLICERING", line: 44 },
  { name: "no publication status", text: () => oa12WithLine(47, "Publiceringsstatus"), kind: "missingField", field: "Publiceringsstatus", line: 47 },
  { name: "an export cut off before the comments", text: () => oa12UpTo(48), kind: "missingSection", field: "Kommentarer", line: 48 },
  { name: "a comment dated 31 February", text: () => oa12WithLine(49, "Kommentarer **Mette Lund** 31/02/2020 10:41"), kind: "invalidValue", field: "Kommentarer", line: 49 },
  { name: "comment text without author and date", text: () => oa12WithLine(49, "Kommentarer Mette skrev noget"), kind: "invalidValue", field: "Kommentarer", line: 49 },
  { name: "an unknown task type", text: () => oa12WithLine(16, "Bølger\tKY - Bølge 5\nType\tMøde"), kind: "invalidValue", field: "Type", line: 17, value: "Møde" },
  { name: "an integration KY does not have", text: () => oa12WithLine(16, "Bølger\tKY - Bølge 5\nØiR-integrationer\tFinans, Løn"), kind: "invalidValue", field: "ØiR-integrationer", line: 17, value: "Løn" },
  { name: "a predecessor that is no id", text: () => oa12WithLine(16, "Bølger\tKY - Bølge 5\nForudgående opgaver\t519, PL 12"), kind: "invalidValue", field: "Forudgående opgaver", line: 17, value: "PL 12" },
  { name: "a negative predecessor id", text: () => oa12WithLine(16, "Bølger\tKY - Bølge 5\nForudgående opgaver\t-4"), kind: "invalidValue", field: "Forudgående opgaver", line: 17, value: "-4" },
  { name: "a critical-path flag that is not Ja/Nej", text: () => oa12WithLine(16, "Bølger\tKY - Bølge 5\nKritisk vej\tmåske"), kind: "invalidValue", field: "Kritisk vej", line: 17, value: "måske" },
  { name: "two tasks given to parseKlikTask", text: () => sample("OA12") + sample("IN31"), kind: "multipleTasks", field: "Master-opgave ID", line: 64 }
];

describe("malformed KLIK exports: each gives its own KlikParseError naming field and line", () => {
  it.each(cases)("$name", ({ text, kind, field, line, value }) => {
    let error: unknown;
    try {
      parseKlikTask(text());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KlikParseError);
    const e = error as KlikParseError;
    expect({ kind: e.kind, field: e.field, line: e.line }).toEqual({ kind, field, line });
    if (value !== undefined) expect(e.value).toBe(value);
    expect(e.message).toContain(`line ${line}`);
    expect(e.message).toContain(field);
  });
});

describe("malformed input to parseKlikTasks", () => {
  it("names the line in the whole paste for a bad second task", () => {
    const bad = sample("IN31").replace("Prioritet\tPrioritet 1", "Prioritet\tHøj");
    expect(() => parseKlikTasks(sample("OA12") + bad)).toThrow(expect.objectContaining({ kind: "invalidValue", field: "Prioritet", line: 69, value: "Høj" }));
  });

  it("refuses a second task that lacks its Master-opgave ID instead of swallowing it", () => {
    const noId = sample("IN31").replace(/Master-opgave ID\t547\n/, "");
    expect(() => parseKlikTasks(sample("OA12") + noId)).toThrow(expect.objectContaining({ kind: "missingField", field: "Master-opgave ID", line: 64 }));
  });

  it("refuses stray text before the first task", () => {
    expect(() => parseKlikTasks("Hej\n" + sample("OA12"))).toThrow(expect.objectContaining({ kind: "missingField", field: "Master-opgave ID", line: 1 }));
  });

  it("refuses text with no task at all", () => {
    expect(() => parseKlikTasks("")).toThrow(expect.objectContaining({ kind: "empty" }));
    expect(() => parseKlikTasks("Opgavetitel\tX")).toThrow(KlikParseError);
  });
});
