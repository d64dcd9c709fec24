/**
 * The dependency direction of docs/architecture.md (domain ← data ← session ← ui ← webparts/extensions) is enforced
 * by .eslintrc.js. These tests lint small in-memory snippets as if they lived in each folder
 * and check that a wrong-way import is an error and a right-way import is not.
 */
import * as path from "path";
import { loadESLint } from "eslint";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const RESTRICTED = "@typescript-eslint/no-restricted-imports";

type Linter = InstanceType<Awaited<ReturnType<typeof loadLegacyESLint>>>;

function loadLegacyESLint() {
  // We use the .eslintrc.js format (ESLint 8), not flat config.
  return loadESLint({ useFlatConfig: false });
}

let eslint: Linter;

beforeAll(async () => {
  const LegacyESLint = await loadLegacyESLint();
  // The snippets are not on disk, so the type-aware parser settings and rules are switched off;
  // the import rules under test need no type information.
  eslint = new LegacyESLint({
    cwd: ROOT,
    overrideConfig: {
      parserOptions: { project: null },
      rules: {
        "@typescript-eslint/no-floating-promises": "off",
        "@typescript-eslint/no-misused-promises": "off"
      }
    }
  });
});

interface ImportFinding {
  fatal: string[];
  restricted: string[];
}

async function lintImport(fileInRepo: string, specifier: string): Promise<ImportFinding> {
  const source = `import * as imported from "${specifier}";\nexport const used: unknown = imported;\n`;
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, fileInRepo) });
  return {
    fatal: result.messages.filter((m) => m.fatal).map((m) => m.message),
    restricted: result.messages.filter((m) => m.ruleId === RESTRICTED && m.severity === 2).map((m) => m.message)
  };
}

const wrongWay: [string, string][] = [
  ["src/domain/schedule.ts", "react"],
  ["src/domain/schedule.ts", "react-dom"],
  ["src/domain/schedule.ts", "@fluentui/react"],
  ["src/domain/schedule.ts", "@pnp/sp"],
  ["src/domain/schedule.ts", "@pnp/sp/items"],
  ["src/domain/schedule.ts", "@microsoft/sp-core-library"],
  ["src/domain/schedule.ts", "react/jsx-runtime"],
  ["src/domain/schedule.ts", "dompurify"],
  ["src/domain/schedule.ts", "../data/repositories"],
  ["src/domain/calendar/holidays.ts", "../../data/pnp"],
  ["src/domain/schedule.ts", "../ui/timeline/TimelineRoot"],
  ["src/domain/schedule.ts", "../webparts/oirTimeline/OirTimelineWebPart"],
  ["src/domain/schedule.ts", "../extensions/planerCommandSet/PlanerCommandSet"],
  ["src/domain/schedule.ts", "OirCommonStrings"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "react"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "@fluentui/react"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "@microsoft/sp-http"],
  ["src/data/mappers.ts", "../ui/booking/BookingRoot"],
  ["src/data/pnp/index.ts", "../../webparts/oirTimeline/OirTimelineWebPart"],
  ["src/ui/timeline/TimelineRoot.tsx", "@microsoft/sp-core-library"],
  ["src/ui/timeline/TimelineRoot.tsx", "@microsoft/sp-webpart-base"],
  ["src/ui/timeline/TimelineRoot.tsx", "@pnp/sp"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../data/pnp"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../data/pnp/index"],
  ["src/ui/hooks/usePlan.ts", "../../data/pnp/PnpLocalPlanRepository"],
  ["src/ui/booking/BookingRoot.tsx", "../../webparts/resourceBooking/ResourceBookingWebPart"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../sp2019/spPropertyPane"],
  ["src/data/pnp/index.ts", "../../sp2019/spPropertyPane"],
  ["src/webparts/shared/PlanWebPartBase.ts", "../../sp2019/spPropertyPane"],
  ["src/extensions/planerCommandSet/PlanerCommandSetBase.ts", "../../sp2019/extensions/PlanerCommandSet2019"],
  ["src/domain/schedule.ts", "../session/planSession"],
  ["src/data/pnp/localPlanRepository.ts", "../../session/planSession"],
  ["src/data/repositories.ts", "../session/planReducer"],
  ["src/session/planSession.ts", "react"],
  ["src/session/planSession.ts", "@fluentui/react"],
  ["src/session/planSession.ts", "@pnp/sp"],
  ["src/session/planSession.ts", "@microsoft/sp-core-library"],
  ["src/session/planSession.ts", "../data/pnp"],
  ["src/session/planSession.ts", "../data/memory"],
  ["src/session/planSession.ts", "../ui/timeline/TimelineRoot"],
  ["src/session/planSession.ts", "../webparts/shared/PlanWebPartBase"],
  ["src/session/planSession.ts", "OirTimelineWebPartStrings"]
];

const rightWay: [string, string][] = [
  ["src/domain/schedule.ts", "date-fns"],
  ["src/domain/schedule.ts", "date-fns/locale"],
  ["src/domain/schedule.ts", "./model"],
  ["src/domain/calendar/holidays.ts", "../model"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "@pnp/sp"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "../../domain/model"],
  ["src/data/pnp/PnpLocalPlanRepository.ts", "../repositories"],
  ["src/data/memory/MemoryRepositories.ts", "../repositories"],
  ["src/ui/timeline/TimelineRoot.tsx", "react"],
  ["src/ui/timeline/TimelineRoot.tsx", "react-dom"],
  ["src/ui/timeline/TimelineRoot.tsx", "dompurify"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../domain/react-like-name"],
  ["src/ui/timeline/TimelineRoot.tsx", "@fluentui/react"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../data/repositories"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../data/memory"],
  ["src/ui/timeline/TimelineRoot.tsx", "../../domain/model"],
  ["src/ui/timeline/TimelineRoot.tsx", "OirTimelineWebPartStrings"],
  ["src/webparts/oirTimeline/OirTimelineWebPart.ts", "@microsoft/sp-webpart-base"],
  ["src/webparts/oirTimeline/OirTimelineWebPart.ts", "@pnp/sp"],
  ["src/webparts/oirTimeline/OirTimelineWebPart.ts", "../../data/pnp"],
  ["src/webparts/oirTimeline/OirTimelineWebPart.ts", "../../ui/timeline/TimelineRoot"],
  ["src/extensions/planerCommandSet/PlanerCommandSet.ts", "@microsoft/sp-listview-extensibility"],
  ["src/extensions/planerCommandSet/PlanerCommandSet.ts", "../../data/pnp"],
  ["src/sp2019/webparts/OirTimelineWebPart2019.ts", "../../webparts/shared/PlanWebPartBase"],
  ["src/sp2019/extensions/PlanerCommandSet2019.ts", "../../extensions/planerCommandSet/PlanerCommandSetBase"],
  ["src/sp2019/spPropertyPane.ts", "@microsoft/sp-webpart-base"],
  ["src/session/planSession.ts", "../domain/calendar"],
  ["src/session/planSession.ts", "../data/repositories"],
  ["src/session/planSession.ts", "../data/pending/queuedStates"],
  ["src/ui/timeline/useTimelineState.ts", "../../session/planSession"],
  ["src/webparts/shared/pageRepositories.ts", "../../session/sharedReads"]
];

describe("layering rules in .eslintrc.js", () => {
  jest.setTimeout(60_000);

  it.each(wrongWay)("%s importing %s is a lint error", async (file, specifier) => {
    const finding = await lintImport(file, specifier);
    expect(finding.fatal).toEqual([]);
    expect(finding.restricted).toHaveLength(1);
  });

  it.each(rightWay)("%s importing %s is allowed", async (file, specifier) => {
    const finding = await lintImport(file, specifier);
    expect(finding.fatal).toEqual([]);
    expect(finding.restricted).toEqual([]);
  });

  it("names the layer rule in the message", async () => {
    const finding = await lintImport("src/ui/timeline/TimelineRoot.tsx", "../../data/pnp");
    expect(finding.restricted[0]).toMatch(/repositories as props/);
  });
});
