/** The console adapter (`npm start` without tokens) answers slash commands typed into a terminal. */
import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { loadCore } from "../../../src/core/create.ts";
import { createApp } from "../../../src/app/dispatch.ts";
import { createStore } from "../../../src/store/index.ts";
import { createTranslator } from "../../../src/i18n/index.ts";
import { parseConsoleLine, startConsole } from "../../../src/adapters/console/start.ts";

async function session(lines: string[]): Promise<string> {
  const app = createApp({ core: await loadCore(), store: createStore("memory:"), t: createTranslator() });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  const done = startConsole({ app, input, output });
  input.end(lines.join("\n") + "\n");
  await done;
  return text;
}

describe("console adapter", () => {
  it("GIVEN a line with or without a slash THEN command and text are split", () => {
    expect(parseConsoleLine("/who أوستن --lang en")).toEqual({ command: "who", text: "أوستن --lang en" });
    expect(parseConsoleLine("  Timeline  ")).toEqual({ command: "timeline", text: "" });
    expect(parseConsoleLine("   ")).toBeNull();
  });

  it("GIVEN commands in both languages, a bad one and a preference THEN each is answered in order", async () => {
    const out = await session(["/who أوستن --lang en", "/frob", "/lang ar", "/who Austin", "/quit", "/sources"]);
    const answers = out.trim().split(/\n\n(?=\S+\n|Sorry|عذرًا)/);
    expect(out.indexOf("Lloyd Austin")).toBeLessThan(out.indexOf("There is no command /frob"));
    expect(out).toContain("US Secretary of Defense");
    expect(out).toContain("سأجيبك بالعربية");
    // After /lang ar the English query is answered in Arabic.
    expect(out.slice(out.indexOf("سأجيبك بالعربية"))).toContain("وزير الدفاع الأميركي");
    // Nothing after /quit is answered.
    expect(out).not.toContain("Sources —");
    expect(answers.length).toBeGreaterThanOrEqual(3);
  });
});
