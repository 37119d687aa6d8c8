// Self-signed HTTPS certificate for the dev server (localhost and 127.0.0.1), made with
// `selfsigned` into .certs/ and reused while it is valid. office-addin-dev-certs cannot install
// its CA on this machine (see docs/sideloading.md for trusting the certificate by hand).
const { X509Certificate } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const selfsigned = require("selfsigned");

/** Default folder of the key and certificate (git-ignored). */
const DEFAULT_CERT_DIR = path.join(__dirname, "..", "..", ".certs");
const VALID_DAYS = 365;
/** A certificate that ends within this margin is renewed. */
const RENEW_MARGIN_MS = 24 * 60 * 60 * 1000;

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
  const notBeforeDate = new Date(Date.now() - 60 * 1000);
  const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + VALID_DAYS * 24 * 60 * 60 * 1000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyPath, pems.private, { mode: 0o600 });
  fs.writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert, keyPath, certPath, created: true };
}

module.exports = { ensureDevCerts, isCurrent, DEFAULT_CERT_DIR };
