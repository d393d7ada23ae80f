/**
 * What the real Discord does that a happy-path fake would not: interactions in threads (channel type 11, not in the
 * client's cache), DMs (a `user`, no `member`), and button presses the old message can no longer take: an update
 * refused because the interaction behind the message is past its 15 minutes, or a press Discord has forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Invocation } from "../../../src/app/dispatch.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { EPHEMERAL, type FakeMessage } from "../../fakes/discord/server.ts";
import { THREAD_CHANNEL } from "../../fakes/discord/interactions.ts";
import { embedText, startHarness, type Harness } from "./harness.ts";
import { longTimeline, stubApp } from "./stub-app.ts";

let h: Harness;
let app: ReturnType<typeof stubApp>;
let behaviour: (inv: Invocation) => Promise<Reply>;

beforeAll(async () => {
  app = stubApp((inv) => behaviour(inv));
  h = await startHarness(app);
});
afterAll(async () => {
  await h?.stop();
});

const pageOf = (m: { embeds: Record<string, unknown>[] }): string => (m.embeds[0] as { footer?: { text?: string } }).footer?.text ?? "";
const nextOf = (m: FakeMessage): string =>
  ((m.components[0] as { components: { custom_id: string; label: string }[] }).components.find((b) => b.label === "Next ▶"))!.custom_id;
const errorsLogged = (): string[] => h.logs.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50).map((l) => l.msg);

describe("GIVEN a thread (channel type 11) the client has never cached", () => {
  it("THEN a slash command is answered there and its Next button pages in place", async () => {
    behaviour = async () => longTimeline(60);
    const sent = h.fake.interactions.slash("timeline", {}, { thread: true });
    const first = await h.fake.answer(sent);
    expect(first.channel_id).toBe(THREAD_CHANNEL);
    expect(app.calls.at(-1)).toMatchObject({ chatType: "group", chatId: h.fake.guild.id });
    const click = h.fake.interactions.button(nextOf(first), sent);
    expect((await h.fake.callbackOf(click)).type).toBe(7);
    expect(pageOf(h.fake.originals.get(sent.token)!)).toMatch(/^.*Page 2\//);
  });
});

describe("GIVEN a DM (the payload has `user` and no `member`)", () => {
  it("THEN paging works there too", async () => {
    behaviour = async () => longTimeline(60);
    const sent = h.fake.interactions.slash("timeline", {}, { dm: true });
    const first = await h.fake.answer(sent);
    expect(app.calls.at(-1)).toMatchObject({ chatType: "private", isModerator: true });
    const click = h.fake.interactions.button(nextOf(first), sent);
    expect((await h.fake.callbackOf(click)).type).toBe(7);
    expect(pageOf(h.fake.originals.get(sent.token)!)).toContain("Page 2/");
  });
});

describe("GIVEN a Next press on a message whose interaction is past its 15 minutes", () => {
  it("THEN the refused update becomes a new message showing the next page, with working buttons", async () => {
    behaviour = async () => longTimeline(60);
    const sent = h.fake.interactions.slash("timeline", {});
    const first = await h.fake.answer(sent);
    h.fake.expireToken(sent);
    const click = h.fake.interactions.button(nextOf(first), sent);
    const cb = await h.fake.callbackOf(click);
    expect(cb.type).toBe(4);
    expect(cb.data?.flags ?? 0).not.toBe(EPHEMERAL);
    const fresh = h.fake.originals.get(click.token)!;
    expect(pageOf(fresh)).toContain("Page 2/");
    expect(embedText(fresh)).toContain("Event number");
    expect(fresh.allowed_mentions).toEqual({ parse: [] });
    // The old message is untouched, and the new one pages on.
    expect(pageOf(h.fake.originals.get(sent.token)!)).toContain("Page 1/");
    const again = h.fake.interactions.button(nextOf(fresh), click);
    expect((await h.fake.callbackOf(again)).type).toBe(7);
    expect(pageOf(h.fake.originals.get(click.token)!)).toContain("Page 3/");
    expect(errorsLogged()).toEqual([]);
  });

  it("THEN a press Discord has already forgotten (Unknown interaction) is answered by a post in the channel", async () => {
    behaviour = async () => longTimeline(60);
    const sent = h.fake.interactions.slash("timeline", {});
    const first = await h.fake.answer(sent);
    const before = h.fake.channelMessages.get(sent.channelId)?.length ?? 0;
    const click = h.fake.interactions.button(nextOf(first), sent);
    h.fake.forgetInteraction(click);
    const posted = await h.fake.until(() => h.fake.channelMessages.get(sent.channelId)?.[before], 15_000, "a channel post");
    expect(pageOf(posted)).toContain("Page 2/");
    expect(posted.allowed_mentions).toEqual({ parse: [] });
    expect(h.fake.callbacks.get(click.id)).toBeUndefined();
  });
});
