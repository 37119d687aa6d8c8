#!/usr/bin/env node
// npm run dev-server: serves the task pane on https://localhost:<port>/ (package.json
// config.dev_server_port, default 3000) with a self-signed certificate from .certs/.
// Runs in the foreground until Ctrl+C or SIGTERM (npm stop sends it when npm start launched it).
const { startDevServer } = require("./lib/devServer");
const { startDemoGraph } = require("./lib/demoGraph");
const packageJson = require("../package.json");

const port = Number(process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port);

Promise.all([startDevServer({ port }), startDemoGraph({ port: port + 1 })])
  .then(([{ url, stop: stopDev }, graph]) => {
    console.log(`Task pane: ${url}taskpane.html`);
    console.log(`Manifest:  ${url}manifest.xml`);
    console.log(`Demo SharePoint (Graph): ${graph.baseUrl} (site ${graph.siteUrl}, token demo-token)`);
    console.log(`Task pane on Graph: ${url}taskpane.html?graph=${encodeURIComponent(graph.baseUrl)}`);
    const stop = () => Promise.all([stopDev(), graph.stop()]);
    const shutdown = () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on("SIGINT", shutdown);
    process.on("SIGTERM", shutdown);
  })
  .catch((error) => {
    console.error(`dev-server failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
