// Self-signed HTTPS certificate for the dev server (localhost, 127.0.0.1, ::1), made by the demo
// Graph server's generator (src/adapters/graphServer/certificate.ts, compiled into dist/node by
// `npm run build:cli`) into .certs/ and reused while it is valid. office-addin-dev-certs cannot
// install its CA on this machine (see docs/sideloading.md for trusting the certificate by hand).
const { X509Certificate } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** Default folder of the key and certificate (git-ignored). */
const DEFAULT_CERT_DIR = path.join(__dirname, "..", "..", ".certs");
/** A certificate that ends within this margin is renewed. */
const RENEW_MARGIN_MS = 24 * 60 * 60 * 1000;

/** The one certificate generator of the project (compiled TypeScript). */
function generateLoopbackCertificate() {
  let generator;
  try {
    generator = require(
      path.join(__dirname, "..", "..", "dist", "node", "adapters", "graphServer", "certificate"),
    );
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      throw new Error("making the dev certificate needs the compiled code: run `npm run build:cli` first");
    }
    throw error;
  }
  return generator.generateLoopbackCertificate();
}

/** True when `certPem` is a certificate valid now and for at least another day. */
function isCurrent(certPem) {
  try {
    const cert = new X509Certificate(certPem);
    const now = Date.now();
    return Date.parse(cert.validFrom) <= now && Date.parse(cert.validTo) - RENEW_MARGIN_MS > now;
  } catch {
    return false;
  }
}

/**
 * Returns `{ key, cert, keyPath, certPath, created }` for the dev server, generating a new pair
 * into `dir` when there is none or the old one has expired.
 * @param {string} [dir]
 */
async function ensureDevCerts(dir = DEFAULT_CERT_DIR) {
  const keyPath = path.join(dir, "localhost.key");
  const certPath = path.join(dir, "localhost.crt");
  if (fs.existsSync(keyPath) && fs.existsSync(certPath)) {
    const cert = fs.readFileSync(certPath, "utf8");
    if (isCurrent(cert))
      return { key: fs.readFileSync(keyPath, "utf8"), cert, keyPath, certPath, created: false };
  }
  const pems = await generateLoopbackCertificate();
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyPath, pems.key, { mode: 0o600 });
  fs.writeFileSync(certPath, pems.cert);
  return { key: pems.key, cert: pems.cert, keyPath, certPath, created: true };
}

module.exports = { ensureDevCerts, isCurrent, DEFAULT_CERT_DIR };
