/** An in-memory Web Storage stand-in (getItem/setItem) for the browser stores' tests. */

/** Keeps items in a Map; `data` lets tests look at or plant raw values. */
export class MapStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}
