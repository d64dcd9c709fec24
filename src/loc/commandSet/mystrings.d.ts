declare interface IPlanerCommandSetStrings {
  CommandMarkStarted: string;
}

declare module "PlanerCommandSetStrings" {
  const strings: IPlanerCommandSetStrings;
  export = strings;
}
