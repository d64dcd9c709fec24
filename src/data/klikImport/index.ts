/** KLIK import: parse pasted exports one by one, write the good ones to KOMBIT's Planer. */
export { parseExports, splitExports } from "./parseExports";
export type { ParsedExport } from "./parseExports";
export { importKlikTasks, DuplicateInImportError, UnknownPredecessorError } from "./importTasks";
export type { ImportOutcome } from "./importTasks";
