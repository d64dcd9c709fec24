declare interface IOirTimelineWebPartStrings {
  PropertyPaneDescription: string;
}

declare module "OirTimelineWebPartStrings" {
  const strings: IOirTimelineWebPartStrings;
  export = strings;
}
