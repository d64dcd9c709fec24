/**
 * The SharePoint Server 2019/SE package's components: which source each is built from (the same
 * src/ as SharePoint Online; src/sp2019 only where SPFx 1.4.1 differs) and which Online manifest
 * it takes its id, title and properties from. config/config.json names the same bundles.
 */
"use strict";

const ENTRIES = [
  {
    alias: "OirTimelineWebPart",
    source: "src/sp2019/webparts/OirTimelineWebPart2019.ts",
    manifest: "src/webparts/oirTimeline/OirTimelineWebPart.manifest.json",
    out: "webparts/oirTimeline/OirTimelineWebPart"
  },
  {
    alias: "ResourceBookingWebPart",
    source: "src/sp2019/webparts/ResourceBookingWebPart2019.ts",
    manifest: "src/webparts/resourceBooking/ResourceBookingWebPart.manifest.json",
    out: "webparts/resourceBooking/ResourceBookingWebPart"
  },
  {
    alias: "StatusFieldCustomizer",
    source: "src/extensions/statusFieldCustomizer/StatusFieldCustomizer.ts",
    manifest: "src/extensions/statusFieldCustomizer/StatusFieldCustomizer.manifest.json",
    out: "extensions/statusFieldCustomizer/StatusFieldCustomizer"
  },
  {
    alias: "PlanerCommandSet",
    source: "src/sp2019/extensions/PlanerCommandSet2019.ts",
    manifest: "src/extensions/planerCommandSet/PlanerCommandSet.manifest.json",
    out: "extensions/planerCommandSet/PlanerCommandSet"
  }
];

/** SPFx libraries a SharePoint Server 2019 farm serves (1.4.1): the only modules left external. */
const SP_LIBRARIES = [
  "@microsoft/sp-core-library",
  "@microsoft/sp-webpart-base",
  "@microsoft/sp-listview-extensibility",
  "@microsoft/sp-page-context",
  "@microsoft/sp-dialog",
  "@microsoft/sp-lodash-subset",
  "@microsoft/sp-office-ui-fabric-core",
  "@microsoft/sp-component-base",
  "@microsoft/sp-http",
  "@microsoft/sp-loader",
  "@microsoft/sp-application-base",
  "@microsoft/sp-extension-base"
];

module.exports = { ENTRIES, SP_LIBRARIES };
