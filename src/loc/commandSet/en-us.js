define([], function () {
  return {
    CommandMarkStarted: "Mark as started",
    CommandMarkCompleted: "Mark as completed",
    CommandOpenInTimeline: "Open in ØiR timeline",
    CommandUpdateFromKombit: "Update from KOMBIT",
    ResultAllSaved: "Status saved on {0} tasks.",
    ResultOneSaved: "Status saved on the task.",
    ResultNoneSaved: "Status was not saved:",
    ResultSomeFailed: "Status saved on {0} of {1} tasks. These tasks were not saved:",
    ResultOk: "OK",
    ResultReloadHint: "The page reloads so the list shows the new status.",
    FailureLine: "{0}: {1}",
    FailureConflict: "someone else changed the task since the list was shown. Reload the page and try again.",
    FailureAccessDenied: "you are not allowed to edit the task.",
    FailureThrottled: "SharePoint is busy right now. Try again shortly.",
    FailureMissingVersion: "the task was not found in the list. Reload the page and try again.",
    FailureOther: "SharePoint answered with an error: {0}",
    ErrorCommandFailed: "The command could not be run: {0}"
  };
});
