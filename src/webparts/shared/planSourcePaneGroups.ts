/**
 * The property pane groups both web parts share: KOMBIT's plan (site and list titles) and the
 * municipality's plan (site, name, default wave), validated with Danish messages from the
 * common loc module (the pane reads the same in both web parts).
 */
import {
  type IPropertyPaneField,
  type IPropertyPaneGroup,
  PropertyPaneDropdown,
  PropertyPaneTextField
} from "@microsoft/sp-property-pane";
import * as strings from "OirCommonStrings";
import { checkSiteUrl, type SiteUrlProblem } from "./siteUrl";
import { formatText } from "../../ui/common/format";
import type { WaveChoices } from "./waveChoices";

function siteUrlMessage(problem: SiteUrlProblem | undefined, tenantOrigin: string): string {
  switch (problem) {
    case undefined:
      return "";
    case "format":
      return strings.PaneErrorSiteUrlFormat;
    case "notHttps":
      return strings.PaneErrorSiteUrlNotHttps;
    case "otherTenant":
      return formatText(strings.PaneErrorSiteUrlOtherTenant, tenantOrigin);
  }
}

/** A dropdown of the waves when they are known; otherwise a text field that says why not. */
function defaultWaveField(waves: WaveChoices, current: string): IPropertyPaneField<unknown> {
  if (waves.state === "loaded") {
    const titles = current && !waves.titles.includes(current) ? [...waves.titles, current] : waves.titles;
    return PropertyPaneDropdown("defaultWave", {
      label: strings.PaneDefaultWaveLabel,
      options: [{ key: "", text: strings.PaneDefaultWaveNone }, ...titles.map((title) => ({ key: title, text: title }))]
    });
  }
  const description =
    waves.state === "loading"
      ? strings.PaneWavesLoading
      : formatText(strings.PaneWavesLoadFailed, waves.listTitle, waves.message);
  return PropertyPaneTextField("defaultWave", {
    label: strings.PaneDefaultWaveLabel,
    description: `${description} ${strings.PaneDefaultWaveDescription}`,
    placeholder: "KY - Bølge 5"
  });
}

/** In words, for the web part's error box: which stored address cannot be used. */
export function storedSiteUrlMessage(property: string, value: string): string {
  const label = property === "kombitSiteUrl" ? strings.PaneKombitSiteUrlLabel : property === "municipalitySiteUrl" ? strings.PaneMunicipalitySiteUrlLabel : property;
  return formatText(strings.PaneErrorStoredSiteUrl, label, value);
}

export function buildPlanSourceGroups(tenantOrigin: string, waves: WaveChoices, currentWave: string): IPropertyPaneGroup[] {
  const validateSiteUrl = (value: string): string => siteUrlMessage(checkSiteUrl(value ?? "", tenantOrigin), tenantOrigin);
  const validateListTitle = (value: string): string => ((value ?? "").trim() === "" ? strings.PaneErrorListTitleEmpty : "");

  return [
    {
      groupName: strings.PaneKombitGroup,
      groupFields: [
        PropertyPaneTextField("kombitSiteUrl", {
          label: strings.PaneKombitSiteUrlLabel,
          description: strings.PaneSiteUrlDescription,
          placeholder: "/sites/…",
          onGetErrorMessage: validateSiteUrl,
          deferredValidationTime: 500
        }),
        PropertyPaneTextField("planListTitle", {
          label: strings.PanePlanListTitleLabel,
          onGetErrorMessage: validateListTitle
        }),
        PropertyPaneTextField("waveListTitle", {
          label: strings.PaneWaveListTitleLabel,
          onGetErrorMessage: validateListTitle
        })
      ]
    },
    {
      groupName: strings.PaneMunicipalityGroup,
      groupFields: [
        PropertyPaneTextField("municipalitySiteUrl", {
          label: strings.PaneMunicipalitySiteUrlLabel,
          description: strings.PaneSiteUrlDescription,
          placeholder: "/sites/…",
          onGetErrorMessage: validateSiteUrl,
          deferredValidationTime: 500
        }),
        PropertyPaneTextField("municipalityName", {
          label: strings.PaneMunicipalityNameLabel,
          description: strings.PaneMunicipalityNameDescription
        }),
        defaultWaveField(waves, currentWave)
      ]
    }
  ];
}
