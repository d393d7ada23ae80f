/**
 * Discord's documented message, embed, component and command limits, checked the way Discord checks
 * them: a violation becomes a 400 with code 50035 ("Invalid Form Body") naming the offending path.
 * Sources: discord.com/developers/docs/resources/message (content 2000), .../resources/message#embed-object-embed-limits
 * (title 256, description 4096, 25 fields, field name 256 / value 1024, footer 2048, author 256, 6000 total,
 * 10 embeds), .../interactions/message-components (custom_id ≤ 100, 5 rows, 5 buttons a row, label ≤ 80),
 * .../interactions/application-commands (names, descriptions 1-100, 25 options, 25 choices).
 */

/** One violated limit: where it is and why. */
export interface LimitError {
  path: string;
  message: string;
}

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

interface ComponentLike {
  type?: number;
  custom_id?: string;
  label?: string;
  url?: string;
  components?: ComponentLike[];
}

/** Code points, as Discord counts them (an Arabic letter is one; an emoji surrogate pair is one). */
export function len(s: string | undefined): number {
  return s === undefined ? 0 : [...s].length;
}

/** Checks a message body (content, embeds, components, allowed_mentions) as POST/PATCH messages do. */
export function checkMessage(body: Record<string, unknown>, path = ""): LimitError[] {
  const errors: LimitError[] = [];
  const content = body.content;
  if (typeof content === "string" && len(content) > 2000) {
    errors.push({ path: `${path}content`, message: "Must be 2000 or fewer in length." });
  }
  const embeds = (body.embeds ?? []) as EmbedLike[];
  if (!Array.isArray(embeds)) errors.push({ path: `${path}embeds`, message: "Must be an array." });
  else {
    if (embeds.length > 10) errors.push({ path: `${path}embeds`, message: "Must be 10 or fewer in length." });
    let total = 0;
    embeds.forEach((e, i) => {
      const p = `${path}embeds.${i}.`;
      const max = (v: string | undefined, n: number, where: string): void => {
        if (len(v) > n) errors.push({ path: p + where, message: `Must be ${n} or fewer in length.` });
      };
      max(e.title, 256, "title");
      max(e.description, 4096, "description");
      max(e.footer?.text, 2048, "footer.text");
      max(e.author?.name, 256, "author.name");
      const fields = e.fields ?? [];
      if (fields.length > 25) errors.push({ path: `${p}fields`, message: "Must be 25 or fewer in length." });
      fields.forEach((f, j) => {
        if (!f.name || !f.value) errors.push({ path: `${p}fields.${j}`, message: "name and value are required." });
        max(f.name, 256, `fields.${j}.name`);
        max(f.value, 1024, `fields.${j}.value`);
        total += len(f.name) + len(f.value);
      });
      total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
    });
    if (total > 6000) errors.push({ path: `${path}embeds`, message: "Embed size exceeds maximum size of 6000" });
  }
  const rows = (body.components ?? []) as ComponentLike[];
  if (rows.length > 5) errors.push({ path: `${path}components`, message: "Must be 5 or fewer in length." });
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = row.components ?? [];
    if (row.type !== 1 || buttons.length < 1 || buttons.length > 5) {
      errors.push({ path: `${path}components.${i}`, message: "An action row holds 1 to 5 components." });
    }
    buttons.forEach((b, j) => {
      const p = `${path}components.${i}.components.${j}`;
      if (b.url === undefined) {
        if (!b.custom_id || len(b.custom_id) > 100) errors.push({ path: `${p}.custom_id`, message: "1-100 characters." });
        else if (ids.has(b.custom_id)) errors.push({ path: `${p}.custom_id`, message: "Component custom id cannot be duplicated" });
        else ids.add(b.custom_id);
      }
      if (len(b.label) > 80) errors.push({ path: `${p}.label`, message: "Must be 80 or fewer in length." });
    });
  });
  return errors;
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface OptionLike {
  type?: number;
  name?: string;
  description?: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name?: string; value?: unknown }[];
  options?: OptionLike[];
}

/** Checks one application command as PUT /applications/{app}/commands does. */
export function checkCommand(cmd: OptionLike & { name_localizations?: Record<string, string> }, path: string): LimitError[] {
  const errors: LimitError[] = [];
  const checkNamed = (o: OptionLike, p: string): void => {
    if (!o.name || !NAME.test(o.name) || o.name !== o.name.toLowerCase()) {
      errors.push({ path: `${p}.name`, message: "Command name is invalid" });
    }
    if (!o.description || len(o.description) > 100) {
      errors.push({ path: `${p}.description`, message: "Must be between 1 and 100 in length." });
    }
  };
  checkNamed(cmd, path);
  for (const locale of Object.keys(cmd.name_localizations ?? {})) {
    // Discord's locale list has no Arabic (PLATFORMS.md): "ar" is rejected.
    errors.push({ path: `${path}.name_localizations.${locale}`, message: "Invalid locale" });
  }
  const options = cmd.options ?? [];
  if (options.length > 25) errors.push({ path: `${path}.options`, message: "Must be 25 or fewer in length." });
  let optionalSeen = false;
  options.forEach((o, i) => {
    const p = `${path}.options.${i}`;
    checkNamed(o, p);
    if (o.required && optionalSeen) errors.push({ path: p, message: "Required options must be placed before non-required options" });
    if (!o.required) optionalSeen = true;
    const choices = o.choices ?? [];
    if (choices.length > 25) errors.push({ path: `${p}.choices`, message: "Must be 25 or fewer in length." });
    if (choices.length > 0 && o.autocomplete) errors.push({ path: `${p}.autocomplete`, message: "Autocomplete and choices are exclusive" });
    choices.forEach((c, j) => {
      if (!c.name || len(c.name) > 100) errors.push({ path: `${p}.choices.${j}.name`, message: "1-100 characters." });
    });
  });
  return errors;
}

/** Checks an autocomplete result (callback type 8): at most 25 choices, name and value 1-100. */
export function checkChoices(choices: { name?: string; value?: unknown }[]): LimitError[] {
  const errors: LimitError[] = [];
  if (choices.length > 25) errors.push({ path: "data.choices", message: "Must be 25 or fewer in length." });
  choices.forEach((c, i) => {
    if (!c.name || len(c.name) > 100) errors.push({ path: `data.choices.${i}.name`, message: "1-100 characters." });
    if (typeof c.value === "string" && (len(c.value) < 1 || len(c.value) > 100)) {
      errors.push({ path: `data.choices.${i}.value`, message: "1-100 characters." });
    }
  });
  return errors;
}
