// Jest configuration: TypeScript through ts-jest (type checking is done once by `npm run typecheck`).
const os = require("node:os");

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
  // Code in Jest's sandbox reaches globals through the vm context's interceptors, which V8 cannot
  // optimise (a call to Math.max is ~100× slower than in plain Node): hand the hot built-ins to
  // every module as local bindings instead. Date and the timer functions stay global (fake timers);
  // Set and Symbol too: a module may not declare a top-level name that is injected (asn1js declares
  // a class Set, @fluentui/keyboard-keys a const Symbol).
  sandboxInjectedGlobals: [
    "Math",
    "Number",
    "Object",
    "Array",
    "String",
    "Map",
    "JSON",
    "Uint8Array",
    "Int32Array",
    "Uint32Array",
    "Float64Array",
    "isNaN",
    "isFinite",
    "parseInt",
    "parseFloat",
  ],
  // One shared build of the task pane for all browser test files (test/support/paneBuild.ts).
  globalSetup: "<rootDir>/test/globalSetup.js",
  globalTeardown: "<rootDir>/test/globalTeardown.js",
  // Jest's default (cores − 1) runs everything in one process on a two-core machine, where the
  // browser tests mostly wait on Chromium: two workers at least, the slowest files first.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testSequencer: "<rootDir>/test/slowFirstSequencer.js",
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
};
