/**
 * Themes the web parts take from where they are hosted: the SharePoint section's theme (SPFx
 * theme variants), or Teams' theme when hosted in Teams (default, dark, contrast). Teams' light
 * theme leaves SharePoint's theme in place; dark and contrast get Fluent palettes of their own.
 */
import { createTheme, type PartialTheme, type Theme } from "@fluentui/react";

/** Teams theme names as teams-js reports them (app.theme). */
export type TeamsThemeName = "default" | "dark" | "contrast" | string;

const TEAMS_DARK: Theme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: "#7f85f5",
    themeLighterAlt: "#05050a",
    themeLighter: "#141527",
    themeLight: "#262849",
    themeTertiary: "#4c5093",
    themeSecondary: "#7075d8",
    themeDarkAlt: "#8c91f6",
    themeDark: "#9da1f7",
    themeDarker: "#b6b9f9",
    neutralLighterAlt: "#292929",
    neutralLighter: "#313131",
    neutralLight: "#3d3d3d",
    neutralQuaternaryAlt: "#454545",
    neutralQuaternary: "#4b4b4b",
    neutralTertiaryAlt: "#6a6a6a",
    neutralTertiary: "#c8c8c8",
    neutralSecondary: "#d0d0d0",
    neutralPrimaryAlt: "#dadada",
    neutralPrimary: "#ffffff",
    neutralDark: "#f4f4f4",
    black: "#f8f8f8",
    white: "#1f1f1f"
  }
});

const TEAMS_CONTRAST: Theme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: "#ffff01",
    themeLighterAlt: "#0a0a00",
    themeLighter: "#292900",
    themeLight: "#4d4d00",
    themeTertiary: "#999900",
    themeSecondary: "#e0e000",
    themeDarkAlt: "#ffff1a",
    themeDark: "#ffff3d",
    themeDarker: "#ffff70",
    neutralLighterAlt: "#0b0b0b",
    neutralLighter: "#151515",
    neutralLight: "#252525",
    neutralQuaternaryAlt: "#2f2f2f",
    neutralQuaternary: "#373737",
    neutralTertiaryAlt: "#595959",
    neutralTertiary: "#ffffff",
    neutralSecondary: "#ffffff",
    neutralPrimaryAlt: "#ffffff",
    neutralPrimary: "#ffffff",
    neutralDark: "#ffffff",
    black: "#ffffff",
    white: "#000000"
  }
});

/** The Fluent theme for a Teams theme name, or undefined to keep SharePoint's theme. */
function teamsTheme(name: TeamsThemeName | undefined): Theme | undefined {
  if (name === "dark") return TEAMS_DARK;
  if (name === "contrast") return TEAMS_CONTRAST;
  return undefined;
}

/** Teams' theme wins when it is not the light default; otherwise the section's SPFx theme. */
export function hostTheme(teamsThemeName: TeamsThemeName | undefined, sectionTheme: PartialTheme | undefined): PartialTheme | undefined {
  return teamsTheme(teamsThemeName) ?? sectionTheme;
}
