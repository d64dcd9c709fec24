/** KLIK's labels: header fields and the sections of the task body, in export order. */

/** Header field labels (tab-separated `Label<TAB>value` lines). */
export const HEADER = {
  id: "Master-opgave ID",
  title: "Opgavetitel",
  project: "Projekt",
  phase: "Fase",
  theme: "Tema",
  priority: "Prioritet",
  infrastructure: "Er det en STS/Infrastruktur opgave?",
  effort: "Opgave varighed (antal dage)",
  endOffset: "Slutdato (fra Go-Live)",
  startOffset: "Startdato (fra Slutdato)",
  waves: "Bølger",
  goal: "Mål",
  description: "Beskrivelse"
} as const;

/** Optional header labels some exports carry (the wave plan's extra columns). */
export const OPTIONAL_HEADER = {
  kind: ["Type", "Opgavetype"],
  integrations: ["ØiR-integrationer", "ØiR integrationer", "Integrationer"],
  predecessors: ["Forudgående opgaver", "Forgængere", "Afhængigheder"],
  critical: ["Kritisk vej"]
} as const;

/** Header labels that must be present. */
export const REQUIRED_HEADER: readonly string[] = [
  HEADER.id, HEADER.title, HEADER.project, HEADER.phase, HEADER.theme, HEADER.priority, HEADER.infrastructure,
  HEADER.effort, HEADER.endOffset, HEADER.startOffset, HEADER.waves, HEADER.goal, HEADER.description
];

/** The body's section labels, in the order they must appear. */
export const SECTION = {
  method: "Metode og fremgangsmåde",
  result: "Resultat",
  recommended: "Anbefalet udfører",
  involved: "Involverede parter",
  publishing: ". PUBLICERING",
  publicationStatus: "Publiceringsstatus",
  comments: "Kommentarer"
} as const;

/** Sections after the method, in order. */
export const TAIL_SECTIONS: readonly string[] = [
  SECTION.result, SECTION.recommended, SECTION.involved, SECTION.publishing, SECTION.publicationStatus, SECTION.comments
];
