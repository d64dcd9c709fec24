/** "Opdatér fra KOMBIT" and "Opret lokal tidsplan" over the repository interfaces. */
export * from "./syncPlan";
export { createLocalPlan } from "./createLocalPlan";
export type { CreateLocalPlanResult, EnsureListsReport } from "./createLocalPlan";
