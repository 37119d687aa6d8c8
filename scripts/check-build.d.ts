// Types of scripts/check-build.js for TypeScript callers (tests).

/** Every served file under dir (relative paths), without dist/node and office-js/. */
export function servedFiles(dir: string, prefix?: string): string[];
/** Problems: served files that name localhost or the checkout path. */
export function findLeaks(dir: string, checkoutPath?: string): string[];
