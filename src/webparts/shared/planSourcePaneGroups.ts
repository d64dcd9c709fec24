/**
 * The property pane groups both web parts share: KOMBIT's plan (site and list titles) and the
 * municipality's plan (site, name, default wave), validated with Danish messages from loc.
 */
import { type IPropertyPaneGroup, PropertyPaneTextField } from "@microsoft/sp-property-pane";
import { checkSiteUrl, type SiteUrlProblem } from "./siteUrl";

/** The loc keys the groups need; both web parts' loc modules declare them. */
export interface PlanSourcePaneStrings {
  PaneKombitGroup: string;
  PaneMunicipalityGroup: string;
  PaneKombitSiteUrlLabel: string;
  PaneSiteUrlDescription: string;
  PanePlanListTitleLabel: string;
  PaneWaveListTitleLabel: string;
  PaneMunicipalitySiteUrlLabel: string;
  PaneMunicipalityNameLabel: string;
  PaneMunicipalityNameDescription: string;
  PaneDefaultWaveLabel: string;
  PaneDefaultWaveDescription: string;
  PaneErrorSiteUrlFormat: string;
  PaneErrorSiteUrlNotHttps: string;
  PaneErrorSiteUrlOtherTenant: string;
  PaneErrorListTitleEmpty: string;
}

function siteUrlMessage(problem: SiteUrlProblem | undefined, strings: PlanSourcePaneStrings, tenantOrigin: string): string {
  switch (problem) {
    case undefined:
      return "";
    case "format":
      return strings.PaneErrorSiteUrlFormat;
    case "notHttps":
      return strings.PaneErrorSiteUrlNotHttps;
    case "otherTenant":
      return strings.PaneErrorSiteUrlOtherTenant.replace("{0}", tenantOrigin);
  }
}

export function buildPlanSourceGroups(strings: PlanSourcePaneStrings, tenantOrigin: string): IPropertyPaneGroup[] {
  const validateSiteUrl = (value: string): string => siteUrlMessage(checkSiteUrl(value ?? "", tenantOrigin), strings, tenantOrigin);
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
        PropertyPaneTextField("defaultWave", {
          label: strings.PaneDefaultWaveLabel,
          description: strings.PaneDefaultWaveDescription,
          placeholder: "KY - Bølge 5"
        })
      ]
    }
  ];
}
