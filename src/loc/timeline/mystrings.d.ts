declare interface IOirTimelineWebPartStrings {
  PropertyPaneDescription: string;
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
  Title: string;
  WaveLabel: string;
  GoLive: string;
  TaskCount: string;
  TaskTableLabel: string;
  ColumnCode: string;
  ColumnTitle: string;
  ColumnStart: string;
  ColumnEnd: string;
  ColumnStatus: string;
  ColumnResponsible: string;
  KindWebinar: string;
  KindMilestone: string;
  CriticalMarker: string;
  LocalDateHint: string;
  EmptyNoWaves: string;
  EmptyNoRows: string;
  EmptyNoRowsHint: string;
  NoIntegration: string;
}

declare module "OirTimelineWebPartStrings" {
  const strings: IOirTimelineWebPartStrings;
  export = strings;
}
