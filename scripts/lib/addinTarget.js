// Where the built add-in will live and what it loads: the base address (ADDIN_BASE_URL), the
// manifest version (ADDIN_VERSION, else package.json's version), where office.js comes from
// (OFFICE_JS=cdn|local), the support page and the SharePoint origin the pages may reach. Read by
// webpack.config.js (the build), scripts/lib/hostingConfig.js (security headers) and the tests.
// See docs/deployment.md "Build for your address".

/** Microsoft's CDN address of office.js (the npm package is for offline development and tests). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the local copy of office.js is served from (OFFICE_JS=local, and every development build). */
const OFFICE_JS_LOCAL = "office-js/office.js";
/** The address manifest.xml in the repository uses (the dev server's); the build replaces it. */
const DEV_BASE_URL = "https://localhost:3000/";

/** Normalises a base address: https, no query or fragment, ending in "/". Throws a clear error. */
function normaliseBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${text}" (e.g. https://anskaffelse.example.no/addin/)`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https: ${text}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_BASE_URL must be a plain folder address without query or fragment: ${text}`);
  return `${url.origin}${url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`}`;
}

/** "1.2.3" → "1.2.3.0"; a four-part version is kept. Throws unless 1–4 dot-separated numbers < 65536. */
function manifestVersion(version) {
  const parts = String(version).split(".");
  const valid =
    parts.length >= 1 && parts.length <= 4 && parts.every((p) => /^\d{1,5}$/.test(p) && +p < 65536);
  if (!valid)
    throw new Error(`Not a manifest version (n.n.n.n): "${version}" (ADDIN_VERSION or package.json)`);
  while (parts.length < 4) parts.push("0");
  return parts.map(Number).join(".");
}

/**
 * The build target from the environment and the webpack mode.
 * @param {{ env: Record<string, string | undefined>, mode: "development" | "production", packageVersion: string, devPort?: number }} options
 */
function resolveAddinTarget({ env, mode, packageVersion, devPort }) {
  const devBase = devPort ? `https://localhost:${devPort}/` : DEV_BASE_URL;
  const baseUrl = normaliseBaseUrl(env.ADDIN_BASE_URL || devBase);
  const officeJs = env.OFFICE_JS || (mode === "production" ? "cdn" : "local");
  if (officeJs !== "cdn" && officeJs !== "local")
    throw new Error(`OFFICE_JS must be cdn or local (got "${officeJs}")`);
  const siteUrl = env.ADDIN_SITE_URL ? new URL(env.ADDIN_SITE_URL) : undefined;
  return {
    baseUrl,
    origin: new URL(baseUrl).origin,
    version: manifestVersion(env.ADDIN_VERSION || packageVersion),
    officeJs,
    officeJsSrc: officeJs === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
    supportUrl: env.ADDIN_SUPPORT_URL ? new URL(env.ADDIN_SUPPORT_URL).href : `${baseUrl}support.html`,
    /** The SharePoint origin the pages may reach (ADDIN_SITE_URL), else any *.sharepoint.com. */
    sharePointOrigin: siteUrl ? siteUrl.origin : "https://*.sharepoint.com",
  };
}

/** Escapes text for an XML attribute value. */
function xmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * manifest.xml for the target: every dev-server address replaced by the base address, <Version>
 * and <SupportUrl> set; the <Id> is left as it is (it must never change between releases).
 */
function manifestForTarget(xmlText, target) {
  if (!xmlText.includes(DEV_BASE_URL)) throw new Error(`manifest.xml holds no ${DEV_BASE_URL} to replace`);
  const replaced = xmlText
    .split(DEV_BASE_URL)
    .join(xmlAttribute(target.baseUrl))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${target.version}</Version>`)
    .replace(
      /<SupportUrl DefaultValue="[^"]*"\/>/,
      `<SupportUrl DefaultValue="${xmlAttribute(target.supportUrl)}"/>`,
    );
  if (!replaced.includes(`<Version>${target.version}</Version>`))
    throw new Error("manifest.xml has no <Version>");
  return replaced;
}

module.exports = {
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL,
  DEV_BASE_URL,
  normaliseBaseUrl,
  manifestVersion,
  resolveAddinTarget,
  manifestForTarget,
};
