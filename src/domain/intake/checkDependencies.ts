/**
 * Dependency rules of a batch of needs: no dependency on an unknown id or on itself, no cycles
 * (every need in a cycle is rejected, naming a cycle through it), and the cascade: a need that
 * depends on a rejected need is rejected too, transitively. Cycles are found as strongly connected
 * components (Tarjan's algorithm, iterative so long chains cannot overflow the stack).
 */

/** One record of the batch as the dependency rules see it. */
export interface DependencyEntry {
  /** Id under which others may depend on this record (first occurrence of a valid id), if any. */
  readonly nodeId: string | undefined;
  /** The record's own id, for the self-dependency rule (also set for duplicates). */
  readonly ownId: string | undefined;
  /** Ids this record depends on, without repeats. */
  readonly dependsOn: readonly string[];
  /** Rejected already for reasons other than dependencies. */
  readonly rejected: boolean;
}

/** A dependency problem of one record. */
export interface DependencyFinding {
  readonly code: "unknown-dependency" | "self-dependency" | "dependency-cycle" | "dependency-rejected";
  readonly params: Readonly<Record<string, string>>;
}

/** Separator between ids in a cycle path, e.g. `N-1 → N-2 → N-1`. */
const CYCLE_ARROW = " → ";

/**
 * Applies the dependency rules to a batch; returns the findings of each entry, in input order.
 * A `dependency-rejected` finding names a directly depended-on rejected need; needs in the same
 * cycle do not report each other as rejected (the cycle finding says it).
 */
export function checkDependencies(entries: readonly DependencyEntry[]): DependencyFinding[][] {
  const indexById = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (entry.nodeId !== undefined) indexById.set(entry.nodeId, i);
  });
  const findings: DependencyFinding[][] = entries.map(() => []);
  const edges: number[][] = entries.map((entry, i) => {
    const targets: number[] = [];
    for (const dep of entry.dependsOn) {
      const target = indexById.get(dep);
      if (dep === entry.ownId) findings[i]!.push({ code: "self-dependency", params: { value: dep } });
      else if (target === undefined)
        findings[i]!.push({ code: "unknown-dependency", params: { value: dep } });
      else targets.push(target);
    }
    return targets;
  });

  const component = stronglyConnectedComponents(edges);
  const componentSize = new Map<number, number>();
  for (const c of component) componentSize.set(c, (componentSize.get(c) ?? 0) + 1);
  const idOf = (i: number): string => entries[i]!.nodeId ?? "";
  component.forEach((c, i) => {
    if (componentSize.get(c)! > 1) {
      const cycle = shortestCycle(i, edges, component).map(idOf).join(CYCLE_ARROW);
      findings[i]!.push({ code: "dependency-cycle", params: { cycle } });
    }
  });

  const rejected = entries.map((entry, i) => entry.rejected || findings[i]!.length > 0);
  const dependents: number[][] = entries.map(() => []);
  edges.forEach((targets, i) => targets.forEach((j) => dependents[j]!.push(i)));
  const queue = rejected.flatMap((r, i) => (r ? [i] : []));
  while (queue.length > 0) {
    for (const i of dependents[queue.pop()!]!) {
      if (!rejected[i]) {
        rejected[i] = true;
        queue.push(i);
      }
    }
  }
  edges.forEach((targets, i) => {
    for (const j of targets) {
      if (rejected[j] && component[i] !== component[j]) {
        findings[i]!.push({ code: "dependency-rejected", params: { value: idOf(j) } });
      }
    }
  });
  return findings;
}

/** Component number of every node (nodes of one strongly connected component share it). */
function stronglyConnectedComponents(edges: readonly (readonly number[])[]): number[] {
  const n = edges.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const component = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: number, work: [number, number][]): void => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    work.push([v, 0]);
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [];
    visit(root, work);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, position] = frame;
      const successors = edges[v]!;
      if (position < successors.length) {
        frame[1] = position + 1;
        const w = successors[position]!;
        if (index[w] === -1) visit(w, work);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/** A shortest cycle from `start` back to itself inside its component, as node indices (start twice). */
function shortestCycle(
  start: number,
  edges: readonly (readonly number[])[],
  component: readonly number[],
): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of edges[v]!) {
      if (component[w] !== component[start] || previous.has(w)) continue;
      previous.set(w, v);
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = previous.get(at)!) path.push(at);
        path.push(start);
        return path.reverse();
      }
      queue.push(w);
    }
  }
  return [start, start];
}
