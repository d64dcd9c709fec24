/**
 * What both plan web parts share: resolve the properties, build the PnPjs repositories (again
 * only when the plan source changes), render a React root from src/ui, unmount on dispose.
 * Subclasses name their UI root and property pane; they hold no logic of their own.
 */
import * as React from "react";
import * as ReactDom from "react-dom";
import { type PartialTheme, ThemeProvider } from "@fluentui/react";
import type { IReadonlyTheme } from "@microsoft/sp-component-base";
import { Version } from "@microsoft/sp-core-library";
import { BaseClientSideWebPart } from "@microsoft/sp-webpart-base";
import type { PnpPlanRepositories } from "../../data/pnp";
import type { PlanRepositories } from "../../data/repositories";
import type { EnsureListsReport } from "../../data/sync";
import { createEnsureLocalLists, createPlanRepositories } from "./createPlanRepositories";
import { hostTheme, type TeamsThemeName } from "./hostTheme";
import { storedSiteUrlMessage } from "./planSourcePaneGroups";
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
}

export abstract class PlanWebPartBase extends BaseClientSideWebPart<IPlanSourceWebPartProps> {
  private repositories: PnpPlanRepositories | undefined;
  private ensureLists: (() => Promise<EnsureListsReport>) | undefined;
  private repositoriesKey = "";
  private sectionTheme: IReadonlyTheme | undefined;
  private teamsThemeName: TeamsThemeName | undefined;
  /** Waves for the property pane's dropdown, read when the pane opens. */
  protected waveChoices: WaveChoices = { state: "loading" };

  protected abstract get rootComponent(): React.ComponentType<PlanRootProps>;

  /** Whether the root offers "Opret lokal tidsplan" and so gets ensureLocalLists. */
  protected get offersLocalListCreation(): boolean {
    return false;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    try {
      const context = await teams.teamsJs.app.getContext();
      this.teamsThemeName = context.app.theme;
      teams.teamsJs.app.registerOnThemeChangeHandler((name: string) => {
        this.teamsThemeName = name;
        this.render();
      });
    } catch (error) {
      // The theme is cosmetic: without Teams' context the web part keeps SharePoint's theme.
      console.warn("ØiR-planlægger: could not read the Teams theme; using the SharePoint theme.", error);
    }
  }

  /** SPFx theme variants: the theme of the section the web part sits in (base calls render). */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.sectionTheme = theme;
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
      ensureLocalLists: this.ensureLists
    };
    this.clearError();
    const theme = hostTheme(this.teamsThemeName, this.sectionTheme as PartialTheme | undefined);
    const root = React.createElement(this.rootComponent, props);
    ReactDom.render(React.createElement(ThemeProvider, { theme, applyTo: "element" }, root), this.domElement);
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

  protected get tenantOrigin(): string {
    return tenantOriginOf(this.context.pageContext.web.absoluteUrl);
  }

  protected onDispose(): void {
    this.unmountRoot();
    this.repositories?.stopAutoRetry();
  }

  private unmountRoot(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse("1.0");
  }

  /** Site addresses are typed: apply them with the pane's button, not on every keystroke. */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  private repositoriesFor(source: ResolvedPlanSource): PlanRepositories {
    const key = [source.kombitSiteUrl, source.municipalitySiteUrl, source.planListTitle, source.waveListTitle].join("\n");
    if (!this.repositories || key !== this.repositoriesKey) {
      this.repositories?.stopAutoRetry();
      this.repositories = createPlanRepositories(this.context, source, this.manifest.version);
      this.ensureLists = this.offersLocalListCreation ? createEnsureLocalLists(this.context, source, this.manifest.version) : undefined;
      this.repositoriesKey = key;
    }
    return this.repositories;
  }
}
