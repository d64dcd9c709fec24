define([], function () {
  return {
    AppName: "ØiR planner",
    Loading: "Loading the plan …",
    Retry: "Try again",
    StatusNotStarted: "Not started",
    StatusStarted: "Started",
    StatusCompleted: "Completed",
    WeekLabel: "week {0}",
    ErrorTitle: "The plan could not be loaded",
    ErrorConflict: "Someone else changed the task after you loaded it. Reload the plan and review the change before saving.",
    ErrorAccessDenied: "Access denied. Ask the site owner for access to the list.",
    ErrorThrottled: "SharePoint is busy right now (HTTP {0}). Wait a moment and try again.",
    ErrorOffline: "There is no connection to SharePoint. Check the network and try again.",
    ErrorListNotFound: "The list \"{0}\" does not exist on the site. A site owner can create it.",
    ErrorSchemaMissing: "Something ØiR planner uses is missing: {0}. A site owner can create it.",
    ErrorMissingList: "the list \"{0}\"",
    ErrorMissingColumn: "the column \"{0}\" ({1}) in the list \"{2}\"",
    ErrorNotFound: "The item no longer exists. It may have been deleted.",
    ErrorPendingWrite: "The change is not saved in SharePoint yet. It is queued and will be sent again.",
    ErrorUnexpected: "An unexpected error occurred: {0}",
    ErrorServerText: "SharePoint said: {0}"
  };
});
