// A local OpenID Connect provider for the browser sign-in test: panva's oidc-provider (an OpenID
// Certified implementation) over HTTPS on 127.0.0.1 with a free port, laid out like Entra ID: the
// authority is https://127.0.0.1:<port>/<tenant> and the issuer (discovery document) lives under
// /<tenant>/v2.0, where MSAL looks for it. oidc-provider is ESM-only, so Jest runs this file as a
// child process: `node oidcServer.mjs <key.pem> <cert.pem>` with the clients as JSON on stdin; it
// prints one JSON line `{ "authority": ..., "issuer": ... }` when it listens.
// Access tokens are JWTs for the resource https://graph.microsoft.com with the Graph scopes the
// pane asks for, valid 120 s (inside MSAL's 5-minute renewal margin, so a silent request renews).
import * as fs from "node:fs";
import * as https from "node:https";
import Provider from "oidc-provider";

const TENANT = "66666666-7777-8888-9999-000000000000";
const GRAPH = "https://graph.microsoft.com";
const GRAPH_SCOPES = ["Sites.ReadWrite.All", "Sites.Selected", "Lists.SelectedOperations.Selected"]
  .map((s) => `${GRAPH}/${s}`)
  .join(" ");

const readStdin = async () => {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
};

const [keyFile, certFile] = process.argv.slice(2);
const clients = JSON.parse(await readStdin());
const server = https.createServer({ key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) });
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `https://127.0.0.1:${server.address().port}`;
const prefix = `/${TENANT}/v2.0`;

const provider = new Provider(`${origin}${prefix}`, {
  clients,
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => GRAPH,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: GRAPH_SCOPES, accessTokenFormat: "jwt", accessTokenTTL: 120 }),
    },
  },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      oid: id,
      tid: TENANT,
      name: "Kari Nordmann",
      preferred_username: `${id}@politiet.test`,
    }),
  }),
  claims: { openid: ["sub", "oid", "tid"], profile: ["name", "preferred_username"] },
  cookies: { keys: ["anskaffelsesplan-test-cookie-key"] },
  ttl: { AccessToken: 120, IdToken: 3600, RefreshToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
});
// Quiet: oidc-provider warns about its development defaults (keys, interactions) on stderr.
provider.on("server_error", (_ctx, error) => process.stderr.write(`oidc server_error: ${error.stack}\n`));

const callback = provider.callback();
server.on("request", (req, res) => {
  if (!req.url.startsWith(`${prefix}/`)) {
    res.writeHead(404).end();
    return;
  }
  req.originalUrl = req.url;
  req.url = req.url.slice(prefix.length);
  callback(req, res);
});
process.stdout.write(
  `${JSON.stringify({ authority: `${origin}/${TENANT}`, issuer: `${origin}${prefix}` })}\n`,
);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
