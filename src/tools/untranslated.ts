/**
 * Lists the sentences of a corpus's .txt files that have no English reference translation.
 *
 *   npx tsx src/tools/untranslated.ts [corpus dir] [--all]
 *
 * Sentences are those `splitSentences` yields over each whole file, keyed by `sentenceHash`; the
 * translations are the `<id>.en.json` files in the same directory. One line per missing sentence:
 * `<id>\t<hash>\t<Arabic>`. Without --all, sentences with fewer than three Arabic words (widgets,
 * phone numbers, footers) are counted but not listed. Exit code 1 when a content sentence lacks a
 * translation or a translation file has problems, else 0.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { splitSentences, sentenceHash } from "../core/text/sentences.ts";
import { loadReferenceTranslations, looksLikeContent } from "../core/corpus/translations.ts";

export interface Untranslated {
  id: string;
  hash: string;
  text: string;
  content: boolean;
}

/** The untranslated sentences of every .txt file in `dir`, in file and text order, without repeats. */
export async function findUntranslated(dir: string): Promise<{ missing: Untranslated[]; problems: { file: string; reason: string }[] }> {
  const refs = await loadReferenceTranslations(dir);
  const missing: Untranslated[] = [];
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  for (const name of names) {
    const id = name.slice(0, -".txt".length);
    const text = await readFile(join(dir, name), "utf8");
    const seen = new Set<string>();
    for (const s of splitSentences(text)) {
      const hash = sentenceHash(s.text);
      if (seen.has(hash) || refs.sentences.has(hash)) continue;
      seen.add(hash);
      missing.push({ id, hash, text: s.text, content: looksLikeContent(s.text) });
    }
    if (!refs.titles.has(id)) missing.push({ id, hash: "title", text: "(no English title)", content: true });
  }
  return { missing, problems: refs.problems };
}

async function main(argv: string[]): Promise<number> {
  const all = argv.includes("--all");
  const dir = argv.find((a) => !a.startsWith("--")) ?? "seeds";
  const { missing, problems } = await findUntranslated(dir);
  for (const p of problems) console.error(`problem: ${p.file}: ${p.reason}`);
  const shown = all ? missing : missing.filter((m) => m.content);
  for (const m of shown) console.log(`${m.id}\t${m.hash}\t${m.text}`);
  const hidden = missing.length - shown.length;
  const content = missing.filter((m) => m.content).length;
  console.error(
    `${content} content sentence(s) without a translation` + (hidden > 0 ? `; ${hidden} short line(s) not listed (--all shows them)` : ""),
  );
  return content > 0 || problems.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 2;
    },
  );
}
