/**
 * The command line: `mawjaz <who|timeline|summary|search|sources|help> [query...] [--lang ar|en] [--json]
 * [--corpus DIR] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]`.
 * Default corpus: seeds/. Default language: Arabic when the query is in Arabic script, else English.
 * Exit codes: 0 answered (even "nothing found"), 2 invalid input, 1 the corpus could not be loaded.
 */
import { loadCore } from "./core/create.ts";
import { copiesApart } from "./core/corpus/load.ts";
import { createApp } from "./app/dispatch.ts";
import { createStore } from "./store/index.ts";
import { createTranslator } from "./i18n/index.ts";
import { renderText } from "./adapters/console/render.ts";

const USAGE = `usage: mawjaz <who|timeline|summary|search|sources|help> [query...] [--lang ar|en] [--json]
             [--corpus DIR] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI invocation and returns what it prints (the bin wrapper writes it out). */
export async function runCli(argv: string[]): Promise<CliResult> {
  const args = [...argv];
  let json = false;
  let corpus: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--corpus" || a.startsWith("--corpus=")) {
      corpus = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++i];
      if (!corpus) return { code: 2, stdout: "", stderr: `--corpus needs a directory\n${USAGE}\n` };
    } else if (a === "-h" || a === "--help") return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
    else rest.push(a);
  }
  const [command, ...words] = rest;
  if (!command) return { code: 2, stdout: "", stderr: `${USAGE}\n` };

  const core = await loadCore(corpus);
  const problems = core.problems();
  const { copies, others } = copiesApart(problems);
  let stderr = others.map((p) => `warning: skipped ${p.file}${p.line ? `:${p.line}` : ""}: ${p.reason}\n`).join("");
  if (copies.length > 0) stderr += `note: skipped ${copies.length} ${copies.length === 1 ? "copy" : "copies"} of other articles (same title and text)\n`;
  if (core.articles().length === 0) {
    return { code: 1, stdout: "", stderr: `${stderr}error: no articles could be loaded from ${corpus ?? "seeds/"}\n` };
  }
  const t = createTranslator();
  const store = createStore("memory:");
  const app = createApp({ core, store, t });
  const reply = await app.handle({ platform: "cli", command, text: words.join(" "), userId: "cli", chatId: "cli", chatType: "private" });
  await store.close();
  const code = reply.status === "invalid" || reply.status === "error" ? 2 : 0;
  if (json) {
    const payload = code === 0 ? { ...(reply.data as object | undefined), lang: reply.lang } : { error: reply.intro ?? reply.title, lang: reply.lang };
    return { code, stdout: `${JSON.stringify(payload, null, 2)}\n`, stderr };
  }
  if (code !== 0) {
    stderr += `${reply.intro ?? reply.title}\n`;
    return { code, stdout: "", stderr };
  }
  return { code, stdout: `${renderText(reply, t)}\n`, stderr };
}

// Run when executed directly (tsx src/cli.ts ... or bin/mawjaz.js).
if (process.argv[1] && /cli\.(ts|js)$/.test(process.argv[1])) {
  const result = await runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
