/** "Opdatér fra KOMBIT" and "Opret lokal tidsplan" for the timeline and the demo. */
export { SyncDialog } from "./SyncDialog";
export type { SyncDialogProps } from "./SyncDialog";
export { CreateLocalPlan } from "./CreateLocalPlan";
export type { CreateLocalPlanProps } from "./CreateLocalPlan";
