import type { Core } from "../../../src/core/core.ts";

/** Everything a user can see of a core over the seed corpus, as one comparable value. */
export function answers(core: Core): unknown {
  return {
    articles: core.articles(),
    problems: core.problems(),
    who: core.who(),
    austin: core.who("Austin"),
    timeline: core.timeline({ limit: 500 }),
    summary: core.summary(),
    search: core.search("الانسحاب"),
    searchEn: core.search("Austin"),
    suggest: core.suggest("أو"),
  };
}
