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

/** What a corpus directory holds now: a fingerprint of its files and their total size. */
export interface CorpusState {
  /** A hash of every file's path, size and modification time: changes whenever an article is added, edited or removed. */
  fingerprint: string;
  /** The total size of the files, in bytes. */
  bytes: number;
}

/** The state of the files below `dir`; null when the directory cannot be listed. */
export async function corpusState(dir: string): Promise<CorpusState | null> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch {
    return null;
  }
  const h = createHash("sha256");
  let bytes = 0;
  for (const f of files) {
    const s = await stat(f).catch(() => undefined);
    if (!s) continue;
    h.update(`${f}\0${s.size}\0${s.mtimeMs}\0`);
    bytes += s.size;
  }
  return { fingerprint: h.digest("hex"), bytes };
}

/** The fingerprint of `corpusState`; null when the directory cannot be listed. */
export async function corpusFingerprint(dir: string): Promise<string | null> {
  return (await corpusState(dir))?.fingerprint ?? null;
}
