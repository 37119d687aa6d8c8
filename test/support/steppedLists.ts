/**
 * jsdom tests of the lists drawn in steps (NarrowList's useIncrementalRows): Griffel's reports of
 * the container-query rules jsdom's CSS parser cannot read are kept out of the output (nothing else
 * is hidden), and one pending step (a timer task) is run with what React does with it.
 */
import { act } from "react";

/** Hides console.error's "@container" rule reports for the file (call at its top level). */
export function ignoreContainerRuleErrors(): void {
  const consoleError = console.error.bind(console);
  beforeAll(() => {
    jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).startsWith('There was a problem inserting the following rule: "@container'))
        consoleError(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());
}

/** Runs the pending step (a timer task under fake timers) and what React does with it. */
export function runNextStep(): void {
  act(() => {
    jest.advanceTimersToNextTimer();
  });
}
