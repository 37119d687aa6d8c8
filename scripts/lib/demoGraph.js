// Starts the Graph-compatible SharePoint server with the demo tenant next to the dev server, with
// the dev server's certificate so the browser that trusts the task pane also trusts it. Needs the
// compiled CLI code (npm start builds it first with `npm run build:cli`).
const path = require("node:path");
const { ensureDevCerts } = require("./certs");

const dist = path.join(__dirname, "..", "..", "dist", "node");

/**
 * Serves the demo tenant's lists through Graph on https://localhost:<port>/v1.0.
 * @param {{ port: number }} options
 * @returns {Promise<{ baseUrl: string, siteUrl: string, stop: () => Promise<void> }>}
 */
async function startDemoGraph({ port }) {
  let startDemoGraphServer;
  let generateDemoTenant;
  try {
    ({ startDemoGraphServer } = require(path.join(dist, "adapters", "graphServer", "demoGraphServer")));
    ({ generateDemoTenant } = require(path.join(dist, "demo", "demoTenant")));
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      throw new Error("the demo Graph server needs the compiled code: run `npm run build:cli` first");
    }
    throw error;
  }
  const { key, cert } = await ensureDevCerts();
  const demo = await startDemoGraphServer({ input: generateDemoTenant(), port, certificate: { key, cert } });
  return {
    baseUrl: demo.server.baseUrl.replace("127.0.0.1", "localhost"),
    siteUrl: demo.siteUrl,
    stop: () => demo.server.close(),
  };
}

module.exports = { startDemoGraph };
