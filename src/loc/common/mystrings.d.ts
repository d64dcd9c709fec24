declare interface IOirCommonStrings {
  AppName: string;
}

declare module "OirCommonStrings" {
  const strings: IOirCommonStrings;
  export = strings;
}
