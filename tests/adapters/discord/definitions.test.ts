import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../../commands/index.ts";
import { buildDefinitions } from "../../../src/adapters/discord/definitions.ts";
import { deployCommands, guildFromArgs } from "../../../src/adapters/discord/deploy.ts";
import { checkCommand } from "../../fakes/discord/limits.ts";
import { startFakeDiscord, type FakeDiscord } from "../../fakes/discord/server.ts";

type Opt = { name: string; type: number; required?: boolean; autocomplete?: boolean; choices?: { name: string; value: string }[] };
const defs = buildDefinitions(commands);
const byName = new Map(defs.map((d) => [d.name, d]));

describe("GIVEN the commands/ definitions", () => {
  it("THEN every Discord command passes Discord's validation and has no Arabic localization", () => {
    expect(defs.map((d) => d.name).sort()).toEqual(["help", "lang", "search", "sources", "summary", "timeline", "who"]);
    defs.forEach((d, i) => {
      expect(checkCommand(d as never, String(i))).toEqual([]);
      expect(JSON.stringify(d)).not.toMatch(/"ar"\s*:/);
      expect(d).not.toHaveProperty("name_localizations");
    });
  });

  it("THEN every command but /lang has a lang option with the choices ar and en", () => {
    for (const d of defs) {
      if (d.name === "lang") continue;
      const lang = (d.options as Opt[]).find((o) => o.name === "lang");
      expect(lang?.choices?.map((c) => c.value), d.name).toEqual(["ar", "en"]);
    }
    const language = (byName.get("lang")!.options as Opt[]).find((o) => o.name === "language");
    expect(language?.choices?.map((c) => c.value)).toEqual(["ar", "en", "reset"]);
  });

  it("THEN /who's query autocompletes and /search's required query comes first", () => {
    expect((byName.get("who")!.options as Opt[]).find((o) => o.name === "query")).toMatchObject({ type: 3, autocomplete: true });
    expect((byName.get("search")!.options as Opt[])[0]).toMatchObject({ name: "query", required: true });
    expect((byName.get("who")!.options as Opt[]).find((o) => o.name === "limit")).toMatchObject({ type: 4, min_value: 1 });
  });
});

describe("GIVEN the deploy script", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.stop();
  });

  it("THEN it PUTs the commands to the guild route, or the global one, with the bot token", async () => {
    const opts = { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl };
    expect(await deployCommands({ ...opts, guildId: fake.guild.id })).toBe(7);
    expect(await deployCommands(opts)).toBe(7);
    const puts = fake.requests.filter((r) => r.method === "PUT");
    expect(puts.map((r) => [r.path, r.status, r.auth])).toEqual([
      [`/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`, 200, `Bot ${fake.token}`],
      [`/applications/${fake.applicationId}/commands`, 200, `Bot ${fake.token}`],
    ]);
    expect((puts[0]!.body as { name: string }[]).map((c) => c.name)).toContain("who");
  });

  it("THEN a rejected registration surfaces as an error", async () => {
    const bad = [{ ...commands[0]!, data: { ...commands[0]!.data, name: "Not Valid" } }];
    await expect(deployCommands({ token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl, commands: bad })).rejects.toThrow(/Invalid Form Body/);
  });

  it("THEN --guild is read from argv in both spellings", () => {
    expect(guildFromArgs(["--guild", "123456"])).toBe("123456");
    expect(guildFromArgs(["--guild=987654"])).toBe("987654");
    expect(guildFromArgs([])).toBeUndefined();
  });
});
