// Webpack build of the task pane (yo office layout): TypeScript through ts-loader (transpileOnly;
// `npm run typecheck` does the type checking), taskpane.html, auth-dialog.html (the Office dialog
// sign-in page), auth-redirect.html (MSAL's redirect bridge, without office.js) and support.html from
// html-webpack-plugin, the icons, and manifest.xml rewritten for
// the build target (scripts/lib/addinTarget.js): ADDIN_BASE_URL (the address the add-in is served
// from), ADDIN_VERSION (else package.json's version), OFFICE_JS=cdn|local (production loads office.js
// from Microsoft's CDN; development and OFFICE_JS=local serve the copy from @microsoft/office-js).
// Production builds also write web.config, staticwebapp.config.json and hosting/nginx.conf with the
// security headers (scripts/lib/hostingConfig.js). Output names no path of the build machine.
// The dev server speaks HTTPS with certificates made by scripts/lib/certs.js (see scripts/dev-server.js).
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const packageJson = require("./package.json");
const { resolveAddinTarget, manifestForTarget } = require("./scripts/lib/addinTarget");
const {
  securityHeaders,
  iisWebConfig,
  staticWebAppConfig,
  nginxSnippet,
} = require("./scripts/lib/hostingConfig");

/** Port of the dev server; the manifest's URLs use the same one. */
const DEV_SERVER_PORT = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port,
);

/**
 * office.js loads its host-specific scripts and string tables from its own folder, so the copy
 * keeps that layout; only the files for Excel and Project (release builds) are taken.
 */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/office-vsdoc.js",
  "**/access-*",
  "**/onenote-*",
  "**/outlook*",
  "**/powerpoint*",
  "**/word*",
];

/** Copies of office.js and its host scripts, for development and OFFICE_JS=local. */
function officeJsCopy() {
  return {
    from: "**/*",
    context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
    to: "office-js/",
    globOptions: { ignore: OFFICE_JS_IGNORE },
  };
}

/** Emits the hosting configurations with the security headers (production builds). */
class HostingConfigPlugin {
  constructor(target) {
    this.headers = securityHeaders(target, process.env);
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("HostingConfigPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HostingConfigPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset("web.config", new RawSource(iisWebConfig(this.headers)));
          compilation.emitAsset("staticwebapp.config.json", new RawSource(staticWebAppConfig(this.headers)));
          compilation.emitAsset("hosting/nginx.conf", new RawSource(nginxSnippet(this.headers)));
        },
      );
    });
  }
}

/** The pages; every one that loads office.js gets the same office.js address. */
function pages(target) {
  const officeJs = { officeJsSrc: target.officeJsSrc };
  return [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      ...officeJs,
    }),
    // The Office dialog fallback for sign-in (docs/graph.md "Sign-in").
    new HtmlWebpackPlugin({
      filename: "auth-dialog.html",
      template: "./src/authDialog/auth-dialog.html",
      chunks: ["authDialog"],
      ...officeJs,
    }),
    // The redirect bridge of every MSAL popup, silent renewal and browser redirect (docs/graph.md).
    new HtmlWebpackPlugin({
      filename: "auth-redirect.html",
      template: "./src/authRedirect/auth-redirect.html",
      chunks: ["authRedirect"],
    }),
    // The manifest's SupportUrl (static, no script).
    new HtmlWebpackPlugin({ filename: "support.html", template: "./src/support/support.html", chunks: [] }),
  ];
}

/**
 * @param {Record<string, unknown>} _env webpack --env values (unused)
 * @param {{ mode?: "development" | "production", outputPath?: string }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (_env, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const target = resolveAddinTarget({
    env: process.env,
    mode,
    packageVersion: packageJson.version,
    devPort: process.env.ADDIN_BASE_URL ? undefined : DEV_SERVER_PORT,
  });
  return {
    mode,
    // Source maps name sources by their path in the repository (webpack://anskaffelsesplan/./src/…);
    // production maps carry no source text (stack traces decode against the repository).
    devtool: mode === "production" ? "nosources-source-map" : "eval-cheap-module-source-map",
    // Modules that read __filename or __dirname would get the build machine's paths: mock them.
    node: { __filename: "mock", __dirname: "mock" },
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      authDialog: "./src/authDialog/index.ts",
      authRedirect: "./src/authRedirect/index.ts",
    },
    output: {
      path: argv.outputPath || path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      devtoolModuleFilenameTemplate: "webpack://anskaffelsesplan/[resource-path]",
      // dist/node holds the CLI build (tsc): keep it.
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The HiGHS solver's Emscripten loader reaches for Node modules only when it runs under Node:
      // in the page they resolve to empty modules (the `node:` prefix is stripped by the plugin below).
      fallback: { module: false, fs: false, path: false, url: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
        {
          // The plan-year record's validator, compiled at build time (no eval under the CSP).
          test: /plan-year\.schema\.json$/,
          resourceQuery: /validator/,
          type: "javascript/auto",
          use: path.join(__dirname, "scripts/lib/planYearValidatorLoader.js"),
        },
      ],
    },
    plugins: [
      // HiGHS's loader reads import.meta.url, which webpack would fill in with the build machine's
      // file path (file:///…/highs.mjs): give it the page's address. `new URL("highs.wasm",
      // import.meta.url)` is still turned into the emitted wasm asset by webpack.
      new webpack.DefinePlugin({ "import.meta.url": "self.location.href" }),
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      ...pages(target),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForTarget(content.toString("utf8"), target),
          },
          ...(target.officeJs === "local" ? [officeJsCopy()] : []),
        ],
      }),
      ...(mode === "production" ? [new HostingConfigPlugin(target)] : []),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
      static: false,
    },
  };
};
