/**
 * Discord: "Interaction endpoints are not bound to the bot's Global Rate Limit" (Discord developer docs, Rate Limits).
 * @discordjs/rest counts every request against its 50/s global budget, so under a burst of commands the replies
 * queued behind each other for seconds. Interaction callbacks and their webhook follow-ups are sent through a
 * second REST client with its own budget; per-route buckets and 429 handling still apply to them.
 */
import { REST, type InternalRequest } from "discord.js";

/** Routes answered with the interaction token: /interactions/{id}/{token}/callback and /webhooks/{app}/{token}/… */
const INTERACTION_ROUTE = /^\/(interactions\/\d+\/[^/]+\/callback|webhooks\/\d+\/[^/]+)/;

/** Whether a route is answered with an interaction token (exempt from the global limit). */
export function isInteractionRoute(route: string): boolean {
  return INTERACTION_ROUTE.test(route);
}

/** Sends interaction routes of `rest` through their own client; everything else is unchanged. */
export function separateInteractionRequests(rest: REST, options: { api: string; token: string }): void {
  const interactions = new REST({ api: options.api, globalRequestsPerSecond: 1000 }).setToken(options.token);
  const general = rest.request.bind(rest);
  rest.request = (request: InternalRequest) => (isInteractionRoute(request.fullRoute) ? interactions.request(request) : general(request));
}
