/**
 * The Redis client libraries (about 40 MB of resident memory) are loaded only when STORE_URL is a Redis URL. A child
 * process records every module it loads (ESM through a resolve hook, CommonJS through require.cache) while it uses a
 * store of each kind.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = new URL("../../", import.meta.url);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mawjaz-lazy-"));
  await writeFile(join(dir, "hooks.mjs"), `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(join(dir, "loaded.txt"))}, result.url + "\\n");
  return result;
}
`);
  await writeFile(join(dir, "register.mjs"), `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(dir, "hooks.mjs")).href)});\n`);
  await writeFile(join(dir, "use-store.mts"), `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { createStore } from ${JSON.stringify(new URL("src/store/index.ts", ROOT).pathname)};
const store = createStore(process.argv[2]);
store.ns("prefs");
await store.close().catch(() => undefined);
const cjs = Object.keys(createRequire(import.meta.url).cache);
const esm = readFileSync(${JSON.stringify(join(dir, "loaded.txt"))}, "utf8").split("\\n");
process.stdout.write(JSON.stringify([...cjs, ...esm].filter((m) => /@redis\\/client|@keyv\\/redis/.test(m)).length));
`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function redisModulesLoaded(url: string): Promise<number> {
  await writeFile(join(dir, "loaded.txt"), "");
  const { stdout } = await run(process.execPath, ["--import", "tsx", "--import", join(dir, "register.mjs"), join(dir, "use-store.mts"), url], { cwd: new URL(".", ROOT).pathname, timeout: 60_000 });
  return Number(stdout.trim());
}

describe("GIVEN a store that is not Redis", () => {
  it("THEN the Redis libraries are never loaded (memory: and sqlite:)", async () => {
    expect(await redisModulesLoaded("memory:")).toBe(0);
    expect(await redisModulesLoaded(`sqlite://${join(dir, "store.sqlite")}`)).toBe(0);
  }, 60_000);

  it("THEN with a Redis URL they are (the probe sees them when they load)", async () => {
    // No connection is made until a key is read or written: an unused port is enough.
    expect(await redisModulesLoaded("redis://127.0.0.1:1")).toBeGreaterThan(0);
  }, 60_000);
});
