/** Site addresses of the property pane: what is accepted, what is refused and why, how it resolves. */
import { checkSiteUrl, resolveSiteUrl } from "../../../src/webparts/shared/siteUrl";
import { InvalidPlanSourceError, resolvePlanSource } from "../../../src/webparts/shared/planSourceProperties";

const TENANT = "https://kommune.sharepoint.com";
const WEB = "https://kommune.sharepoint.com/sites/oir";

describe("checkSiteUrl", () => {
  it.each([
    ["", undefined],
    ["/sites/kombit-plan", undefined],
    ["/teams/ky-projekt", undefined],
    ["https://kommune.sharepoint.com/sites/kombit-plan", undefined],
    ["HTTPS://KOMMUNE.SHAREPOINT.COM/sites/x", undefined],
    ["http://kommune.sharepoint.com/sites/x", "notHttps"],
    ["https://kombit.sharepoint.com/sites/plan", "otherTenant"],
    ["sites/kombit-plan", "format"],
    ["/Lists/Planer", "format"],
    ["ftp://kommune.sharepoint.com/sites/x", "format"]
  ])("%j → %s", (value, problem) => {
    expect(checkSiteUrl(value, TENANT)).toBe(problem);
  });
});

describe("resolveSiteUrl", () => {
  it("uses the current web for an empty value and the tenant for a path", () => {
    expect(resolveSiteUrl("", WEB, TENANT)).toBe(WEB);
    expect(resolveSiteUrl(" /sites/kombit/ ", WEB, TENANT)).toBe("https://kommune.sharepoint.com/sites/kombit");
    expect(resolveSiteUrl("https://kommune.sharepoint.com/sites/x/", WEB, TENANT)).toBe("https://kommune.sharepoint.com/sites/x");
  });
});

describe("resolvePlanSource", () => {
  const page = { webAbsoluteUrl: WEB, webTitle: "Aarhus Kommune – ØiR" };

  it("applies the defaults", () => {
    expect(resolvePlanSource({}, page)).toEqual({
      kombitSiteUrl: WEB,
      municipalitySiteUrl: WEB,
      planListTitle: "Planer",
      waveListTitle: "Bølger",
      defaultWave: undefined,
      municipalityName: "Aarhus Kommune – ØiR"
    });
  });

  it("refuses a stored address the pane would refuse, naming the property", () => {
    expect(() => resolvePlanSource({ kombitSiteUrl: "https://evil.example/sites/x" }, page)).toThrow(InvalidPlanSourceError);
    try {
      resolvePlanSource({ municipalitySiteUrl: "http://kommune.sharepoint.com/sites/x" }, page);
    } catch (error) {
      expect((error as InvalidPlanSourceError).property).toBe("municipalitySiteUrl");
    }
  });
});
