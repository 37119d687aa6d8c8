// ESLint flat config: typescript-eslint, the Office add-in rules, Prettier, and the layer rules
// that keep the domain core free of Office, Graph, MSAL, React and DOM dependencies.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";
import globals from "globals";

const hostImports = [
  {
    group: ["react", "react-dom", "react/*", "react-dom/*"],
    message: "The domain core must not depend on React.",
  },
  { group: ["@fluentui/*"], message: "The domain core must not depend on Fluent UI." },
  {
    group: ["@microsoft/office-js", "office-addin-*"],
    message: "The domain core must not depend on Office.",
  },
  {
    group: ["@microsoft/microsoft-graph-client", "@microsoft/microsoft-graph-client/*"],
    message: "The domain core must not depend on Graph.",
  },
  { group: ["@azure/*"], message: "The domain core must not depend on MSAL." },
  {
    group: ["fs", "node:*", "path", "http", "https", "child_process", "os"],
    message: "The domain core does no I/O.",
  },
];
const outerLayers = {
  group: ["**/adapters/**", "**/taskpane/**", "**/cli/**"],
  message: "Inner layers do not import adapters or entry points.",
};
const applicationLayer = {
  group: ["**/application/**"],
  message: "The domain core does not import use cases.",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "docs/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/demo/**/*.ts", "src/i18n/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", { patterns: [...hostImports, outerLayers, applicationLayer] }],
      // No DOM or Office globals in the pure core.
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "navigator",
        "localStorage",
        "fetch",
      ],
    },
  },
  {
    files: ["src/application/**/*.ts"],
    rules: {
      // Use cases take ports; they may not reach for hosts or adapters themselves.
      "no-restricted-imports": ["error", { patterns: [...hostImports, outerLayers] }],
    },
  },
  {
    files: ["src/adapters/**/*.ts", "src/adapters/**/*.tsx"],
    rules: {
      // Adapters implement ports declared in src/domain or src/application, never the UI's.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane", "**/taskpane/**"],
              message: "Adapters do not import the task pane: declare the port in src/application/pane.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs", "scripts/**", "bin/**"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  prettier,
);
