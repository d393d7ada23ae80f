import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";

describe("parseConfig", () => {
  it("GIVEN no settings THEN defaults give the console on seeds with a SQLite store", () => {
    const r = parseConfig({});
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.config.STORE_URL).toBe("sqlite://data/mawjaz.sqlite");
      expect(r.config.DISCORD_TOKEN).toBeUndefined();
      expect(r.config.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    }
  });

  it("GIVEN malformed settings THEN each error names its variable", () => {
    const r = parseConfig({ TELEGRAM_API_ROOT: "ftp://x", DISCORD_TOKEN: "abc", TELEGRAM_BOT_TOKEN: "nope", STORE_URL: "mysql://x" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.errors.join("\n");
      for (const name of ["TELEGRAM_API_ROOT", "DISCORD_APPLICATION_ID", "TELEGRAM_BOT_TOKEN", "STORE_URL"]) expect(text).toContain(name);
    }
  });

  it("GIVEN an API root with a trailing slash THEN it is removed (grammY rejects it)", () => {
    const r = parseConfig({ TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" });
    expect(r.ok && r.config.TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
  });
});
