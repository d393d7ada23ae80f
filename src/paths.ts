/**
 * The project's own folders. Found from this module's place by walking up to the package.json of
 * "mawjaz", so the same code works from src/ (tsx, vitest) and from a bundle anywhere inside the project
 * (dist/ for `npm start`, a test's build folder under node_modules/.cache).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function projectRoot(from: string): string {
  for (let dir = from; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "mawjaz") return dir;
      } catch {
        // Not ours (or unreadable): keep walking up.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`Mawjaz: no package.json of "mawjaz" above ${from}`);
    dir = up;
  }
}

/** The project root, with a trailing separator. */
export const ROOT = join(projectRoot(dirname(fileURLToPath(import.meta.url))), "/");
/** The bundled seed corpus. */
export const SEEDS_DIR = join(ROOT, "seeds/");
/** Answer strings, one JSON file per language. */
export const LOCALES_DIR = join(ROOT, "locales/");
/** The core's source and data: their content is part of an index snapshot's key. */
export const CORE_SOURCE_DIR = join(ROOT, "src/core/");
/** Where index snapshots go unless INDEX_CACHE_DIR says otherwise. */
export const DEFAULT_CACHE_DIR = join(ROOT, "node_modules/.cache/mawjaz/");

/**
 * How to start the entry point `name` that lives beside the calling module (`moduleUrl`, its import.meta.url):
 * from a bundle (bin/build.js puts every entry and chunk in one folder) the sibling `name.js`; from the
 * sources, `source` (an absolute .ts path) through tsx.
 */
export function entryBeside(moduleUrl: string, name: string, source: string): { path: string; execArgv: string[] } {
  return moduleUrl.endsWith(".ts")
    ? { path: source, execArgv: ["--import", "tsx"] }
    : { path: fileURLToPath(new URL(`./${name}.js`, moduleUrl)), execArgv: [] };
}
