import { describe, expect, it } from "vitest";
import { mkdtemp, readdir, readFile, rm, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { splitSentences, sentenceHash } from "../../../src/core/text/sentences.ts";
import { normalizeKey, toLatinDigits } from "../../../src/core/text/normalize.ts";
import { cleanText } from "../../../src/core/corpus/clean.ts";
import {
  loadReferenceTranslations,
  lookupTranslation,
  stripListMarks,
  type TranslationFile,
} from "../../../src/core/corpus/translations.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");

interface Missing {
  id: string;
  hash: string;
  ar: string;
}

async function seedMeta(dir: string): Promise<Record<string, { title: string }>> {
  const meta = JSON.parse(await readFile(join(dir, "meta.json"), "utf8")) as { articles: Record<string, { title: string }> };
  return meta.articles;
}

async function readTranslationFile(dir: string, id: string): Promise<TranslationFile | null> {
  try {
    return JSON.parse(await readFile(join(dir, `${id}.en.json`), "utf8")) as TranslationFile;
  } catch {
    return null;
  }
}

/**
 * The content sentences of a seed corpus that lack an English reference translation. "Content" is
 * what survives the boilerplate cleaner (src/core/corpus/clean.ts):
 * - raw: every sentence of splitSentences(fileText) whose line survives the cleaner must have its own
 *   key, sentenceHash(sentence), in <id>.en.json (the file format's contract);
 * - cleaned: every sentence of every cleaned paragraph must be found by lookupTranslation (what the
 *   core will ask at run time: the cleaner strips list bullets).
 * Also a missing English title counts.
 */
async function findMissing(dir: string): Promise<Missing[]> {
  const articles = await seedMeta(dir);
  const refs = await loadReferenceTranslations(dir);
  const missing: Missing[] = [];
  for (const [file, meta] of Object.entries(articles)) {
    const id = file.replace(/\.txt$/, "");
    const text = await readFile(join(dir, file), "utf8");
    const translations = await readTranslationFile(dir, id);
    const keys = new Set(Object.keys(translations?.sentences ?? {}));
    if (!refs.titles.has(id)) missing.push({ id, hash: "title", ar: meta.title });

    const { paragraphs } = cleanText(text, { title: meta.title });
    const surviving = new Set(paragraphs.map((p) => normalizeKey(p)));
    for (const line of text.split("\n")) {
      if (!surviving.has(normalizeKey(stripListMarks(line)))) continue;
      for (const s of splitSentences(line)) {
        const hash = sentenceHash(s.text);
        if (!keys.has(hash)) missing.push({ id, hash, ar: s.text });
      }
    }
    for (const p of paragraphs) {
      for (const s of splitSentences(p)) {
        if (lookupTranslation(refs, s.text) === undefined) missing.push({ id, hash: sentenceHash(s.text), ar: s.text });
      }
    }
  }
  return missing;
}

function digitGroups(text: string): string[] {
  return toLatinDigits(text).match(/\d+/g) ?? [];
}

describe("seed reference translations", () => {
  it("covers every content sentence and title of every seed article", async () => {
    const missing = await findMissing(SEEDS);
    expect(missing, missing.map((m) => `${m.id} ${m.hash} ${m.ar}`).join("\n")).toEqual([]);
  });

  it("actually checks something: the cleaner keeps most of each article", async () => {
    const articles = await seedMeta(SEEDS);
    for (const file of Object.keys(articles)) {
      const text = await readFile(join(SEEDS, file), "utf8");
      const { paragraphs } = cleanText(text, { title: articles[file]!.title });
      expect(paragraphs.length, file).toBeGreaterThanOrEqual(8);
    }
  });

  it("fails when a seed sentence loses its translation", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mawjaz-tr-"));
    try {
      await cp(SEEDS, dir, { recursive: true });
      const id = "003_d4d9ed5f7ed7f6a3";
      const data = (await readTranslationFile(dir, id))!;
      const [victim] = Object.entries(data.sentences).find(([, e]) => e.ar.includes("2500"))!;
      delete data.sentences[victim];
      await writeFile(join(dir, `${id}.en.json`), JSON.stringify(data));
      const missing = await findMissing(dir);
      expect(missing.map((m) => m.hash)).toContain(victim);
      expect(missing.every((m) => m.id === id)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("files are well formed, keyed by the hash of their Arabic, and load without problems", async () => {
    const refs = await loadReferenceTranslations(SEEDS);
    expect(refs.problems).toEqual([]);
    const articles = await seedMeta(SEEDS);
    const files = (await readdir(SEEDS)).filter((n) => n.endsWith(".en.json")).sort();
    expect(files).toEqual(Object.keys(articles).map((f) => f.replace(/\.txt$/, ".en.json")).sort());
    for (const name of files) {
      const id = name.replace(/\.en\.json$/, "");
      const text = await readFile(join(SEEDS, `${id}.txt`), "utf8");
      const own = new Set(splitSentences(text).map((s) => sentenceHash(s.text)));
      const data = (await readTranslationFile(SEEDS, id))!;
      expect(typeof data.title, name).toBe("string");
      for (const [hash, entry] of Object.entries(data.sentences)) {
        expect(sentenceHash(entry.ar), `${name} ${hash}`).toBe(hash);
        expect(own.has(hash), `${name} ${hash} is not a sentence of ${id}.txt`).toBe(true);
        expect(entry.en, `${name} ${hash}: English left in Arabic script`).not.toMatch(/[\u0621-\u064A]/);
      }
    }
  });

  it("keeps every number of the Arabic in the English", async () => {
    const bad: string[] = [];
    const files = (await readdir(SEEDS)).filter((n) => n.endsWith(".en.json"));
    for (const name of files) {
      const data = JSON.parse(await readFile(join(SEEDS, name), "utf8")) as TranslationFile;
      for (const [hash, { ar, en }] of Object.entries(data.sentences)) {
        const english = new Set(digitGroups(en));
        const lost = digitGroups(ar).filter((d) => !english.has(d));
        if (lost.length > 0) bad.push(`${name} ${hash}: ${lost.join(", ")} missing from: ${en}`);
      }
    }
    expect(bad, bad.join("\n")).toEqual([]);
  });

  it("uses the usual English forms of the names", async () => {
    const refs = await loadReferenceTranslations(SEEDS);
    const all = [...refs.sentences.values()].join("\n");
    for (const name of ["Lloyd Austin", "Thabet al-Abbasi", "Mustafa al-Kadhimi", "Joe Biden", "Mohammed Shia al-Sudani", "Charles Q. Brown", "Qais al-Muhammadawi", "Alina Romanowski", "Ian McCary", "Jereal Dorsey", "Pat Ryder", "Tobias Lindner", "Popular Mobilization Forces"]) {
      expect(all, name).toContain(name);
    }
    expect(all).not.toMatch(/Daesh|Da'esh/);
  });

  it("finds list items as the cleaner hands them on (bullet stripped)", async () => {
    const refs = await loadReferenceTranslations(SEEDS);
    expect(lookupTranslation(refs, "- العراق أعلن نهاية تنظيم داعش في عام 2017.")).toBe("- Iraq declared the end of ISIS in 2017.");
    expect(lookupTranslation(refs, "العراق أعلن نهاية تنظيم داعش في عام 2017.")).toBe("Iraq declared the end of ISIS in 2017.");
    expect(refs.titles.get("000_53d4e67052f57d50")).toMatch(/^Washington and Baghdad agree/);
  });
});

describe("loadReferenceTranslations", () => {
  it("gives empty maps for a missing directory", async () => {
    const refs = await loadReferenceTranslations(join(tmpdir(), "mawjaz-no-such-dir-" + process.pid));
    expect(refs.titles.size).toBe(0);
    expect(refs.sentences.size).toBe(0);
    expect(refs.problems).toEqual([]);
  });

  it("reports malformed files and bad entries without throwing, and keeps the good ones", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mawjaz-tr-"));
    try {
      const good = "قال الوزير إن المحادثات انتهت.";
      const other = "وأضاف أن الجولة المقبلة ستعقد قريبا.";
      await writeFile(
        join(dir, "a.en.json"),
        JSON.stringify({
          title: "Title A",
          sentences: {
            [sentenceHash(good)]: { ar: good, en: "The minister said the talks had ended." },
            nothex: { ar: other, en: "x" },
            [sentenceHash(other)]: { ar: other, en: "" },
          },
        }),
      );
      await writeFile(join(dir, "b.en.json"), "{ \"title\": \"B\", \"sentences\": { ");
      await writeFile(join(dir, "c.en.json"), JSON.stringify(["not", "an", "object"]));
      await writeFile(join(dir, "d.en.json"), JSON.stringify({ title: "D", sentences: "nope" }));
      await writeFile(join(dir, "e.en.json"), JSON.stringify({ title: 42, sentences: {} }));
      await writeFile(join(dir, "notes.txt"), "not a translation file");

      const refs = await loadReferenceTranslations(dir);
      expect([...refs.titles]).toEqual([["a", "Title A"]]);
      expect(refs.sentences.get(sentenceHash(good))).toBe("The minister said the talks had ended.");
      expect(lookupTranslation(refs, good)).toBe("The minister said the talks had ended.");
      expect(refs.sentences.has(sentenceHash(other))).toBe(false);
      const byFile = (f: string) => refs.problems.filter((p) => p.file === join(dir, f));
      expect(byFile("a.en.json")).toHaveLength(2);
      expect(byFile("b.en.json")).toHaveLength(1);
      expect(byFile("b.en.json")[0]!.reason).toMatch(/JSON/);
      expect(byFile("c.en.json")).toHaveLength(1);
      expect(byFile("d.en.json")).toHaveLength(1);
      expect(byFile("e.en.json")).toHaveLength(1);
      expect(refs.problems).toHaveLength(6);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("re-keys entries whose key no longer matches their Arabic, and says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mawjaz-tr-"));
    try {
      const ar = "أعلن العراق انتهاء الجولة الثالثة من المفاوضات.";
      await writeFile(join(dir, "x.en.json"), JSON.stringify({ title: "X", sentences: { "0123456789abcdef": { ar, en: "Iraq announced the end of the third round." } } }));
      const refs = await loadReferenceTranslations(dir);
      expect(lookupTranslation(refs, ar)).toBe("Iraq announced the end of the third round.");
      expect(refs.problems).toHaveLength(1);
      expect(refs.problems[0]!.reason).toMatch(/re-keyed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
