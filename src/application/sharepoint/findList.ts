/**
 * Finding a list of a site by its display name or id (among given lists, or resolving the site by
 * URL first), and the error that names the list, the site and the lists the site does have.
 */
import type { ListGateway, ListInfo, ListRef } from "./listGateway";

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
function requireList(lists: readonly ListInfo[], nameOrId: string, siteUrl: string): ListInfo {
  const list = findList(lists, nameOrId);
  if (!list)
    throw new ListNotFoundError(
      nameOrId,
      siteUrl,
      lists.map((l) => l.displayName),
    );
  return list;
}

/**
 * Resolves the site at `siteUrl` and finds the list named `nameOrId` on it: the list and its
 * reference (site and list ids); throws ListNotFoundError naming the lists the site has.
 */
export async function locateList(
  gateway: Pick<ListGateway, "resolveSite" | "listLists">,
  siteUrl: string,
  nameOrId: string,
  signal?: AbortSignal,
): Promise<{ readonly list: ListInfo; readonly ref: ListRef }> {
  const site = await gateway.resolveSite(siteUrl, signal);
  const list = requireList(await gateway.listLists(site.id, signal), nameOrId, siteUrl);
  return { list, ref: { siteId: site.id, listId: list.id } };
}
