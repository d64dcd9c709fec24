declare interface IResourceBookingWebPartStrings {
  PropertyPaneDescription: string;
}

declare module "ResourceBookingWebPartStrings" {
  const strings: IResourceBookingWebPartStrings;
  export = strings;
}
