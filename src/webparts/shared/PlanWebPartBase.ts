/**
 * What both plan web parts share, on every SPFx runtime they ship for (SharePoint Online and
 * SharePoint Server 2019/SE's SPFx 1.4.1): resolve the properties, get the page's plan for the
 * source (PnPjs repositories and plan session shared with the other web parts of the page that
 * show the same plan: src/session/pagePlans.ts), render a React root from src/ui, unmount on dispose.
 * Only APIs SPFx 1.4.1 has are used here (property pane fields come through
 * "@microsoft/sp-property-pane", which the 1.4.1 build maps to sp-webpart-base: sp2019/README.md).
 * Hosting features of newer runtimes (Teams, section themes) live in ThemedPlanWebPartBase.
 * Subclasses name their spec (UI root, pane text); they hold no logic of their own.
 */
import * as React from "react";
import * as ReactDom from "react-dom";
import { createTheme, type PartialTheme, ThemeProvider } from "@fluentui/react";
import type { IPropertyPaneConfiguration } from "@microsoft/sp-property-pane";
import { BaseClientSideWebPart } from "@microsoft/sp-webpart-base";
import type { MasterPlanWriter, PlanRepositories } from "../../data/repositories";
import { acquirePagePlan } from "../../session/pagePlans";
import type { EnsureListsReport } from "../../data/sync";
import { registerIconFonts } from "../../ui/common/iconFonts";
import { createEnsureLocalLists, createMasterPlanWriter, createPlanRepositories } from "./createPlanRepositories";
import { buildPlanSourceGroups, storedSiteUrlMessage } from "./planSourcePaneGroups";
import { loadWaveChoices, type WaveChoices } from "./waveChoices";
import {
  InvalidPlanSourceError,
  type IPlanSourceWebPartProps,
  type ResolvedPlanSource,
  resolvePlanSource,
  tenantOriginOf
} from "./planSourceProperties";

/** The props every UI root of src/ui takes. */
export interface PlanRootProps {
  repositories: PlanRepositories;
  municipalityName: string;
  defaultWave?: string;
  locale: string;
  /** "Opret lokal tidsplan": creates the municipality's missing lists (only for roots that offer it). */
  ensureLocalLists?: () => Promise<EnsureListsReport>;
  /** KOMBIT's Planer for "Importér KLIK-opgaver" (only for roots that offer it; shown to who may edit it). */
  masterWriter?: MasterPlanWriter;
}

/** What makes one plan web part differ from the other: data, not code. */
export interface PlanWebPartSpec {
  /** The src/ui root the web part renders. */
  rootComponent: React.ComponentType<PlanRootProps>;
  /** Whether the root offers "Opret lokal tidsplan" and so gets ensureLocalLists. */
  offersLocalListCreation: boolean;
  /** Whether the root offers the KLIK import and so gets masterWriter. */
  offersKlikImport?: boolean;
  /** The property pane's header text. */
  paneDescription: string;
}

/**
 * A complete Fluent theme. Fluent v8's ThemeProvider given no theme takes the page's global theme,
 * which on SPFx 1.4.1 pages is an Office UI Fabric 5 theme without v8's effects: rendering then
 * fails ("reading 'roundedCorner2'"). So a runtime without theme variants gets this one.
 */
const COMPLETE_DEFAULT_THEME: PartialTheme = createTheme({});

export abstract class PlanWebPartBase extends BaseClientSideWebPart<IPlanSourceWebPartProps> {
  private repositories: PlanRepositories | undefined;
  /** Gives the page's plan back (the last web part to do so stops its timers). */
  private releasePlan: (() => void) | undefined;
  private ensureLists: (() => Promise<EnsureListsReport>) | undefined;
  private masterWriter: MasterPlanWriter | undefined;
  private repositoriesKey = "";
  /** Waves for the property pane's dropdown, read when the pane opens. */
  private waveChoices: WaveChoices = { state: "loading" };

  protected abstract get spec(): PlanWebPartSpec;

  /** The theme the root renders in; hosts with theme variants override it. */
  protected get theme(): PartialTheme | undefined {
    return COMPLETE_DEFAULT_THEME;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    // The icon fonts ship in the package beside the bundles: no CDN, so icons render on a farm
    // without internet (SharePoint Server) as on SharePoint Online.
    registerIconFonts(this.manifest.loaderConfig.internalModuleBaseUrls);
  }

  public render(): void {
    let source: ResolvedPlanSource;
    try {
      source = this.resolveSource();
    } catch (error) {
      // Only reachable with properties set outside the pane (it validates them): show SPFx's error box.
      this.unmountRoot();
      this.renderError(
        error instanceof InvalidPlanSourceError
          ? new Error(storedSiteUrlMessage(error.property, error.value))
          : error instanceof Error
            ? error
            : new Error(String(error))
      );
      return;
    }
    const props: PlanRootProps = {
      repositories: this.repositoriesFor(source),
      municipalityName: source.municipalityName,
      defaultWave: source.defaultWave,
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      ensureLocalLists: this.ensureLists,
      masterWriter: this.masterWriter
    };
    this.clearError();
    const root = React.createElement(this.spec.rootComponent, props);
    ReactDom.render(React.createElement(ThemeProvider, { theme: this.theme, applyTo: "element" }, root), this.domElement);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: this.spec.paneDescription },
          groups: buildPlanSourceGroups(this.tenantOrigin, this.waveChoices, this.properties.defaultWave ?? "")
        }
      ]
    };
  }

  /** Reads KOMBIT's waves for the pane's dropdown; a failure is shown in the pane, in words. */
  protected onPropertyPaneConfigurationStart(): void {
    let source: ResolvedPlanSource;
    try {
      source = this.resolveSource();
    } catch (error) {
      this.waveChoices = { state: "failed", listTitle: "", message: error instanceof Error ? error.message : String(error) };
      return;
    }
    this.waveChoices = { state: "loading" };
    const master = this.repositoriesFor(source).master;
    void loadWaveChoices(() => master.getWaves(), source.waveListTitle).then((choices) => {
      this.waveChoices = choices;
      this.context.propertyPane.refresh();
    });
  }

  /** New site or list settings applied: read the waves again. */
  protected onAfterPropertyPaneChangesApplied(): void {
    this.onPropertyPaneConfigurationStart();
  }

  private resolveSource(): ResolvedPlanSource {
    return resolvePlanSource(this.properties, {
      webAbsoluteUrl: this.context.pageContext.web.absoluteUrl,
      webTitle: this.context.pageContext.web.title
    });
  }

  private get tenantOrigin(): string {
    return tenantOriginOf(this.context.pageContext.web.absoluteUrl);
  }

  protected onDispose(): void {
    this.unmountRoot();
    this.releasePlan?.();
    this.releasePlan = undefined;
  }

  private unmountRoot(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  private repositoriesFor(source: ResolvedPlanSource): PlanRepositories {
    const key = [source.kombitSiteUrl, source.municipalitySiteUrl, source.planListTitle, source.waveListTitle].join("\n");
    if (!this.repositories || key !== this.repositoriesKey) {
      this.releasePlan?.();
      const version = this.manifest.version;
      const page = acquirePagePlan(`${version}\n${key.toLowerCase()}`, () => {
        // The page's plan session sends pending writes again (and adopts their new ETags).
        const created = createPlanRepositories(this.context, source, version, {}, "session");
        return { repositories: created, stop: created.stopAutoRetry };
      });
      this.repositories = page.repositories;
      this.releasePlan = page.release;
      this.ensureLists = this.spec.offersLocalListCreation ? createEnsureLocalLists(this.context, source, this.manifest.version) : undefined;
      this.masterWriter = this.spec.offersKlikImport === true ? createMasterPlanWriter(this.context, source, this.manifest.version) : undefined;
      this.repositoriesKey = key;
    }
    return this.repositories;
  }
}

/**
 * Site addresses are typed: apply them with the pane's button, not on every keystroke. SPFx reads
 * this accessor from the prototype; it is defined here rather than as a `get` in the class body
 * because SPFx 1.4.1's typings declare it a property and newer ones an accessor (TS2611 either way).
 * (The data version stays SPFx's default, 1.0.)
 */
Object.defineProperty(PlanWebPartBase.prototype, "disableReactivePropertyChanges", { get: () => true, configurable: true });
