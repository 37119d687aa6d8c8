/**
 * A port whose adapter is loaded when it is first used: every method waits for `load()` (a dynamic
 * import, so the adapter and its libraries — e.g. the Microsoft Graph client — stay out of the
 * pane's first download) and then calls the loaded adapter. Only for ports whose methods all return
 * promises.
 */

/** An object whose every member is a method returning a promise. */
export type AsyncPort<T> = { readonly [K in keyof T]: (...args: never[]) => Promise<unknown> };

/** The port `T`, its implementation loaded once on the first call. */
export function lazyPort<T extends AsyncPort<T>>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const target = Object.create(null) as T;
  return new Proxy(target, {
    get(_target, member) {
      // Not a thenable, and no symbol members (inspection, iteration): only the port's methods.
      if (typeof member !== "string" || member === "then") return undefined;
      return async (...args: unknown[]) => {
        loaded ??= load();
        const port = (await loaded) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
        const method = port[member];
        if (typeof method !== "function") throw new TypeError(`The port has no method ${member}`);
        return method.apply(port, args);
      };
    },
  });
}
