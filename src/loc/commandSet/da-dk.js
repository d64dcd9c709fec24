define([], function () {
  return {
    CommandMarkStarted: "Markér som påbegyndt",
    CommandMarkCompleted: "Markér som fuldført",
    CommandOpenInTimeline: "Åbn i ØiR-tidsplan",
    CommandUpdateFromKombit: "Opdatér fra KOMBIT",
    ResultAllSaved: "Status er gemt på {0} opgaver.",
    ResultOneSaved: "Status er gemt på opgaven.",
    ResultNoneSaved: "Status blev ikke gemt:",
    ResultSomeFailed: "Status er gemt på {0} af {1} opgaver. Disse opgaver blev ikke gemt:",
    ResultOk: "OK",
    ResultReloadHint: "Siden genindlæses, så listen viser den nye status.",
    FailureLine: "{0}: {1}",
    FailureConflict: "opgaven er ændret af en anden, siden listen blev vist. Genindlæs siden, og prøv igen.",
    FailureAccessDenied: "du har ikke ret til at redigere opgaven.",
    FailureThrottled: "SharePoint har travlt lige nu. Prøv igen om lidt.",
    FailureMissingVersion: "opgaven blev ikke fundet i listen. Genindlæs siden, og prøv igen.",
    FailureOther: "SharePoint svarede med en fejl: {0}",
    ErrorCommandFailed: "Kommandoen kunne ikke udføres: {0}"
  };
});
