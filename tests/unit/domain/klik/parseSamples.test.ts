import { parseKlikTask, parseKlikTasks, type KlikTask } from "../../../../src/domain";
import { sample } from "./samples";

const oa12: KlikTask = {
  id: 512,
  code: "OA 12",
  title: "Udpeg KY-systemansvarlig (B5)",
  project: "KY",
  phase: "Fase 2.1: Planlægning",
  theme: "Organisation og ansvar",
  priority: 1,
  isInfrastructure: false,
  effortDays: 2,
  endOffsetDays: -180,
  startOffsetDays: -28,
  waves: ["KY - Bølge 5"],
  kind: "task",
  integrations: [],
  recommendedRoles: ["KY-projektleder"],
  involvedRoles: ["Ydelseschef", "KY-projektleder", "leder af It-og digitalisering", "KOMBIT-programleder"],
  predecessors: [],
  declaredCritical: false,
  goal: "Målet er, at kommunen har udpeget en KY-systemansvarlig, som kan tage ejerskab for opsætning, drift og videreudvikling af KY i kommunen.",
  descriptionHtml:
    "<p>Den KY-systemansvarlige er kommunens faste kontaktperson over for KOMBIT og leverandøren i alle spørgsmål om opsætning af KY.</p> " +
    "<p>Rollen skal besættes tidligt, fordi flere af de efterfølgende KLIK-opgaver forudsætter, at den systemansvarlige deltager i webinarer og træffer beslutninger om <b>lokal opsætning</b>.</p> " +
    "<ul><li>Rollen kræver indsigt i både ydelsesområdet og i kommunens it-understøttelse</li>" +
    "<li>Den systemansvarlige bør have mandat til at prioritere egen tid i implementeringsperioden</li>" +
    "<li>Rollen kan med fordel deles mellem to personer, så der er en stedfortræder</li></ul>" +
    "<p>Bemærk at den systemansvarlige også skal kende til ØiR-integrationerne Finans og Debitor.</p>",
  methodSteps: [
    "Sæt ansvarlig og udfører på opgaven og opdater opgavens udførelsesstatus til \"påbegyndt\"",
    "Afklar hvilke kompetencer rollen kræver i jeres kommune",
    "Udpeg KY-systemansvarlig og en stedfortræder\n- Sikr at ledelsen har godkendt udpegningen\n- Sikr at den udpegede har allokeret tid\n- Registrér den systemansvarlige i kommunens rolleoversigt",
    "Opdater KLIK-opgavens udførelsesstatus til fuldført"
  ],
  result: "Opgaven er fuldført, når kommunen har udpeget en KY-systemansvarlig og en stedfortræder.",
  publicationStatus: "Publiceret",
  comments: [
    {
      author: "Mette Lund",
      date: "2020-09-28",
      time: "10:41",
      text: "#besked\nKære KY-kommuner i Bølge 5\nOpgaven er nu publiceret. Spørgsmål kan sendes til jeres KOMBIT-programleder.\nVenlig hilsen\nMette"
    }
  ]
};

const in31: KlikTask = {
  id: 547,
  code: "IN 31",
  title: "Etabler ØiR-integrationer i den fælleskommunale infrastruktur (B4, B5)",
  project: "KY",
  phase: "Fase 2.2: Klargøring",
  theme: "Infrastruktur og integrationer",
  priority: 1,
  isInfrastructure: true,
  effortDays: 10,
  endOffsetDays: -98,
  startOffsetDays: -42,
  waves: ["KY - Bølge 4", "KY - Bølge 5"],
  kind: "task",
  integrations: [],
  recommendedRoles: ["Infrastrukturansvarlig", "ØiR finans administrator"],
  involvedRoles: [
    "Infrastrukturansvarlig",
    "ØiR finans administrator",
    "ØiR debitor administrator",
    "systemansvarlige på bogførings- og opkrævningssystemet",
    "klassifikations-/sortiments administrator",
    "KY-projektleder"
  ],
  predecessors: [],
  declaredCritical: false,
  goal: "Målet er, at kommunens ØiR-integrationer Finans, Debitor, Faktura og NemKonto er oprettet og testet i den fælleskommunale infrastruktur, så KY kan bogføre og udbetale fra Go-Live.",
  descriptionHtml:
    "<p>Integrationerne oprettes af kommunens infrastrukturansvarlige i samarbejde med ERP-leverandøren.</p> " +
    "<p>Opgaven ligger på <i>kritisk vej</i>: leverandøren af KY kan først teste bogføring, når integrationerne er aktive.</p> " +
    "<script>alert(1)</script> " +
    "<ul><li>Finans (SF1590A) og Debitor (SF1590B) skal oprettes først</li>" +
    "<li>Faktura (SF1590D) og NemKonto (SF1590E) kan oprettes parallelt</li>" +
    "<li>Klassifikation og Sortiment skal være opdateret inden test</li></ul>",
  methodSteps: [
    "Sæt ansvarlig og udfører på opgaven og opdater opgavens udførelsesstatus til \"påbegyndt\"",
    "Opret serviceaftaler for de fire ØiR-integrationer",
    "Test forbindelsen for hver integration sammen med ERP-leverandøren",
    "Opdater KLIK-opgavens udførelsesstatus til fuldført"
  ],
  result: "Opgaven er fuldført, når alle fire ØiR-integrationer er oprettet og testet.",
  publicationStatus: "Publiceret",
  comments: []
};

describe("parseKlikTask on KLIK's sample exports", () => {
  it("reads OA 12 field for field", () => {
    expect(parseKlikTask(sample("OA12"))).toEqual(oa12);
  });

  it("reads IN 31 field for field (untrusted HTML kept as is for the UI to sanitize)", () => {
    expect(parseKlikTask(sample("IN31"))).toEqual(in31);
  });

  it("reads Windows line endings and a byte-order mark the same", () => {
    expect(parseKlikTask("\uFEFF" + sample("OA12").replace(/\n/g, "\r\n"))).toEqual(oa12);
  });
});

describe("parseKlikTasks", () => {
  it("reads several exports pasted together, in order", () => {
    expect(parseKlikTasks(sample("IN31") + "\n" + sample("OA12") + "\n" + sample("IN31"))).toEqual([in31, oa12, in31]);
  });

  it("reads a single export too", () => {
    expect(parseKlikTasks(sample("OA12"))).toEqual([oa12]);
  });

  it("does not steal the last comment line of a task as the next task's title", () => {
    const withoutTitleLine = sample("IN31").replace(/^\n\nIN 31 Etabler[^\n]*\n/, "\n");
    const tasks = parseKlikTasks(sample("OA12") + withoutTitleLine);
    expect(tasks.map((t) => t.id)).toEqual([512, 547]);
    expect(tasks[0].comments[0].text.endsWith("Mette")).toBe(true);
  });
});

describe("optional header fields of the wave plan", () => {
  const withHeader = (lines: string): string => sample("OA12").replace("Bølger\tKY - Bølge 5\n", `Bølger\tKY - Bølge 5\n${lines}\n`);

  it("reads kind, integrations, predecessors and declared critical path", () => {
    const t = parseKlikTask(withHeader("Type\tWebinar\nØiR-integrationer\tFinans og Debitor, NemKonto\nForudgående opgaver\t519; 547\nKritisk vej\tJa"));
    expect(t.kind).toBe("webinar");
    expect(t.integrations).toEqual(["Finans", "Debitor", "NemKonto"]);
    expect(t.predecessors).toEqual([519, 547]);
    expect(t.declaredCritical).toBe(true);
    expect(parseKlikTask(withHeader("Type\tMilepæl")).kind).toBe("milestone");
    expect(parseKlikTask(withHeader("Opgavetype\tOpgave")).kind).toBe("task");
  });

  it("infers a webinar from its title and keeps a title without a code whole", () => {
    const text = sample("OA12").replace("Opgavetitel\tOA 12 Udpeg KY-systemansvarlig (B5)", "Opgavetitel\tWebinar: Introduktion og planlægning af ØiR implementering");
    const t = parseKlikTask(text);
    expect(t.kind).toBe("webinar");
    expect(t.code).toBe("");
    expect(t.title).toBe("Webinar: Introduktion og planlægning af ØiR implementering");
  });

  it("joins a header value wrapped onto the next line, reads decimal comma efforts and ignores unknown labels", () => {
    const text = sample("OA12")
      .replace("Bølger\tKY - Bølge 5", "Bølger\tKY - Bølge 4\nKY - Bølge 5\nSenest ændret\t01/02/2021")
      .replace("Mål\tMålet er, at kommunen", "Mål\tMålet er,\n   at kommunen")
      .replace("Opgave varighed (antal dage)\t2", "Opgave varighed (antal dage)\t2,5")
      .replace("Slutdato (fra Go-Live)\t-180", "Slutdato (fra Go-Live)\t\u2212180");
    const t = parseKlikTask(text);
    expect(t.waves).toEqual(["KY - Bølge 4", "KY - Bølge 5"]);
    expect(t.effortDays).toBe(2.5);
    expect(t.endOffsetDays).toBe(-180);
    expect(t.goal).toBe(oa12.goal);
  });

  it("reads several comments, with and without time", () => {
    const text = sample("IN31").replace(/Kommentarer\n?$/, "Kommentarer **Ole** 1/2/2021\n\nFørste\n\n**Kim Hansen** 03/02/2021 9:05\nAnden\nlinje\n");
    expect(parseKlikTask(text).comments).toEqual([
      { author: "Ole", date: "2021-02-01", text: "Første" },
      { author: "Kim Hansen", date: "2021-02-03", time: "09:05", text: "Anden\nlinje" }
    ]);
  });
});
