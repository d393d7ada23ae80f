/**
 * One benchmark figure (a row of the results table) and the writers of bench/results/latest.{md,json}
 * plus a dated copy of both.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { round } from "./stats.ts";

export interface Row {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** Human form of the target, e.g. "≤ 10 ms". */
  target?: string;
  /** Undefined when the figure has no target (informational). */
  pass?: boolean;
  note?: string;
}

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

export interface RunInfo {
  startedAt: string;
  finishedAt: string;
  node: string;
  cpus: string;
  quick: boolean;
  runs: number;
  corpus: string | null;
  commit: string;
  sections: string[];
  skipped: { section: string; reason: string }[];
  notes: string[];
}

/** A row with a "lower is better" or "higher is better" target. */
export function row(section: string, name: string, value: number, unit: string, target?: { max?: number; min?: number }, note?: string): Row {
  const r: Row = { section, name, value: round(value, value >= 100 ? 0 : 2), unit };
  if (target?.max !== undefined) {
    r.target = `≤ ${target.max} ${unit}`.trim();
    r.pass = value <= target.max;
  } else if (target?.min !== undefined) {
    r.target = `≥ ${target.min} ${unit}`.trim();
    r.pass = value >= target.min;
  }
  if (note) r.note = note;
  return r;
}

function markdown(info: RunInfo, rows: readonly Row[], tables: readonly Table[]): string {
  const lines = [
    "# Mawjaz benchmarks",
    "",
    `Run ${info.startedAt} → ${info.finishedAt} · commit ${info.commit} · Node ${info.node} · ${info.cpus}` +
      `${info.quick ? " · **quick run (smoke, not comparable)**" : ""}`,
    "",
    `Corpus: ${info.corpus ?? "(none found)"} · each figure is the median of ${info.runs} runs unless noted.`,
    "",
    "| Section | Figure | Value | Target | Result | Note |",
    "|---|---|---:|---|---|---|",
  ];
  for (const r of rows) {
    const result = r.pass === undefined ? "" : r.pass ? "PASS" : "**MISS**";
    lines.push(`| ${r.section} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.target ?? ""} | ${result} | ${(r.note ?? "").replace(/\|/g, "\\|")} |`);
  }
  for (const t of tables) {
    lines.push("", `### ${t.title}`, "", `| ${t.header.join(" | ")} |`, `|${t.header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
    for (const r of t.rows) lines.push(`| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  if (info.skipped.length > 0) {
    lines.push("", "Skipped:", ...info.skipped.map((s) => `- ${s.section}: ${s.reason}`));
  }
  if (info.notes.length > 0) lines.push("", "Notes:", ...info.notes.map((n) => `- ${n}`));
  return `${lines.join("\n")}\n`;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return x >= 1000 ? Math.round(x).toLocaleString("en-US") : String(x);
}

/**
 * A full run writes latest.md, latest.json and a dated copy of each into `dir`. A quick or partial run
 * (--quick, --only) writes partial.md and partial.json instead, so that it never replaces the full
 * figures the README quotes. Returns the paths written.
 */
export async function writeResults(dir: string, info: RunInfo, rows: readonly Row[], tables: readonly Table[], data: Record<string, unknown>, full: boolean): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const stamp = info.startedAt.replace(/[:]/g, "-").replace(/\..*$/, "");
  const md = markdown(info, rows, tables);
  const json = `${JSON.stringify({ ...info, rows, tables, data }, null, 2)}\n`;
  const names = full ? ["latest", stamp] : ["partial"];
  const paths = names.flatMap((n) => [join(dir, `${n}.md`), join(dir, `${n}.json`)]);
  await Promise.all(paths.map((p) => writeFile(p, p.endsWith(".md") ? md : json)));
  return paths;
}
