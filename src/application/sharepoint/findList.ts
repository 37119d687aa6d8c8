/**
 * Finding a list of a site by its display name or id, and the error that names the list, the site
 * and the lists the site does have when it is not there.
 */
import type { ListInfo } from "./listGateway";

/** The list whose id or display name (case-insensitive) is `nameOrId`. */
export function findList(lists: readonly ListInfo[], nameOrId: string): ListInfo | undefined {
  const wanted = nameOrId.trim().toLowerCase();
  return lists.find((l) => l.id.toLowerCase() === wanted || l.displayName.toLowerCase() === wanted);
}

/** Thrown when a list is not on the site; names the list, the site and the lists it has. */
export class ListNotFoundError extends Error {
  constructor(
    readonly listName: string,
    readonly siteUrl: string,
    readonly available: readonly string[],
  ) {
    super(`List "${listName}" not found on ${siteUrl} (lists: ${available.join(", ")}).`);
    this.name = "ListNotFoundError";
  }
}

/** The list named `nameOrId` among the site's lists; throws ListNotFoundError naming what is there. */
export function requireList(lists: readonly ListInfo[], nameOrId: string, siteUrl: string): ListInfo {
  const list = findList(lists, nameOrId);
  if (!list)
    throw new ListNotFoundError(
      nameOrId,
      siteUrl,
      lists.map((l) => l.displayName),
    );
  return list;
}
