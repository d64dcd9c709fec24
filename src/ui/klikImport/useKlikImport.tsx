/**
 * "Importér KLIK-opgaver" for a view (the timeline web part): whether the current user may
 * import, opening the side panel, and the panel itself. The command is offered only to a user
 * who may edit KOMBIT's Planer (the writer's canEdit: EditListItems on that list), the same
 * check the import panel makes before it lets anyone write.
 */
import * as React from "react";
import type { MasterPlanRepository, MasterPlanWriter } from "../../data/repositories";
import { LazyKlikImportDrawer, loadKlikImportDrawer } from "./LazyKlikImportDrawer";

export interface KlikImport {
  /** Opens the import; undefined when the user may not import (or there is no writer): no command. */
  open: (() => void) | undefined;
  /** The side panel while it is open, else null. */
  drawer: JSX.Element | null;
}

export function useKlikImport(master: MasterPlanRepository, writer: MasterPlanWriter | undefined, onImported: () => void): KlikImport {
  const [mayImport, setMayImport] = React.useState(false);
  const [isOpen, setOpen] = React.useState(false);

  React.useEffect(() => {
    setMayImport(false);
    if (!writer) return undefined;
    let live = true;
    writer.canEdit().then(
      (value) => {
        if (!live) return;
        setMayImport(value);
        // Fetch the panel's chunk now, so it opens at once. A failed load is not lost: the
        // lazy panel loads again when opened and shows the error then.
        if (value) loadKlikImportDrawer().catch(() => undefined);
      },
      // Rights unknown (KOMBIT's Planer unreachable): no command. The plan's own load reads the
      // same list and shows that error; an import could only end in per-task refusals.
      () => live && setMayImport(false)
    );
    return () => {
      live = false;
    };
  }, [writer]);

  const open = React.useCallback(() => setOpen(true), []);
  const drawer =
    isOpen && writer ? <LazyKlikImportDrawer master={master} writer={writer} onImported={onImported} onDismiss={() => setOpen(false)} /> : null;
  return { open: mayImport ? open : undefined, drawer };
}
