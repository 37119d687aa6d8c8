/**
 * A self-generated certificate for the demo server on loopback (localhost, 127.0.0.1, ::1).
 * Clients trust it by passing the PEM as their CA; nothing is installed in the system store.
 */
import { generate } from "selfsigned";

/** Key and certificate in PEM. */
export interface ServerCertificate {
  readonly key: string;
  readonly cert: string;
}

/** Generates a fresh EC P-256 certificate valid for a year for the loopback names. */
export async function generateLoopbackCertificate(): Promise<ServerCertificate> {
  const now = new Date();
  const result = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 365 * 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  return { key: result.private, cert: result.cert };
}
