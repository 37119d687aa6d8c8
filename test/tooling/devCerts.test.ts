// The dev server's self-signed certificate: made for localhost and 127.0.0.1, reused while valid,
// renewed when expired.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as selfsigned from "selfsigned";
import { ensureDevCerts, isCurrent } from "../../scripts/lib/certs";

let dir = "";
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-certs-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("ensureDevCerts", () => {
  it("creates a server certificate for localhost and 127.0.0.1 that matches its key", async () => {
    const first = await ensureDevCerts(dir);
    expect(first.created).toBe(true);
    const cert = new crypto.X509Certificate(first.cert);
    expect(cert.subjectAltName).toContain("DNS:localhost");
    expect(cert.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(cert.checkPrivateKey(crypto.createPrivateKey(first.key))).toBe(true);
    expect(isCurrent(first.cert)).toBe(true);
  });

  it("reuses a valid certificate and renews an expired or unreadable one", async () => {
    const first = await ensureDevCerts(dir);
    const again = await ensureDevCerts(dir);
    expect(again.created).toBe(false);
    expect(again.cert).toBe(first.cert);

    const yearMs = 365 * 24 * 60 * 60 * 1000;
    const expired = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      notBeforeDate: new Date(Date.now() - 2 * yearMs),
      notAfterDate: new Date(Date.now() - yearMs),
    });
    expect(isCurrent(expired.cert)).toBe(false);
    fs.writeFileSync(first.certPath, expired.cert);
    const renewed = await ensureDevCerts(dir);
    expect(renewed.created).toBe(true);
    expect(isCurrent(renewed.cert)).toBe(true);

    fs.writeFileSync(renewed.certPath, "not a certificate");
    await expect(ensureDevCerts(dir)).resolves.toMatchObject({ created: true });
  });
});
