/**
 * jsdom tests of React components: a fresh root in a div on the page for each test (unmounted and
 * removed after it), with React's act environment switched on, and a ResizeObserver stand-in for
 * Fluent parts that observe their size (jsdom has no layout).
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

/** The current test's root and the div it renders into. */
export interface ReactMount {
  container: HTMLDivElement;
  root: Root;
}

/** Registers the per-test root (call at the top level of a test file, or in a describe). */
export function mountPerTest(): ReactMount {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const mount = {} as ReactMount;
  beforeEach(() => {
    mount.container = document.createElement("div");
    document.body.append(mount.container);
    mount.root = createRoot(mount.container);
  });
  afterEach(() => {
    act(() => mount.root.unmount());
    mount.container.remove();
  });
  return mount;
}
