define([], function () {
  return {
    AppName: "ØiR-planlægger",
    Loading: "Henter planen …",
    Retry: "Prøv igen",
    StatusNotStarted: "Ikke påbegyndt",
    StatusStarted: "Påbegyndt",
    StatusCompleted: "Fuldført",
    WeekLabel: "uge {0}",
    ErrorTitle: "Planen kunne ikke hentes",
    ErrorConflict: "Opgaven er ændret af en anden, efter du hentede den. Hent planen igen, og se ændringen, før du gemmer.",
    ErrorAccessDenied: "Du har ikke adgang. Bed webstedets ejer om adgang til listen.",
    ErrorThrottled: "SharePoint har travlt lige nu (HTTP {0}). Vent lidt, og prøv igen.",
    ErrorOffline: "Der er ingen forbindelse til SharePoint. Tjek netværket, og prøv igen.",
    ErrorListNotFound: "Listen \"{0}\" findes ikke på webstedet. En ejer af webstedet kan oprette den.",
    ErrorSchemaMissing: "Der mangler noget, som ØiR-planlæggeren bruger: {0}. En ejer af webstedet kan oprette det.",
    ErrorMissingList: "listen \"{0}\"",
    ErrorMissingColumn: "kolonnen \"{0}\" ({1}) i listen \"{2}\"",
    ErrorNotFound: "Elementet findes ikke længere. Det er måske slettet.",
    ErrorPendingWrite: "Ændringen er ikke gemt i SharePoint endnu. Den ligger klar og sendes igen.",
    ErrorUnexpected: "Der skete en uventet fejl: {0}",
    ErrorServerText: "SharePoint svarede: {0}"
  };
});
