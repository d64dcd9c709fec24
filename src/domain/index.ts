/** The public surface of the domain: pure TypeScript, imports only date-fns. */
export * from "./model";
export * from "./errors";
export * from "./isoDate";
export * from "./isoWeek";
export * from "./calendar";
export * from "./dateWindow";
export * from "./schedule";
export * from "./dependencies";
export * from "./criticalPath";
export * from "./demand";
export * from "./bookings";
export * from "./filters";
export * from "./readiness";
export * from "./sync";
export { parseKlikTask, parseKlikTasks, type KlikParseOptions } from "./klik/parseTask";
export { splitRoles, DEFAULT_KLIK_ROLES } from "./klik/roles";
export { klikDescriptionToHtml } from "./klik/description";
export { HEADER as KLIK_HEADER_LABELS, SECTION as KLIK_SECTION_LABELS } from "./klik/labels";
