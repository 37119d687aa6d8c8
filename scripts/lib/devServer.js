// Starts webpack-dev-server over HTTPS with the locally generated certificate. Used by
// scripts/dev-server.js (npm run dev-server / npm start) and by the browser test.
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const createConfig = require("../../webpack.config.js");
const { ensureDevCerts } = require("./certs");

/**
 * Compiles the task pane in memory and serves it on https://localhost:<port>/.
 * Resolves once the first compilation is served; `stop()` shuts the server down.
 * @param {{ port: number, mode?: "development" | "production", certDir?: string, quiet?: boolean }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
async function startDevServer({ port, mode = "development", certDir, quiet = false }) {
  const { key, cert } = await ensureDevCerts(certDir);
  const config = createConfig({}, { mode });
  if (quiet) {
    config.devtool = false;
    config.infrastructureLogging = { level: "error" };
    config.stats = "errors-only";
  }
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      host: "localhost",
      server: { type: "https", options: { key, cert } },
      // The test and the CLI runs need no live reload; interactive runs keep it.
      ...(quiet ? { hot: false, liveReload: false, webSocketServer: false, client: false } : {}),
      devMiddleware: quiet ? { stats: "errors-only" } : {},
    },
    compiler,
  );
  await server.start();
  await new Promise((resolve, reject) => {
    server.middleware.waitUntilValid((stats) => {
      if (stats && stats.hasErrors()) reject(new Error(`webpack failed:\n${stats.toString("errors-only")}`));
      else resolve();
    });
  }).catch(async (error) => {
    await server.stop();
    throw error;
  });
  return { url: `https://localhost:${port}/`, stop: () => server.stop() };
}

module.exports = { startDevServer };
