// Jest test sequencer: the slowest files first, so that on two workers no long file starts last.
// Jest's own order puts files it has no timing for (every file on a fresh CI machine) first and
// sorts those by size; here the files known to be slow by their kind (those that drive the pane in
// Chromium, the production build) come before the rest. Failed files still come first, and files
// with a timing from an earlier run are ordered by it.
const Sequencer = require("@jest/test-sequencer").default;

/** Files that are slow by their kind: headless Chromium on the built pane, the production build. */
const SLOW_KINDS = [/\.browser\.test\.tsx?$/, /[\\/]productionBuild\.test\.ts$/];

/** Orders Jest's test files slowest first (see the header). */
class SlowFirstSequencer extends Sequencer {
  /** Failed first, then by the last run's duration, then slow kinds, then by size (largest first). */
  sort(tests) {
    const size = new Map();
    const sizeOf = (test) => {
      if (!size.has(test.path)) size.set(test.path, test.context.hasteFS.getSize(test.path) ?? 0);
      return size.get(test.path);
    };
    const slowKind = (test) => SLOW_KINDS.some((pattern) => pattern.test(test.path));
    for (const test of tests) test.duration = this.time(test);
    return [...tests].sort(
      (a, b) =>
        Number(this.hasFailed(b)) - Number(this.hasFailed(a)) ||
        (b.duration ?? -1) - (a.duration ?? -1) ||
        Number(slowKind(b)) - Number(slowKind(a)) ||
        sizeOf(b) - sizeOf(a),
    );
  }
}

module.exports = SlowFirstSequencer;
