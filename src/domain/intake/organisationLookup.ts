/**
 * Finds units, main categories and subcategories of a plan configuration by id or by name,
 * leniently (see lookupKey): "Sør-Øst politidistrikt", "sor-ost" and "SØR-ØST" are the same unit.
 */
import { allUnits } from "../model/defaults";
import type { MainCategory, Subcategory, Unit } from "../model/organisation";
import type { PlanConfig } from "../model/planInput";
import { lookupKey } from "./lookupKey";

/** Result of looking up a subcategory inside a main category. */
export type SubcategoryMatch =
  | { readonly kind: "found"; readonly subcategory: Subcategory }
  /** The name exists, but under other main categories (their ids). */
  | { readonly kind: "other-category"; readonly categoryIds: readonly string[] }
  | { readonly kind: "unknown" };

/** Lookups over one plan configuration; build once per batch. */
export interface OrganisationLookup {
  unit(text: string): Unit | undefined;
  category(text: string): MainCategory | undefined;
  /** Looks a subcategory up in `category`, or everywhere when the category is not known. */
  subcategory(text: string, category: MainCategory | undefined): SubcategoryMatch;
}

/** Builds the lookups for a configuration's units and categories. */
export function organisationLookup(
  config: Pick<PlanConfig, "specialBodies" | "mainCategories">,
): OrganisationLookup {
  const units = byIdAndName(allUnits(config));
  const categories = byIdAndName(config.mainCategories);
  const subcategories = new Map<string, ReadonlyMap<string, Subcategory>>(
    config.mainCategories.map((c) => [c.id, byIdAndName(c.subcategories)]),
  );
  return {
    unit: (text) => units.get(lookupKey(text)),
    category: (text) => categories.get(lookupKey(text)),
    subcategory(text, category) {
      const key = lookupKey(text);
      const own = category ? subcategories.get(category.id)?.get(key) : undefined;
      if (own) return { kind: "found", subcategory: own };
      const categoryIds = config.mainCategories
        .filter((c) => c.id !== category?.id && subcategories.get(c.id)?.has(key))
        .map((c) => c.id);
      return categoryIds.length > 0 ? { kind: "other-category", categoryIds } : { kind: "unknown" };
    },
  };
}

/** Map from the lookup key of each id and each name to the item; ids win over names. */
function byIdAndName<T extends { readonly id: string; readonly name: string }>(
  items: readonly T[],
): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = lookupKey(item.name);
    if (!map.has(key)) map.set(key, item);
  }
  for (const item of items) map.set(lookupKey(item.id), item);
  return map;
}
