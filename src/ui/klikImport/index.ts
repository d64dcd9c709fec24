/** KLIK import for KOMBIT's plan maintainers. */
export { KlikImportPanel } from "./KlikImportPanel";
export type { KlikImportPanelProps } from "./KlikImportPanel";
