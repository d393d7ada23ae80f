/** The files of a corpus directory, and a fingerprint of their state (for the index snapshot and the reload watcher). */
import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `dir` (hidden entries skipped), sorted; throws when `dir` cannot be listed. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk(dir);
  return out.sort();
}

/**
 * A hash of every file's path, size and modification time: changes whenever an article is added, edited or
 * removed. Null when the directory cannot be listed.
 */
export async function corpusFingerprint(dir: string): Promise<string | null> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch {
    return null;
  }
  const h = createHash("sha256");
  for (const f of files) {
    const s = await stat(f).catch(() => undefined);
    if (s) h.update(`${f}\0${s.size}\0${s.mtimeMs}\0`);
  }
  return h.digest("hex");
}

/** The total size in bytes of the files below `dir` (0 when it cannot be listed). */
export async function corpusBytes(dir: string): Promise<number> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch {
    return 0;
  }
  let total = 0;
  for (const f of files) total += (await stat(f).catch(() => undefined))?.size ?? 0;
  return total;
}
