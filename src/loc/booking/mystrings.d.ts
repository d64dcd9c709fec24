declare interface IResourceBookingWebPartStrings {
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
  WorkingGroupHeading: string;
  ColumnName: string;
  ColumnRoles: string;
  ColumnCapacity: string;
  BookingsHeading: string;
  ColumnWeek: string;
  ColumnTask: string;
  ColumnHours: string;
  HoursValue: string;
  WeekTotal: string;
  WeekStartsOn: string;
  EmptyWorkingGroup: string;
  EmptyBookings: string;
  UnknownTask: string;
}

declare module "ResourceBookingWebPartStrings" {
  const strings: IResourceBookingWebPartStrings;
  export = strings;
}
