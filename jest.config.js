/**
 * Jest projects: unit (pure code, node), ui (React components, jsdom), integration (real PnPjs
 * over real HTTP against the emulator in tools/emulator) and package (the built .sppkg).
 * Browser tests run with Playwright (playwright.config.ts), not here.
 */
const base = {
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }]
  },
  // @pnp ships ESM only: let ts-jest turn it into CommonJS.
  transformIgnorePatterns: ["/node_modules/(?!(@pnp)/)"],
  moduleNameMapper: {
    "\\.(css|scss)$": "<rootDir>/tests/support/styleMock.js",
    // SPFx resolves loc modules by name (config.json localizedResources); so do the tests.
    "^OirCommonStrings$": "<rootDir>/tests/support/loc-common.js",
    "^OirTimelineWebPartStrings$": "<rootDir>/tests/support/loc-timeline.js",
    "^ResourceBookingWebPartStrings$": "<rootDir>/tests/support/loc-booking.js",
    "^PlanerCommandSetStrings$": "<rootDir>/tests/support/loc-commandSet.js"
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"]
};

module.exports = {
  // Correctness, not speed (speed is measured in `npm run bench`): jest's 5 s default failed UI
  // tests that render a whole web part on a loaded 2-core machine, and a timed-out jsdom test
  // took its whole file down with it.
  testTimeout: 30_000,
  projects: [
    { ...base, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    { ...base, displayName: "ui", testEnvironment: "jsdom", testMatch: ["<rootDir>/tests/ui/**/*.test.tsx"] },
    { ...base, displayName: "integration", testEnvironment: "node", testMatch: ["<rootDir>/tests/integration/**/*.test.ts"] },
    { ...base, displayName: "package", testEnvironment: "node", testMatch: ["<rootDir>/tests/package/**/*.test.ts"] }
  ],
  collectCoverageFrom: ["src/domain/**/*.ts", "src/data/**/*.ts", "src/ui/**/*.{ts,tsx}"]
};
