/** English answers for text without a reference translation: the LLM fills in, keeping the core's name spellings. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCore } from "../../src/core/create.ts";
import { createApp } from "../../src/app/dispatch.ts";
import { createStore } from "../../src/store/index.ts";
import { createTranslator } from "../../src/i18n/index.ts";
import type { EnglishProvider } from "../../commands/types.ts";

async function unseenCore() {
  const dir = mkdtempSync(join(tmpdir(), "mawjaz-en-"));
  writeFileSync(join(dir, "x.md"), "---\ntitle: اجتماع في عمان\npublished: 2025-02-10\n---\nالتقى وزير الخارجية الأردني، أيمن الصفدي، أمس الأحد نظيره المصري في عمان لبحث الأوضاع في المنطقة.\n");
  return loadCore(dir, { cache: false });
}

const inv = (text: string) => ({ platform: "cli" as const, command: "timeline", text, userId: "u", chatId: "c", chatType: "private" as const });

describe("English for unseen articles", () => {
  it("GIVEN no LLM THEN the Arabic is shown under a label and the footer says why", async () => {
    const app = createApp({ core: await unseenCore(), store: createStore("memory:"), t: createTranslator() });
    const reply = await app.handle(inv("--lang en"));
    expect(reply.items[0]!.text).toMatch(/^\[Arabic\] التقى/);
    expect(reply.footer).toContain("no English translation");
  });

  it("GIVEN an LLM THEN the translation is used, with the core's name spellings passed as a glossary", async () => {
    const calls: { texts: string[]; glossary?: Map<string, string> }[] = [];
    const english: EnglishProvider = {
      async translate(texts, glossary) {
        calls.push({ texts, ...(glossary ? { glossary } : {}) });
        return texts.map(() => "Jordanian Foreign Minister Ayman Safadi met his Egyptian counterpart in Amman on Sunday.");
      },
    };
    const core = await unseenCore();
    const app = createApp({ core, store: createStore("memory:"), t: createTranslator(), english });
    const reply = await app.handle(inv("--lang en"));
    expect(reply.items[0]!.text).toBe("Jordanian Foreign Minister Ayman Safadi met his Egyptian counterpart in Amman on Sunday.");
    expect(reply.footer).toBeUndefined();
    const safadi = core.who("أيمن الصفدي")[0]!;
    expect(calls[0]!.glossary?.get("أيمن الصفدي")).toBe(safadi.name.en);
  });
});
