/**
 * Harness of the browser tests: the task pane's development build (made once per Jest run, see
 * paneBuild.ts) served over HTTPS with a fresh self-signed certificate on a free port, and Debian's
 * headless Chromium through playwright-core. Pages open in fresh contexts where every request to another origin than the
 * pane's (and those explicitly allowed) is blocked and listed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } from "../../scripts/lib/chromium";
import { ensureDevCerts } from "../../scripts/lib/certs";
import { paneBuild, type PaneBuild } from "./paneBuild";
import { serveStatic, type RunningStaticServer } from "./staticServer";

/** A running pane server and browser. */
export interface TaskpaneBrowser {
  /** `https://localhost:<port>/taskpane.html` */
  readonly taskpaneUrl: string;
  /** Opens `taskpaneUrl + query` with the browser language; returns the page and the blocked URLs. */
  open(
    language: string,
    options?: {
      readonly query?: string;
      readonly allowOrigins?: readonly string[];
      /** Web storage entries to put in place before the page loads (e.g. saved settings). */
      readonly localStorage?: Readonly<Record<string, string>>;
      /** The page's size (default 420 × 900). */
      readonly viewport?: { readonly width: number; readonly height: number };
    },
  ): Promise<{ page: Page; blocked: string[] }>;
  stop(): Promise<void>;
}

/** The dev server's headers (webpack.config.js `devServer.headers`). */
const DEV_SERVER_HEADERS = { "Access-Control-Allow-Origin": "*" } as const;

/**
 * Serves the pane's build and starts Chromium (the run's first caller builds the pane: 15–30 s on
 * two cores; the others wait for that one build).
 */
export async function startTaskpaneBrowser(): Promise<TaskpaneBrowser> {
  assertChromiumInstalled();
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-certs-"));
  let build: PaneBuild | undefined;
  let server: RunningStaticServer | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close();
    await server?.stop();
    build?.release();
    fs.rmSync(certDir, { recursive: true, force: true });
  };
  try {
    const [built, { key, cert }] = await Promise.all([paneBuild(), ensureDevCerts(certDir)]);
    build = built;
    server = await serveStatic({ dir: built.dist, key, cert, headers: DEV_SERVER_HEADERS });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    await stop();
    throw error;
  }
  const taskpaneUrl = `${server.url}taskpane.html`;
  const running = browser;
  return {
    taskpaneUrl,
    async open(language, options = {}) {
      const context = await running.newContext({
        locale: language,
        ignoreHTTPSErrors: true,
        viewport: options.viewport ?? { width: 420, height: 900 },
      });
      const allowed = new Set([new URL(taskpaneUrl).origin, ...(options.allowOrigins ?? [])]);
      const blocked: string[] = [];
      await context.route(
        (url) => !allowed.has(url.origin),
        (route) => {
          blocked.push(route.request().url());
          return route.abort("blockedbyclient");
        },
      );
      if (options.localStorage)
        await context.addInitScript((entries: Record<string, string>) => {
          for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
        }, options.localStorage);
      const page = await context.newPage();
      await page.goto(`${taskpaneUrl}${options.query ?? ""}`);
      return { page, blocked };
    },
    stop,
  };
}

/** The pane's roles (the values of the role switch). */
export type PaneRoleValue = "coordinator" | "lead" | "planner";

/**
 * Shows a role's view with the role switch (a select, found by its label in either language), then,
 * when given, opens the section whose tab carries `section`.
 */
export async function showRole(page: Page, role: PaneRoleValue, section?: string): Promise<void> {
  await page.getByRole("combobox", { name: /^(Rolle|Role)$/ }).selectOption(role);
  if (section !== undefined) await page.getByRole("tab", { name: section, exact: true }).click();
}

/**
 * Waits until the plan worker has finished: the needs appear from the intake at once, the ranking,
 * selection, schedule and charts only when the progress region ("Beregning av planen") is gone.
 */
export async function waitForPlan(page: Page, timeout = 300_000): Promise<void> {
  await page
    .getByRole("region", { name: /^(Beregning av planen|Computing the plan)$/ })
    .waitFor({ state: "detached", timeout });
}
