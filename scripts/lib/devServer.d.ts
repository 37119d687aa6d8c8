// Types of scripts/lib/devServer.js for TypeScript callers (the browser test).

/** A running dev server. */
export interface RunningDevServer {
  /** Base URL, e.g. `https://localhost:3000/`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Compiles the task pane in memory and serves it over HTTPS on localhost. */
export function startDevServer(options: {
  port: number;
  mode?: "development" | "production";
  certDir?: string;
  quiet?: boolean;
}): Promise<RunningDevServer>;
