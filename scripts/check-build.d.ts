// Types of scripts/check-build.js for TypeScript callers (tests).

/** Every served file under dir (relative paths), without dist/node and office-js/. */
export function servedFiles(dir: string, prefix?: string): string[];
/** Problems: served files that name localhost or the checkout path. */
export function findLeaks(dir: string, checkoutPath?: string): string[];
/** The local scripts taskpane.html (or `page`) loads, with their gzip sizes in bytes. */
export function initialScripts(dir: string, page?: string): { file: string; gzip: number }[];
/** Problems: the task pane's first scripts weigh more than `limit` bytes gzip. */
export function checkInitialSize(dir: string, limit?: number): string[];
/** The limit of the task pane's first scripts: 250 KB gzip. */
export const INITIAL_JS_LIMIT: number;
