/**
 * The one Promise wrapper for Office's callback API (`*Async` + AsyncResult): resolves with the
 * value, rejects with a ProjectApiError when the status is Failed.
 */

/** The parts of Office.AsyncResult the wrapper reads. */
export interface AsyncResultLike<T> {
  readonly status: unknown;
  readonly value: T;
  readonly error?: {
    readonly code?: number | string;
    readonly name?: string;
    readonly message?: string;
  } | null;
}

/** A failed Office call: the operation, the host's error code and message. */
export class ProjectApiError extends Error {
  /** The host's error code (e.g. 5001 Internal Error). */
  readonly code: number | string | undefined;
  /** The call that failed, e.g. `setTaskFieldAsync(Start)`. */
  readonly operation: string;

  constructor(operation: string, code: number | string | undefined, hostMessage: string) {
    super(`${operation}: ${hostMessage}${code === undefined ? "" : ` (${code})`}`);
    this.name = "ProjectApiError";
    this.operation = operation;
    this.code = code;
  }
}

/** Office.AsyncResultStatus.Failed as office.js defines it. */
export const FAILED_STATUS = "failed";

/**
 * Calls an Office `*Async` method through its callback and returns a Promise.
 * `failedStatus` is the host's Office.AsyncResultStatus.Failed (passed in so tests need no global).
 */
export function callOffice<T>(
  operation: string,
  invoke: (callback: (result: AsyncResultLike<T>) => void) => void,
  failedStatus: unknown = FAILED_STATUS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === failedStatus) {
          const e = result.error;
          reject(
            new ProjectApiError(operation, e?.code, e?.message ?? e?.name ?? "the host reported a failure"),
          );
        } else resolve(result.value);
      });
    } catch (error) {
      reject(
        new ProjectApiError(operation, undefined, error instanceof Error ? error.message : String(error)),
      );
    }
  });
}
