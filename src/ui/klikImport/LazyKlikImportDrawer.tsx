/**
 * The KLIK import side panel in its own chunk (see ../common/lazyComponent): the timeline web
 * part's first bundle stays without the KLIK parser. Preloaded once the user is known to be
 * allowed to import.
 */
import { lazyComponent } from "../common/lazyComponent";
import type { KlikImportDrawerProps } from "./KlikImportDrawer";

const drawer = lazyComponent<KlikImportDrawerProps>(() =>
  import(/* webpackChunkName: "oir-klik-import" */ "./KlikImportDrawer").then((m) => m.KlikImportDrawer)
);

export const LazyKlikImportDrawer = drawer.Lazy;
export const loadKlikImportDrawer = drawer.load;
