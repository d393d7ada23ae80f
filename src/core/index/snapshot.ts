/**
 * Index snapshots: the analysed corpus (IndexData plus the loader's problems) stored on disk so that a
 * restart over an unchanged corpus skips loading and analysis (issue 6: first answer ≤ 3 s at 10k
 * articles, where analysis alone takes several seconds).
 *
 * A snapshot is valid for one key: a hash of the snapshot format version, the Node/V8 version, the code
 * of src/core (every source and data file, by content) and the corpus directory's files (path, size,
 * mtime). Any change gives a new key, so a stale snapshot is never served as current: the old one is
 * not found (and is deleted when the new one is written). A caller may ask for it explicitly
 * (`staleSnapshotPath`: same directory and code, earlier corpus state) to answer while it re-indexes. A snapshot that cannot be read or decoded is
 * ignored and rebuilt. Writes go to a temporary file renamed into place, so a reader never sees half a
 * file. The encoding is V8's structured serialisation (node:v8): it keeps Maps, typed arrays and
 * undefined fields exactly, and decodes in C++. Typed arrays are packed first (pack.ts): arrays of small
 * vectors are stored concatenated and come back as views of one copy, so the read buffer is reused
 * and nothing decoded keeps it alive.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CORE_SOURCE_DIR } from "../../paths.ts";
import { deserialize, serialize } from "node:v8";
import type { LoadProblem } from "../types.ts";
import type { IndexData } from "./build.ts";
import { corpusState, listFiles } from "../corpus/files.ts";
import { pack, unpack } from "./pack.ts";

/** Bump when IndexData changes shape without a code change that the hash would see (never, in practice). */
export const SNAPSHOT_FORMAT = 4;
const MAGIC = "mawjaz-index";
/** Snapshots of other corpus directories kept beside the newest one. */
const KEEP_OTHERS = 3;

/** The default cache directory: node_modules/.cache/mawjaz of the project. */
export { DEFAULT_CACHE_DIR } from "../../paths.ts";

export interface Snapshot {
  data: IndexData;
  problems: LoadProblem[];
}

/** What happened when a snapshot was looked for (for tests and logs). */
export type SnapshotStatus = "hit" | "stale" | "miss" | "corrupt" | "disabled";

let codeHash: Promise<string> | undefined;

/** Hash of every file under src/core (content), computed once per process. */
function coreCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const h = createHash("sha256");
    for (const f of await listFiles(CORE_SOURCE_DIR)) {
      h.update(f.slice(CORE_SOURCE_DIR.length));
      h.update("\0");
      h.update(await readFile(f));
      h.update("\0");
    }
    return h.digest("hex");
  })();
  return codeHash;
}



/**
 * The snapshot file for a corpus directory in its current state; null when it cannot be fingerprinted.
 * Named `<directory>-<code>-<corpus state>.snap`, so that a snapshot of an earlier state of the same
 * directory, made by the same code, can be found (`staleSnapshotPath`).
 */
export async function snapshotPath(cacheDir: string, corpusDir: string): Promise<string | null> {
  return (await snapshotFor(cacheDir, corpusDir))?.path ?? null;
}

/** snapshotPath, with the corpus's size in bytes (read in the same pass over its files). */
export async function snapshotFor(cacheDir: string, corpusDir: string): Promise<{ path: string; bytes: number } | null> {
  const abs = resolve(corpusDir);
  const corpus = await corpusState(abs);
  if (corpus === null) return null;
  const state = createHash("sha256").update(corpus.fingerprint).digest("hex").slice(0, 20);
  return { path: `${await codePrefix(cacheDir, abs)}${state}.snap`, bytes: corpus.bytes };
}

/**
 * The newest snapshot of this corpus directory made by this code, whatever corpus state it holds: a bot
 * can answer from it at once while the changed corpus is re-indexed. Null when there is none.
 */
export async function staleSnapshotPath(cacheDir: string, corpusDir: string): Promise<string | null> {
  const prefix = await codePrefix(cacheDir, resolve(corpusDir));
  const dir = dirname(prefix);
  const start = prefix.slice(dir.length + 1);
  let best: { file: string; mtime: number } | null = null;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(start) || !name.endsWith(".snap")) continue;
    const file = join(dir, name);
    const mtime = (await stat(file).catch(() => null))?.mtimeMs ?? -1;
    if (mtime >= 0 && (best === null || mtime > best.mtime)) best = { file, mtime };
  }
  return best?.file ?? null;
}

/** `<cacheDir>/<directory key>-<code key>-`: the code key covers the format, Node/V8 and src/core. */
async function codePrefix(cacheDir: string, abs: string): Promise<string> {
  const code = createHash("sha256")
    .update(`${MAGIC}\0${SNAPSHOT_FORMAT}\0${process.versions.node}\0${process.versions.v8}\0`)
    .update(await coreCodeHash())
    .digest("hex")
    .slice(0, 20);
  return join(cacheDir, `${dirKey(abs)}-${code}-`);
}

/** One prefix per corpus directory: older snapshots of the same directory are found and replaced. */
function dirKey(abs: string): string {
  return createHash("sha256").update(abs).digest("hex").slice(0, 12);
}

/**
 * File layout: a header line, then sections, each a 4-byte length and one V8-serialised value: first
 * { keys, problems, textAt, textLength }, then each IndexData field in `keys` order, as one section or, for a long
 * array or an object holding one, a marker section followed by the sections of its slices or fields. Sections keep
 * the peak memory of writing and reading to a slice, not the whole index.
 */
const HEADER = Buffer.from(`${MAGIC}/${SNAPSHOT_FORMAT}\n`);
/** `between` is called each time this much more has been written (about every eighth of a 10k-article snapshot). */
const BETWEEN_BYTES = 8 * 1024 * 1024;
/**
 * Arrays longer than this are written as several sections of this many items, and an object holding one is written
 * field by field (a marker section first). The reader's one buffer then only ever holds a slice: it lives until the
 * next full collection, which a bot under light load may not have for hours, and whole arrays of 10k articles made
 * it 18 MB (the writer's encodings likewise).
 */
const CHUNK_ITEMS = 2000;
const CHUNKS = "\u0000chunks";
const FIELDS = "\u0000fields";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set) && !ArrayBuffer.isView(v);

/** Reads a snapshot; undefined when there is none, "corrupt" when it exists but cannot be decoded. */
export async function readSnapshot(path: string): Promise<Snapshot | "corrupt" | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, "r");
  } catch {
    return undefined;
  }
  try {
    let left = (await file.stat()).size;
    const head = Buffer.alloc(HEADER.length);
    if ((await file.read(head, 0, head.length, null)).bytesRead !== head.length || !head.equals(HEADER)) return "corrupt";
    left -= head.length;
    // One read buffer for every section: unpack copies each section's typed arrays out of it.
    let scratch = Buffer.allocUnsafeSlow(0);
    // Equal short strings of every section become one (see unpack).
    const intern = new Map<string, string>();
    /** One value as written by `put` (writeSnapshot): a plain section, or a marker and the sections of its parts. */
    const read = async (): Promise<unknown> => {
      const value = await next();
      if (!isRecord(value)) return value;
      if (CHUNKS in value) {
        const count = value[CHUNKS];
        if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 1e7) throw new Error("bad chunk count");
        const out: unknown[] = [];
        for (let i = 0; i < count; i++) {
          const part = await read();
          if (!Array.isArray(part)) throw new Error("bad chunk");
          for (const item of part) out.push(item);
        }
        return out;
      }
      if (FIELDS in value) {
        const keys = value[FIELDS];
        if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) throw new Error("bad fields");
        const out: Record<string, unknown> = {};
        for (const key of keys as string[]) out[key] = await read();
        return out;
      }
      return value;
    };
    const next = async (): Promise<unknown> => {
      const size = Buffer.alloc(4);
      if ((await file.read(size, 0, 4, null)).bytesRead !== 4) throw new Error("truncated");
      const length = size.readUInt32LE(0);
      left -= 4 + length;
      if (left < 0) throw new Error("truncated");
      if (scratch.length < length) scratch = Buffer.allocUnsafeSlow(length);
      const body = scratch.subarray(0, length);
      if ((await file.read(body, 0, body.length, null)).bytesRead !== body.length) throw new Error("truncated");
      return unpack(deserialize(body), intern);
    };
    const meta = (await next()) as { keys?: unknown; problems?: unknown; textAt?: unknown; textLength?: unknown };
    const { keys, problems, textAt, textLength } = meta ?? {};
    if (!Array.isArray(keys) || !(textAt instanceof Int32Array) || !(textLength instanceof Int32Array)) return "corrupt";
    const data: Record<string, unknown> = {};
    for (const key of keys) data[String(key)] = await read();
    const snapshot = { data, problems } as unknown;
    if (!isSnapshot(snapshot)) return "corrupt";
    if (!restoreTexts(snapshot.data, textAt, textLength)) return "corrupt";
    return snapshot;
  } catch {
    return "corrupt";
  } finally {
    await file.close().catch(() => undefined);
  }
}

function isSnapshot(s: unknown): s is Snapshot {
  if (typeof s !== "object" || s === null) return false;
  const { data, problems } = s as Partial<Snapshot>;
  return (
    Array.isArray(problems) &&
    typeof data === "object" &&
    data !== null &&
    Array.isArray(data.articles) &&
    Array.isArray(data.sentences) &&
    Array.isArray(data.entities) &&
    data.sentenceArticle instanceof Int32Array &&
    data.sentenceArticle.length === data.sentences.length &&
    data.articleFirst instanceof Int32Array &&
    data.articleFirst.length === data.articles.length &&
    typeof data.terms === "object" &&
    typeof data.events === "object" &&
    typeof data.searchData === "object" &&
    data.searchData.offsets instanceof Int32Array &&
    typeof data.lookupData === "object" &&
    data.lookupData.exact instanceof Map &&
    data.lookupData.startEntities instanceof Int32Array
  );
}

/**
 * Sentence texts are substrings of their article's paragraphs: the snapshot stores where (paragraph
 * offset; -1 keeps the text), and reading takes them back as slices, which V8 keeps as views of the
 * paragraph rather than copies (smaller file, less memory after a restart).
 */
function withoutTexts(data: IndexData): { data: IndexData; textAt: Int32Array; textLength: Int32Array } {
  const textAt = new Int32Array(data.sentences.length).fill(-1);
  const textLength = new Int32Array(data.sentences.length);
  const sentences = data.sentences.map((s, i) => {
    const paragraph = data.articles[data.sentenceArticle[i]!]?.paragraphs[s.paragraph];
    const at = paragraph === undefined ? -1 : paragraph.indexOf(s.text);
    if (at < 0 || s.text.length === 0) return s;
    textAt[i] = at;
    textLength[i] = s.text.length;
    return { ...s, text: "" };
  });
  return { data: { ...data, sentences }, textAt, textLength };
}

function restoreTexts(data: IndexData, textAt: Int32Array, textLength: Int32Array): boolean {
  const n = data.sentences.length;
  if (textAt.length !== n || textLength.length !== n) return false;
  for (let i = 0; i < textAt.length; i++) {
    const at = textAt[i]!;
    if (at < 0) continue;
    const s = data.sentences[i]!;
    const paragraph = data.articles[data.sentenceArticle[i]!]?.paragraphs[s.paragraph];
    if (typeof paragraph !== "string" || at + textLength[i]! > paragraph.length) return false;
    s.text = paragraph.slice(at, at + textLength[i]!);
  }
  return true;
}

/**
 * Writes a snapshot atomically and removes older snapshots of the same corpus directory. Failures (a
 * read-only disk, no space) are reported to the caller, who may ignore them: the snapshot is an optimisation.
 */
export async function writeSnapshot(path: string, snapshot: Snapshot, options: { between?: () => void; chunkItems?: number } = {}): Promise<void> {
  const chunkItems = Math.max(1, options.chunkItems ?? CHUNK_ITEMS);
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const { data, textAt, textLength } = withoutTexts(snapshot.data);
    const keys = Object.keys(data) as (keyof IndexData)[];
    const file = await open(tmp, "w");
    try {
      let sinceBetween = 0;
      const section = async (value: unknown): Promise<void> => {
        const body = serialize(pack(value));
        const size = Buffer.alloc(4);
        size.writeUInt32LE(body.length, 0);
        await file.write(size);
        await file.write(body);
        // The packed copies and encodings written so far are garbage (the indexer collects them here).
        sinceBetween += body.length;
        if (sinceBetween >= BETWEEN_BYTES) {
          sinceBetween = 0;
          options.between?.();
        }
      };
      /** A value: long arrays in slices, objects holding one field by field (see CHUNK_ITEMS), the rest whole. */
      const put = async (value: unknown): Promise<void> => {
        if (Array.isArray(value) && value.length > chunkItems) {
          const count = Math.ceil(value.length / chunkItems);
          await section({ [CHUNKS]: count });
          for (let i = 0; i < count; i++) await section(value.slice(i * chunkItems, (i + 1) * chunkItems));
          return;
        }
        if (isRecord(value) && Object.values(value).some((v) => (Array.isArray(v) && v.length > chunkItems) || isRecord(v))) {
          const fields = Object.keys(value);
          await section({ [FIELDS]: fields });
          for (const key of fields) await put(value[key]);
          return;
        }
        await section(value);
      };
      await file.write(HEADER);
      await section({ keys, problems: snapshot.problems, textAt, textLength });
      for (const key of keys) await put(data[key]);
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  // Older snapshots of this directory are stale; of other directories, keep only the most recent few.
  const prefix = path.slice(dir.length + 1).split("-")[0]!;
  const others: { file: string; mtime: number }[] = [];
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    if (!name.endsWith(".snap") || file === path) continue;
    if (name.startsWith(`${prefix}-`)) await unlink(file).catch(() => undefined);
    else others.push({ file, mtime: (await stat(file).catch(() => null))?.mtimeMs ?? 0 });
  }
  others.sort((a, b) => b.mtime - a.mtime);
  for (const { file } of others.slice(KEEP_OTHERS)) await unlink(file).catch(() => undefined);
}
