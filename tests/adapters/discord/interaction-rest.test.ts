import { describe, expect, it } from "vitest";
import { Routes } from "discord.js";
import { isInteractionRoute } from "../../../src/adapters/discord/interaction-rest.ts";

describe("interaction routes (exempt from Discord's global rate limit)", () => {
  it("GIVEN interaction callbacks and token webhooks THEN they use the interaction client; bot routes do not", () => {
    expect(isInteractionRoute(Routes.interactionCallback("123", "tok-en"))).toBe(true);
    expect(isInteractionRoute(Routes.webhookMessage("456", "tok-en", "@original"))).toBe(true);
    expect(isInteractionRoute(Routes.webhook("456", "tok-en"))).toBe(true);
    expect(isInteractionRoute(Routes.channelMessages("789"))).toBe(false);
    expect(isInteractionRoute(Routes.applicationCommands("456"))).toBe(false);
    expect(isInteractionRoute(Routes.gatewayBot())).toBe(false);
  });
});
