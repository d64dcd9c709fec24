/**
 * "Opdatér fra KOMBIT" and "Opret lokal tidsplan" load on demand, in one chunk of their own (see
 * ../common/lazyComponent): only an editor ever opens them, and with the sync engine they are
 * several KiB of the SharePoint Server 2019 bundle, which has a size budget per web part.
 */
import type { CreateLocalPlanProps, SyncDialogProps } from "../sync";
import { lazyComponent } from "../common/lazyComponent";

const importSync = (): Promise<typeof import("../sync")> => import(/* webpackChunkName: "oir-sync" */ "../sync");

const syncDialog = lazyComponent<SyncDialogProps>(() => importSync().then((m) => m.SyncDialog));
const createLocalPlan = lazyComponent<CreateLocalPlanProps>(() => importSync().then((m) => m.CreateLocalPlan));

export const LazySyncDialog = syncDialog.Lazy;
export const LazyCreateLocalPlan = createLocalPlan.Lazy;
/** Loads the chunk ahead of use (after the first paint, for editors), so the dialog opens at once. */
export const loadSync = (): Promise<unknown> => Promise.all([syncDialog.load(), createLocalPlan.load()]);
