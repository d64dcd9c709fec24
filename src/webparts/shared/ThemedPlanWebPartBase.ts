/**
 * The plan web parts on SharePoint Online: PlanWebPartBase plus the themes of where they are
 * hosted — the section's theme (SPFx theme variants, onThemeChanged) and Teams' theme
 * (context.sdks). Neither exists in SPFx 1.4.1, so the SharePoint Server package's web parts
 * extend PlanWebPartBase directly (src/sp2019/webparts).
 */
import type { PartialTheme } from "@fluentui/react";
import type { IReadonlyTheme } from "@microsoft/sp-component-base";
import { hostTheme, type TeamsThemeName } from "./hostTheme";
import { PlanWebPartBase } from "./PlanWebPartBase";

export abstract class ThemedPlanWebPartBase extends PlanWebPartBase {
  private sectionTheme: IReadonlyTheme | undefined;
  private teamsThemeName: TeamsThemeName | undefined;

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

  protected get theme(): PartialTheme | undefined {
    return hostTheme(this.teamsThemeName, this.sectionTheme as PartialTheme | undefined);
  }
}
