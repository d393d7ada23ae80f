/**
 * 1. Indexing throughput: the bare pass (normalise + tokenise every raw text: the floor) against
 * createCore over the loaded articles and against load + createCore (cleaning, dates, entities, index),
 * interleaved run by run so that each ratio compares figures taken under the same machine load.
 */
import { rm } from "node:fs/promises";
import type { Context } from "./lib/context.ts";
import { corpusDir, readRawTexts, subsetDir, type RawText } from "./lib/corpus.ts";
import { row } from "./lib/results.ts";
import { gc, median, now } from "./lib/stats.ts";

const S = "indexing";
const MB = 1024 * 1024;

export async function runIndexing(ctx: Context): Promise<void> {
  if (!ctx.corpus) return ctx.skip(S, "no corpus");
  const { tokenize } = await import("../src/core/text/tokenize.ts");
  const { createCore } = await import("../src/core/create.ts");
  const { loadCorpus } = await import("../src/core/corpus/load.ts");

  const articles = await ctx.articles();
  const ids = new Set(articles.map((a) => a.id));
  const raw = (await readRawTexts(ctx.corpus)).filter((r) => !ctx.options.quick || ids.has(r.id));
  const bytes = raw.reduce((n, r) => n + r.bytes, 0);
  const dir = ctx.options.quick ? await subsetDir(ctx.corpus, ids) : await corpusDir(ctx.corpus);

  const bare: number[] = [];
  const create: number[] = [];
  const full: number[] = [];
  const load: number[] = [];
  const ratioCreate: number[] = [];
  const ratioFull: number[] = [];
  let tokens = 0;
  for (let run = 0; run < ctx.options.runs; run++) {
    gc();
    const b = barePass(raw, tokenize);
    tokens = b.tokens;
    bare.push(b.ms);

    gc();
    let t = now();
    createCore({ articles });
    const c = now() - t;
    create.push(c);

    if (dir) {
      gc();
      t = now();
      const loaded = await loadCorpus(dir);
      const l = now() - t;
      createCore({ articles: loaded.articles });
      const f = now() - t;
      load.push(l);
      full.push(f);
      ratioFull.push(f / b.ms);
    }
    ratioCreate.push(c / b.ms);
  }
  if (ctx.options.quick && dir) await rm(dir, { recursive: true, force: true });

  const n = articles.length;
  const mbps = (ms: number) => bytes / MB / (ms / 1000);
  const note = `${n} articles, ${(bytes / MB).toFixed(1)} MB of title+text (UTF-8)`;
  ctx.rows.push(
    row(S, "bare pass (normalise + tokenise): throughput", mbps(median(bare)), "MB/s", undefined, `${note}; ${tokens.toLocaleString("en-US")} tokens; ${Math.round(median(bare))} ms`),
    row(S, "bare pass: articles/s", n / (median(bare) / 1000), "articles/s"),
    row(S, "createCore (analysis + index of loaded articles): throughput", mbps(median(create)), "MB/s", { min: 5 }, `${Math.round(median(create))} ms`),
    row(S, "createCore: articles/s", n / (median(create) / 1000), "articles/s"),
    row(S, "createCore ÷ bare pass (same run)", median(ratioCreate), "×", { max: 4 }),
  );
  if (full.length > 0) {
    ctx.rows.push(
      row(S, "load + createCore (cleaning included): throughput", mbps(median(full)), "MB/s", { min: 5 }, `${Math.round(median(full))} ms, of which loadCorpus ${Math.round(median(load))} ms`),
      row(S, "load + createCore: articles/s", n / (median(full) / 1000), "articles/s"),
      row(S, "load + createCore ÷ bare pass (same run)", median(ratioFull), "×", { max: 4 }),
    );
  }
}

/** Normalise + tokenise every raw text; the token count keeps the work observable. */
function barePass(raw: readonly RawText[], tokenize: (text: string) => string[]): { ms: number; tokens: number } {
  const t = now();
  let tokens = 0;
  for (const r of raw) tokens += tokenize(r.text).length;
  return { ms: now() - t, tokens };
}
