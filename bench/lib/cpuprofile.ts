/**
 * Summarises a V8 .cpuprofile: self and inclusive time per function (recursion counted once), so that a
 * missed target can be traced to the function and stage that costs the time. Functions of a bundle (the
 * benchmark runs bundled code: bin/build.js --bench) are named by their source file, from the `// path`
 * line esbuild writes before each module's code.
 */
import { readFileSync } from "node:fs";
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  fn: string;
  selfMs: number;
  totalMs: number;
}

export function summarise(profile: CpuProfile, repo: string): { totalMs: number; functions: FunctionTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    totalUs += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const sources = new Map<string, { line: number; source: string }[]>();
  const key = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    const path = f.url.replace(/^file:\/\//, "");
    const file = (isBundle(path, repo) ? sourceAt(sources, path, f.lineNumber) : null) ?? path.replace(repo, "");
    // tsx compiles each module to very few lines: the line number says nothing, the column little.
    return `${f.functionName || "(anonymous)"} ${file}`;
  };
  const out = new Map<string, FunctionTime>();
  const get = (k: string) => out.get(k) ?? out.set(k, { fn: k, selfMs: 0, totalMs: 0 }).get(k)!;
  // Depth-first from the root, carrying the functions on the stack so recursion counts once.
  const root = profile.nodes[0]!;
  const visit = (id: number, stack: Set<string>): number => {
    const node = byId.get(id)!;
    const k = key(id);
    const own = self.get(id) ?? 0;
    get(k).selfMs += own / 1000;
    const fresh = !stack.has(k);
    if (fresh) stack.add(k);
    let inclusive = own;
    for (const child of node.children ?? []) inclusive += visit(child, stack);
    if (fresh) {
      stack.delete(k);
      get(k).totalMs += inclusive / 1000;
    }
    return inclusive;
  };
  visit(root.id, new Set());
  return { totalMs: totalUs / 1000, functions: [...out.values()] };
}

/** A file of the benchmark's or the bot's bundle (not a package's own dist/). */
function isBundle(path: string, repo: string): boolean {
  return path.endsWith(".js") && (path.startsWith(`${repo}node_modules/.cache/mawjaz-bench/`) || path.startsWith(`${repo}dist/`));
}

/** The source module a bundle line belongs to: the last `// <path>.ts` marker at or before it (0-based line). */
function sourceAt(cache: Map<string, { line: number; source: string }[]>, bundle: string, line: number): string | null {
  let markers = cache.get(bundle);
  if (!markers) {
    markers = [];
    try {
      readFileSync(bundle, "utf8")
        .split("\n")
        .forEach((text, i) => {
          const m = /^\/\/ ((?:src|commands|bench|tests)\/\S+\.(?:ts|json))$/.exec(text);
          if (m) markers!.push({ line: i, source: m[1]! });
        });
    } catch {
      // Gone or unreadable: the bundle path is shown instead.
    }
    cache.set(bundle, markers);
  }
  let found: string | null = null;
  for (const m of markers) {
    if (m.line > line) break;
    found = m.source;
  }
  return found;
}
