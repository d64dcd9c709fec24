/**
 * The local demo page: both web parts' UI roots on the same page, wired to the real PnPjs
 * repositories pointed at the SharePoint emulator (same data path as in SharePoint).
 * Built by tools/demo/build.js and served by tools/start.js under /demo/.
 */
import * as React from "react";
import * as ReactDom from "react-dom";
import { Dropdown, initializeIcons, ThemeProvider, mergeStyleSets, type IDropdownOption } from "@fluentui/react";
import { spfi, SPBrowser } from "@pnp/sp";
import { createPnpRepositories, OirResilience } from "../../src/data/pnp";
import { version } from "../../package.json";
import { acquirePagePlan } from "../../src/session/pagePlans";
import type { Person } from "../../src/domain/model";
import { TimelineRoot } from "../../src/ui/timeline/TimelineRoot";
import { BookingRoot } from "../../src/ui/booking/BookingRoot";
import { KlikImportPanel } from "../../src/ui/klikImport";
import { PnpMasterPlanWriter } from "../../src/data/pnp";
import { hostTheme } from "../../src/webparts/shared/hostTheme";

// Icon fonts come from this server (copied from @fluentui/font-icons-mdl2 by the build), never a CDN.
initializeIcons(new URL("fonts/", document.baseURI).href);

const params = new URLSearchParams(window.location.search);
const locale = (params.get("lang") ?? "da-dk").toLowerCase();
const origin = window.location.origin;
const kombitUrl = `${origin}${params.get("kombitSite") ?? "/sites/kombit-ky"}`;
const municipalityUrl = `${origin}${params.get("site") ?? "/sites/eksempelkommune"}`;
const municipalityName = params.get("municipality") ?? "Eksempel Kommune";
const defaultWave = params.get("wave") ?? "KY - Bølge 5";
// ?theme=dark|contrast: the page as in Teams' dark or high-contrast theme, through the same
// hostTheme the web parts use (src/webparts/shared/hostTheme.ts). Without it: SharePoint's light theme.
const theme = hostTheme(params.get("theme") ?? undefined, undefined);

// As in SharePoint, minus SPFx's context: browser fetch, then our behaviors (Retry-After-aware
// retries, client tag) exactly as the web parts apply them, and one plan for the page's views
// (reads shared, one plan session) as the web parts get from src/session/pagePlans.
const { repositories } = acquirePagePlan(`demo\n${kombitUrl}\n${municipalityUrl}`.toLowerCase(), () => ({
  repositories: createPnpRepositories({
    kombitSp: spfi(kombitUrl).using(SPBrowser({ baseUrl: kombitUrl }), OirResilience({ version })),
    municipalitySp: spfi(municipalityUrl).using(SPBrowser({ baseUrl: municipalityUrl }), OirResilience({ version })),
    pendingStore: window.localStorage,
    pendingKey: `oir-planner:pending:${municipalityUrl}`,
    // The plan session sends waiting writes itself, right after it has read the plan and then every
    // half minute, so it sees each landed write's new ETag (as the web parts do).
    retryPendingOnStart: false
  })
}));

// KLIK import writes KOMBIT's Planer: only its plan administrator may (switch user to try it).
const kombitWriter = new PnpMasterPlanWriter(spfi(kombitUrl).using(SPBrowser({ baseUrl: kombitUrl }), OirResilience({ version })), "Planer");

const classes = mergeStyleSets({
  suiteBar: {
    display: "flex", alignItems: "center", gap: 24, padding: "8px 24px", background: "#03787c", color: "#fff",
    flexWrap: "wrap"
  },
  brand: { fontSize: 18, fontWeight: 600, margin: 0 },
  note: { opacity: 0.9, fontSize: 12 },
  page: { display: "grid", gap: 24, padding: 24, gridTemplateColumns: "minmax(0, 1fr)" },
  // The card's background and text colour come from its ThemeProvider (the host theme), as a web part's do.
  webPart: { padding: 20, boxShadow: "0 1.6px 3.6px rgba(0,0,0,.13), 0 .3px .9px rgba(0,0,0,.11)", minWidth: 0 },
  userPicker: { marginLeft: "auto", minWidth: 260 }
});

/** The emulator picks the current user from this cookie; switching lets you try a reader's view. */
function switchUser(email: string): void {
  document.cookie = `emulatorUser=${encodeURIComponent(email)}; path=/; SameSite=Lax`;
  window.location.reload();
}

function UserPicker(): JSX.Element | null {
  const [people, setPeople] = React.useState<{ me: Person; all: Person[] } | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  React.useEffect(() => {
    Promise.all([repositories.people.currentUser(), repositories.people.search("", 50)]).then(
      ([me, all]) => setPeople({ me, all }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    );
  }, []);
  if (error) return <span className={classes.note} role="alert">Brugerskift utilgængeligt: {error}</span>;
  if (!people) return null;
  const options: IDropdownOption[] = people.all.map((p) => ({ key: p.email, text: p.displayName }));
  if (!options.some((o) => o.key === people.me.email)) options.unshift({ key: people.me.email, text: people.me.displayName });
  return (
    <Dropdown
      className={classes.userPicker}
      ariaLabel="Logget ind som"
      options={options}
      selectedKey={people.me.email}
      onChange={(_e, option) => option && switchUser(String(option.key))}
    />
  );
}

function DemoPage(): JSX.Element {
  return (
    <ThemeProvider theme={theme} applyTo={theme ? "body" : "element"}>
      <header className={classes.suiteBar}>
        <h1 className={classes.brand}>{municipalityName} · ØiR-planlægger</h1>
        <span className={classes.note}>Lokal demo mod SharePoint-emulatoren · opdigtede eksempeldata</span>
        <UserPicker />
      </header>
      <main className={classes.page}>
        <ThemeProvider theme={theme} applyTo="element" className={classes.webPart} data-webpart="OirTimelineWebPart">
          <TimelineRoot repositories={repositories} municipalityName={municipalityName} defaultWave={defaultWave} locale={locale} masterWriter={kombitWriter} />
        </ThemeProvider>
        <ThemeProvider theme={theme} applyTo="element" className={classes.webPart} data-webpart="ResourceBookingWebPart">
          <BookingRoot repositories={repositories} municipalityName={municipalityName} defaultWave={defaultWave} locale={locale} />
        </ThemeProvider>
        <ThemeProvider theme={theme} applyTo="element" className={classes.webPart} data-webpart="KlikImport">
          <KlikImportPanel master={repositories.master} writer={kombitWriter} />
        </ThemeProvider>
      </main>
    </ThemeProvider>
  );
}

document.documentElement.lang = locale.slice(0, 2);
const container = document.getElementById("root");
ReactDom.render(<DemoPage />, container);
window.addEventListener("pagehide", () => {
  if (container) ReactDom.unmountComponentAtNode(container);
});
