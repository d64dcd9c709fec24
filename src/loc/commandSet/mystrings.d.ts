declare interface IPlanerCommandSetStrings {
  CommandMarkStarted: string;
  CommandMarkCompleted: string;
  CommandOpenInTimeline: string;
  CommandUpdateFromKombit: string;
  ResultAllSaved: string;
  ResultOneSaved: string;
  ResultNoneSaved: string;
  ResultSomeFailed: string;
  ResultOk: string;
  ResultReloadHint: string;
  FailureLine: string;
  FailureConflict: string;
  FailureAccessDenied: string;
  FailureThrottled: string;
  FailureMissingVersion: string;
  FailureOther: string;
  ErrorCommandFailed: string;
}

declare module "PlanerCommandSetStrings" {
  const strings: IPlanerCommandSetStrings;
  export = strings;
}
