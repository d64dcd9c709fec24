/**
 * The farm table: which LibraryVersion is which SharePoint and what it can show, at the build
 * boundaries (2016 | 2019 at 16.0.10337, 2019 | Subscription Edition at 16.0.14326, Excel-style
 * column formatting from SE 23H1 at 16.0.16130), Online by host or by the caller; and how the
 * Planer presentation is fitted to those capabilities.
 */
import { classifyFarm, isSharePointOnlineUrl, type FarmInfo } from "../../../src/data/farm";
import { PLANER_STATUS_FORMAT, PLANER_STATUS_FORMAT_BASIC, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";
import { presentationForFarm } from "../../../src/data/pnp/schema/planerPresentation";
import { PLANER_PRESENTATION, STATUS_FIELD_CUSTOMIZER_ID } from "../../../src/data/sync/ensureLocalLists";

const onPremises = (version: string): FarmInfo => classifyFarm(version, { sharePointOnline: false });
const summary = (f: FarmInfo): string =>
  `${f.product} supported=${f.capabilities.supported} column=${f.capabilities.columnFormatting} excel=${f.capabilities.excelStyleColumnFormatting} view=${f.capabilities.viewFormatting}`;

describe("classifyFarm", () => {
  it.each([
    ["15.0.4569.1000", "older supported=false column=false excel=false view=false"],
    ["16.0.4351.1000", "server2016 supported=false column=false excel=false view=false"],
    ["16.0.10336.20000", "server2016 supported=false column=false excel=false view=false"],
    ["16.0.10337.12109", "server2019 supported=true column=true excel=false view=false"],
    ["16.0.10417.20027", "server2019 supported=true column=true excel=false view=false"],
    ["16.0.14325.99999", "server2019 supported=true column=true excel=false view=false"],
    ["16.0.14326.20450", "subscriptionEdition supported=true column=true excel=false view=false"],
    ["16.0.15601.20052", "subscriptionEdition supported=true column=true excel=false view=false"],
    ["16.0.16129.20000", "subscriptionEdition supported=true column=true excel=false view=false"],
    ["16.0.16130.20206", "subscriptionEdition supported=true column=true excel=true view=false"],
    ["16.0.19725.20434", "subscriptionEdition supported=true column=true excel=true view=false"],
    ["16.0.25814.12003", "subscriptionEdition supported=true column=true excel=true view=false"],
    ["17.0.1.1", "unknown supported=false column=false excel=false view=false"],
    ["", "unknown supported=false column=false excel=false view=false"],
    ["seksten", "unknown supported=false column=false excel=false view=false"]
  ])("on premises, %s is %s", (version, expected) => {
    const farm = onPremises(version);
    expect(summary(farm)).toBe(expected);
    expect(farm.version).toBe(version);
  });

  it("SharePoint Online has everything, whatever its build; a 2013 version stays older", () => {
    expect(summary(classifyFarm("16.0.25814.12003", { sharePointOnline: true }))).toBe("sharePointOnline supported=true column=true excel=true view=true");
    expect(summary(classifyFarm("16.0.10337.12109", { sharePointOnline: true }))).toBe("sharePointOnline supported=true column=true excel=true view=true");
    expect(classifyFarm("15.0.5545.1000", { sharePointOnline: true }).product).toBe("older");
  });
});

describe("isSharePointOnlineUrl", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/eksempelkommune", true],
    ["https://contoso-my.sharepoint.com/personal/anne", true],
    ["https://contoso.sharepoint.us/sites/x", true],
    ["https://contoso.sharepoint-mil.us/sites/x", true],
    ["https://contoso.sharepoint.cn/sites/x", true],
    ["https://share-komm.kombit.dk/P0142", false],
    ["https://evilsharepoint.com/sites/x", false],
    ["https://sharepoint.com.example.org/sites/x", false],
    ["http://127.0.0.1:4323/sites/eksempelkommune", false],
    ["/sites/eksempelkommune", false]
  ])("%s → %s", (url, expected) => {
    expect(isSharePointOnlineUrl(url)).toBe(expected);
  });
});

describe("presentationForFarm", () => {
  it("Online gets the whole presentation, with the Excel-style status format, and no notes", () => {
    const { presentation, notes } = presentationForFarm(PLANER_PRESENTATION, classifyFarm("16.0.25814.12003", { sharePointOnline: true }).capabilities);
    expect(presentation).toEqual({ viewFormat: PLANER_VIEW_FORMAT, statusFormat: PLANER_STATUS_FORMAT, statusFieldCustomizerId: STATUS_FIELD_CUSTOMIZER_ID });
    expect(notes).toEqual([]);
  });

  it("SharePoint Server 2019 gets no view format and the basic status format, with a note for each", () => {
    const { presentation, notes } = presentationForFarm(PLANER_PRESENTATION, onPremises("16.0.10337.12109").capabilities);
    expect(presentation).toEqual({ statusFormat: PLANER_STATUS_FORMAT_BASIC, statusFieldCustomizerId: STATUS_FIELD_CUSTOMIZER_ID });
    expect(notes).toEqual([{ kind: "viewFormatSkipped" }, { kind: "basicStatusFormat" }]);
  });

  it("Subscription Edition 23H1 keeps the Excel-style status format but not the view format", () => {
    const { presentation, notes } = presentationForFarm(PLANER_PRESENTATION, onPremises("16.0.16130.20206").capabilities);
    expect(presentation.statusFormat).toBe(PLANER_STATUS_FORMAT);
    expect(presentation.viewFormat).toBeUndefined();
    expect(notes).toEqual([{ kind: "viewFormatSkipped" }]);
  });

  it("without column formatting the status format is left out; without a basic one it is left out too", () => {
    expect(presentationForFarm(PLANER_PRESENTATION, onPremises("16.0.4351.1000").capabilities).notes).toEqual([
      { kind: "viewFormatSkipped" },
      { kind: "statusFormatSkipped" }
    ]);
    const noBasic = presentationForFarm({ statusFormat: PLANER_STATUS_FORMAT }, onPremises("16.0.10337.12109").capabilities);
    expect(noBasic).toEqual({ presentation: {}, notes: [{ kind: "statusFormatSkipped" }] });
  });
});
