// Types of scripts/lib/chromium.js for TypeScript callers (the browser test).

/** Path of Debian's Chromium binary. */
export const CHROMIUM_PATH: string;
/** Launch flags for headless Chromium without sandbox, GPU or background networking. */
export const CHROMIUM_ARGS: readonly string[];
/** Throws a clear error when Chromium is not installed. */
export function assertChromiumInstalled(): void;
