declare interface IOirCommonStrings {
  AppName: string;
  Loading: string;
  Retry: string;
  StatusNotStarted: string;
  StatusStarted: string;
  StatusCompleted: string;
  WeekLabel: string;
  ErrorTitle: string;
  ErrorConflict: string;
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  ErrorOffline: string;
  ErrorListNotFound: string;
  ErrorSchemaMissing: string;
  ErrorMissingList: string;
  ErrorMissingColumn: string;
  ErrorNotFound: string;
  ErrorPendingWrite: string;
  ErrorUnexpected: string;
  ErrorServerText: string;
  GoToToday: string;
  PrevMonth: string;
  NextMonth: string;
  PrevYear: string;
  NextYear: string;
  CloseDatePicker: string;
  WeekNumber: string;
}

declare module "OirCommonStrings" {
  const strings: IOirCommonStrings;
  export = strings;
}
