#!/usr/bin/env node
// `npm run build` (and the first step of `npm start`): bundles the bot's entry points into dist/ with esbuild,
// so the running bot is plain JavaScript: no TypeScript loader thread in its process (about 45 MB less
// resident memory and half a second less start-up than running src/ through tsx). npm packages stay in
// node_modules (imported, not copied); the code behind the lazy imports (the platform adapters) becomes
// chunks loaded only when a platform is configured. Takes well under a second.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/**
 * The entry points run as processes of their own, by output name: every output lands in the one folder,
 * where src/core/index/child-build.ts finds indexer.js beside the code that starts it.
 */
export const ENTRIES = { main: "src/main.ts", indexer: "src/indexer.ts" };

/**
 * `node bin/build.js --bench` (the first step of `npm run bench`): the benchmarks and the child processes
 * they start, bundled with the bot's entry points, so that every figure is taken on the code `npm start`
 * runs. (tsx, which runs src/ in development and tests, compiles with keepNames: each function it creates
 * gets a name property set at run time, which costs hot code that makes closures up to twice its time.)
 */
export const BENCH_OUTDIR = "node_modules/.cache/mawjaz-bench";
export const BENCH_ENTRIES = {
  ...ENTRIES,
  run: "bench/run.ts",
  load: "bench/e2e/load.ts",
  "bot-process": "bench/e2e/bot-process.ts",
  "index-once": "bench/child/index-once.ts",
  restart: "bench/child/restart.ts",
  "heap-breakdown": "bench/child/heap-breakdown.ts",
};

/**
 * Bundles `entries` into `outdir` (both relative to the project root). The folder must be inside the project,
 * where Node finds node_modules and src/paths.ts finds the project root. Returns esbuild's result (its warnings).
 */
export async function bundle(outdir = "dist", entries = ENTRIES) {
  return await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === "--bench") await bundle(BENCH_OUTDIR, BENCH_ENTRIES);
  else await bundle(process.argv[2]);
}
