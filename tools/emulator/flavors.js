"use strict";
/**
 * Which SharePoint the emulator imitates: "online" (default) or "sp2019" (SharePoint Server 2019).
 * `startEmulator({ flavor })`, else the OIR_EMULATOR_FLAVOR environment variable, else "online".
 *
 * What differs, and where it is written down:
 * - The `MicrosoftSharePointTeamServices` response header has the form 16.0.0.<build> on every
 *   SharePoint 16 product (the build in the fourth part): captured from SharePoint Online as
 *   "16.0.0.23926" (a response whose CSP names securebroker.sharepointonline.com) and from
 *   SharePoint Server 2019 farms as "16.0.0.10337" / "16.0.0.10417" (public response captures;
 *   Wictor Wilén, "SharePoint Mythbusting: the response header contains the current SharePoint
 *   version": the header is set by IIS, 14.0.0.<build> on 2010).
 * - `_api/contextinfo` LibraryVersion: SharePoint Online "16.0.25814.12003" (as the emulator has
 *   always answered); SharePoint Server 2019 RTM is build 16.0.10337.12109 (the RTM build that
 *   SharePointDsc's SharePoint 2019 stubs are named after).
 * - Formatting: SharePoint Server 2019 has no view formatting ("There are no plans to bring view
 *   formatting to SharePoint 2019", https://github.com/pnp/List-Formatting/issues/283) and only
 *   the basic column formatting of the v1 schema: "Excel-style expressions ... isn't available in
 *   SharePoint Server 2019" (https://learn.microsoft.com/sharepoint/dev/declarative-customization/formatting-syntax-reference#excel-style-expressions;
 *   https://github.com/SharePoint/sp-dev-docs/issues/5271: v2 samples "just show blanks" there).
 *   Both properties exist on 2019 all the same (SP.View.CustomFormatter and
 *   SP.Field.CustomFormatter are in the 2019 CSOM: PnP-Sites-Core's SP2019 build sets both,
 *   ObjectListInstance.cs under `#if !SP2013 && !SP2016`), so a REST MERGE stores them without an
 *   error. The emulator does the same and records what a 2019 page shows (rendering.js).
 * - The web template: group-connected sites ("GROUP") exist only in SharePoint Online; a 2019
 *   team site is "STS".
 */

const FLAVORS = {
  online: {
    key: "online",
    product: "SharePoint Online",
    libraryVersion: "16.0.25814.12003",
    teamServices: "16.0.0.25814",
    webTemplate: "GROUP",
    viewFormatting: true,
    excelStyleColumnFormatting: true
  },
  sp2019: {
    key: "sp2019",
    product: "SharePoint Server 2019",
    libraryVersion: "16.0.10337.12109",
    teamServices: "16.0.0.10337",
    webTemplate: "STS",
    viewFormatting: false,
    excelStyleColumnFormatting: false
  }
};

/** The flavour for a name (option, then OIR_EMULATOR_FLAVOR, then "online"); an unknown name throws. */
function resolveFlavor(name) {
  const key = String(name || process.env.OIR_EMULATOR_FLAVOR || "online").trim().toLowerCase();
  const flavor = FLAVORS[key];
  if (!flavor) throw new Error(`Unknown emulator flavor '${name || process.env.OIR_EMULATOR_FLAVOR}'. Use one of: ${Object.keys(FLAVORS).join(", ")}.`);
  return flavor;
}

module.exports = { FLAVORS, resolveFlavor };
