// Webpack build of the task pane (yo office layout): TypeScript through ts-loader (transpileOnly;
// `npm run typecheck` does the type checking), taskpane.html, auth-dialog.html (the Office dialog
// sign-in page) and auth-redirect.html (MSAL's redirect bridge, without office.js) from
// html-webpack-plugin, and copies of the icons, the manifest and office.js
// (from @microsoft/office-js, so nothing loads from a CDN).
// The dev server speaks HTTPS with certificates made by scripts/lib/certs.js (see scripts/dev-server.js).
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const packageJson = require("./package.json");

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

/**
 * @param {Record<string, unknown>} _env webpack --env values (unused)
 * @param {{ mode?: "development" | "production", outputPath?: string }} argv
 * @returns {import("webpack").Configuration}
 */
module.exports = (_env, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  return {
    mode,
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      authDialog: "./src/authDialog/index.ts",
      authRedirect: "./src/authRedirect/index.ts",
    },
    output: {
      path: argv.outputPath || path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
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
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The Office dialog fallback for sign-in (docs/graph.md "Sign-in").
      new HtmlWebpackPlugin({
        filename: "auth-dialog.html",
        template: "./src/authDialog/auth-dialog.html",
        chunks: ["authDialog"],
      }),
      // The redirect bridge of every MSAL popup, silent renewal and browser redirect (docs/graph.md).
      new HtmlWebpackPlugin({
        filename: "auth-redirect.html",
        template: "./src/authRedirect/auth-redirect.html",
        chunks: ["authRedirect"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          {
            from: "**/*",
            context: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
            to: "office-js/",
            globOptions: { ignore: OFFICE_JS_IGNORE },
          },
        ],
      }),
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
