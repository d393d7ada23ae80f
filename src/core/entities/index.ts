/**
 * People, organisations, places, roles and quotes in Arabic news (issue 2): the public API.
 */
export { analyseArticleEntities } from "./analyse.ts";
export type { SentenceEntities } from "./analyse.ts";
export { mergeEntities } from "./merge.ts";
export { toEnglishName, transliterate } from "./transliterate.ts";
export { translateRole } from "./translate-role.ts";
