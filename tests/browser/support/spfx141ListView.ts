/**
 * Our list view extensions on the SPFx 1.4.1 workbench page, hosted the way 1.4.1's list view
 * host does it (sp-extension-base's ExtensionManager): each component is loaded through the page's
 * own SPFx 1.4.1 loader (window._spComponentLoader, the SPComponentLoader sp-loader sets up), which
 * fetches the package's bundle and resolves its dependencies (sp-listview-extensibility,
 * sp-dialog, sp-page-context 1.4.1, the loc modules); it is given a real 1.4.1 context
 * (ListViewCommandSetContext / FieldCustomizerContext over a PageContext for the Planer list) and
 * started with BaseExtension._init, then driven with the events the list view sends
 * (onListViewUpdated, onExecute, onRenderCell).
 *
 * What this cannot show (only a farm's modern list view page can): the command bar that draws the
 * commands, the list view's own selection and RowAccessor, the field customizer's registration on
 * the column (ClientSideComponentId) and the list view that calls it for each cell.
 */
import type { Page } from "@playwright/test";

/** SPFx 1.4.1 libraries the host code uses (ids from their manifests). */
const SPFX_141 = {
  coreLibrary: "7263c7d0-1d6a-45ec-8d85-d4d1d234171b",
  pageContext: "1c4541f7-5c31-41aa-9fa8-fbc9dc14c0a8",
  listViewExtensibility: "d37b65ee-c7d8-4570-bc74-2b294ff3b380"
};

/** Our components (src/extensions/*\/*.manifest.json). */
export const EXTENSION_IDS = {
  commandSet: "5978468f-b837-4fb4-bc66-6db4c484b679",
  fieldCustomizer: "ee691db6-68d2-416b-81c5-9b4476ce921f"
};

/** A row as the list view hands it to the command set: field values by internal name. */
export type ListRow = Record<string, string | number>;

export interface CommandState {
  title: string;
  visible: boolean;
}

export interface HostedExtensions {
  /** The command set's class extends 1.4.1's BaseListViewCommandSet (the instance the loader gave). */
  commandSetExtendsBase: boolean;
  /** The field customizer's class extends 1.4.1's BaseFieldCustomizer. */
  fieldCustomizerExtendsBase: boolean;
}

/**
 * Loads both extensions through 1.4.1's loader and starts them for a list view of `list` on the
 * page's site. pageContextInfo: the page's _spPageContextInfo (the harness's spPageContextInfo()).
 */
export async function hostListViewExtensions(
  page: Page,
  pageContextInfo: Record<string, unknown>,
  list: { title: string; id: string; url: string }
): Promise<HostedExtensions> {
  return page.evaluate(
    async ({ info, list, libs, ids }) => {
      interface Loader {
        loadComponentById(id: string): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
      }
      const w = window as unknown as { _spComponentLoader?: Loader; preloadedData: { manifests: { id: string }[] }; __oirListView?: unknown };
      const loader = w._spComponentLoader;
      if (!loader) throw new Error("window._spComponentLoader is missing: the SPFx 1.4.1 loader did not start");
      const [core, pageContextLib, lve] = await Promise.all([
        loader.loadComponentById(libs.coreLibrary),
        loader.loadComponentById(libs.pageContext),
        loader.loadComponentById(libs.listViewExtensibility)
      ]);
      const listInfo = { ...info, listTitle: list.title, listId: list.id, listUrl: list.url };
      const scope = core.ServiceScope.startNewRoot();
      const pageContext = new pageContextLib.PageContext(scope);
      pageContext.initialize(pageContextLib.SharePointPageContextDataProvider._createPageContextData(listInfo), listInfo);
      scope.provide(pageContextLib.PageContext.serviceKey, pageContext);
      scope.finish();
      const manifestOf = (id: string): { id: string } => {
        const manifest = w.preloadedData.manifests.find((m) => m.id === id);
        if (!manifest) throw new Error(`No manifest for ${id} on the page`);
        return manifest;
      };

      const commandSetModule = await loader.loadComponentById(ids.commandSet);
      const commandContext = new lve.ListViewCommandSetContext(
        { manifest: manifestOf(ids.commandSet), parentServiceScope: scope, loggingTag: "PlanerCommandSet", instanceId: "oir-command-set" },
        { listView: undefined }
      );
      const commandSet = new commandSetModule.default();
      await commandSet._init(commandContext, "");

      const fieldModule = await loader.loadComponentById(ids.fieldCustomizer);
      const fieldContext = new lve.FieldCustomizerContext(
        { manifest: manifestOf(ids.fieldCustomizer), parentServiceScope: scope, loggingTag: "StatusFieldCustomizer", instanceId: "oir-status-field" },
        { field: undefined, listView: undefined }
      );
      const fieldCustomizer = new fieldModule.default();
      await fieldCustomizer._init(fieldContext, "");

      w.__oirListView = { commandSet, commandContext, fieldCustomizer };
      return {
        commandSetExtendsBase: commandSetModule.default.prototype instanceof lve.BaseListViewCommandSet,
        fieldCustomizerExtendsBase: fieldModule.default.prototype instanceof lve.BaseFieldCustomizer
      };
    },
    { info: pageContextInfo, list, libs: SPFX_141, ids: EXTENSION_IDS }
  );
}

/** The commands as the command bar would draw them: title and visibility by id. */
export async function commandStates(page: Page): Promise<Record<string, CommandState>> {
  return page.evaluate(() => {
    const hosted = (window as unknown as { __oirListView: { commandContext: { _commands: { id: string; title: string; visible: boolean }[] } } }).__oirListView;
    return Object.fromEntries(hosted.commandContext._commands.map((c) => [c.id, { title: c.title, visible: c.visible }]));
  });
}

/** The list view's selection changed (1.4.1: onListViewUpdated with the selected rows). */
export async function selectRows(page: Page, rows: ListRow[]): Promise<void> {
  await page.evaluate((values) => {
    const hosted = (window as unknown as { __oirListView: { commandSet: { onListViewUpdated(e: unknown): void } } }).__oirListView;
    const selectedRows = values.map((v) => ({ getValueByName: (name: string) => v[name] }));
    hosted.commandSet.onListViewUpdated({ selectedRows });
  }, rows);
}

/** A command clicked in the command bar with these rows selected. */
export async function executeCommand(page: Page, itemId: string, rows: ListRow[]): Promise<void> {
  await page.evaluate(
    ({ id, values }) => {
      const hosted = (window as unknown as { __oirListView: { commandSet: { onExecute(e: unknown): void } } }).__oirListView;
      const selectedRows = values.map((v) => ({ getValueByName: (name: string) => v[name] }));
      hosted.commandSet.onExecute({ itemId: id, selectedRows });
    },
    { id: itemId, values: rows }
  );
}

/** The list view draws a status cell: onRenderCell on a cell element inside a labelled region. */
export async function renderStatusCell(page: Page, fieldValue: string, regionName: string): Promise<void> {
  await page.evaluate(
    ({ value, name }) => {
      const hosted = (window as unknown as { __oirListView: { fieldCustomizer: { onRenderCell(e: unknown): void } } }).__oirListView;
      const region = document.createElement("div");
      region.setAttribute("role", "region");
      region.setAttribute("aria-label", name);
      region.id = "oir-status-cell-region";
      const cell = document.createElement("div");
      region.appendChild(cell);
      document.body.appendChild(region);
      hosted.fieldCustomizer.onRenderCell({ fieldValue: value, domElement: cell, listItem: undefined, column: undefined });
    },
    { value: fieldValue, name: regionName }
  );
}
