// Jest configuration: TypeScript through ts-jest (type checking is done once by `npm run typecheck`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-manifest pulls ESM-only packages Jest cannot load; office-addin-mock only needs OfficeApp.
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
    // @fluentui/react-charts pulls ESM-only d3; the jsdom tests draw no chart (see the shim).
    "^@fluentui/react-charts$": "<rootDir>/test/shims/react-charts.js",
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
};
