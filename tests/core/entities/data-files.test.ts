import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DATA = new URL("../../../src/core/entities/data/", import.meta.url);

/** The keys that occur twice in one object of a JSON text (JSON.parse keeps the last silently). */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  // A reviver cannot see duplicates; a scan of each object's own keys can: track key sets per nesting level.
  const stack: Set<string>[] = [];
  // Every string is read whole (a brace inside a value is text); a string before ":" is a key.
  const re = /"((?:[^"\\]|\\.)*)"(\s*:)?|[{}[\]]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const tok = m[0];
    if (tok === "{" || tok === "[") stack.push(new Set());
    else if (tok === "}" || tok === "]") stack.pop();
    else if (m[2] !== undefined) {
      const keys = stack[stack.length - 1]!;
      if (keys.has(m[1]!)) dups.push(m[1]!);
      keys.add(m[1]!);
    }
  }
  return dups;
}

describe("GIVEN the lexicon and the role tables", () => {
  it.each(["lexicon.json", "roles.json", "stopwords.json"])("THEN %s names each key once per object (a second entry would silently replace the first)", (file) => {
    expect(duplicateKeys(readFileSync(new URL(file, DATA), "utf8"))).toEqual([]);
  });

  it("THEN the check finds a key written twice", () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": 2}, "c": "{x", "a": 3}')).toEqual(["a"]);
  });
});
