/**
 * Draws a long list in steps so no step blocks the page: the first rows at once, then more in
 * later tasks (each a low-priority transition), until every row is there. A new list starts over.
 */
import { startTransition, useEffect, useState } from "react";

/** Rows drawn in the first render. */
export const FIRST_ROWS = 50;
/** Rows added in each later step. */
export const MORE_ROWS = 100;

/** How many of `items` to draw now; grows step by step to `items.length`. */
export function useIncrementalRows<T>(items: readonly T[]): number {
  const [drawn, setDrawn] = useState({ items, count: FIRST_ROWS });
  // A new list (a filter, a new plan) starts again with its first rows.
  const count = drawn.items === items ? drawn.count : FIRST_ROWS;
  if (drawn.items !== items) setDrawn({ items, count });
  useEffect(() => {
    if (count >= items.length) return undefined;
    const timer = setTimeout(() => {
      startTransition(() => setDrawn({ items, count: count + MORE_ROWS }));
    }, 0);
    return () => clearTimeout(timer);
  }, [items, count]);
  return Math.min(count, items.length);
}
