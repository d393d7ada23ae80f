/**
 * The Arabic temporal tagger and the date formatter: the public face of src/core/dates.
 */
export { tagDates, type TagContext } from "./tagger.ts";
export { formatDate } from "./format.ts";
