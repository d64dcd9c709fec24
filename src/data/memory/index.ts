/** In-memory repositories for component tests and the local demo. */
export { createMemoryRepositories } from "./memoryRepositories";
export type { MemoryOptions, MemoryRepositories } from "./memoryRepositories";
export { MemoryTable } from "./memoryTable";
export { createMemoryMasterPlanWriter } from "./memoryMasterPlanWriter";
