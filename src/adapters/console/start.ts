/**
 * The console adapter: `npm start` with no platform tokens. Reads slash commands from a terminal (or any stream),
 * answers through the same app as Discord and Telegram, and prints plain text.
 */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { App } from "../../app/dispatch.ts";
import { renderText } from "./render.ts";

export interface ConsoleOptions {
  app: App;
  input: Readable;
  output: Writable;
  /** Print a greeting and a prompt (interactive terminals). */
  interactive?: boolean;
}

/** Parses one console line: "/who أوستن --lang en" or "who أوستن". Null for an empty line. */
export function parseConsoleLine(line: string): { command: string; text: string } | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const [head, ...rest] = trimmed.split(/\s+/);
  return { command: head!.replace(/^\//, "").toLowerCase(), text: rest.join(" ") };
}

/** Runs until the input ends or the user types /quit; resolves when done. */
export function startConsole({ app, input, output, interactive = false }: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input, terminal: false });
  const write = (s: string) => output.write(s);
  const prompt = () => interactive && write("mawjaz> ");
  if (interactive) {
    write(`${app.t("en", "help.title")} / ${app.t("ar", "help.title")}\n`);
    write("Try: /who أوستن   /who Austin --lang en   /timeline   /summary   /search بغداد   /sources   /help   (/quit to leave)\n\n");
  }
  prompt();
  let queue = Promise.resolve();
  return new Promise((resolve) => {
    rl.on("line", (line) => {
      // Answer lines strictly in order, even when input arrives faster than answers (piped input).
      queue = queue.then(async () => {
        const parsed = parseConsoleLine(line);
        if (!parsed) return void prompt();
        if (parsed.command === "quit" || parsed.command === "exit") {
          rl.close();
          return;
        }
        try {
          const reply = await app.handle({ platform: "console", command: parsed.command, text: parsed.text, userId: "console", chatId: "console", chatType: "private" });
          write(`${renderText(reply, app.t)}\n\n`);
        } catch (err) {
          write(`error: ${(err as Error).message}\n\n`);
        }
        prompt();
      });
    });
    rl.on("close", () => void queue.then(() => resolve()));
  });
}
