/**
 * Packing of typed arrays for index snapshots. Node's deserializer returns each typed array as a view
 * into the buffer it decoded, so a section's read buffer stays alive as long as one of its vectors does,
 * and tens of thousands of small arrays (sentence vectors, posting lists) cost a host object each.
 *
 * `pack` replaces every array of typed arrays of one type (posting lists), and every array of objects
 * whose fields are all typed arrays (sparse vectors), by one concatenated array per field plus offsets;
 * `unpack` copies each concatenated array out of the decoded buffer once and gives back views of it.
 * Lone typed arrays are copied out too, so nothing decoded keeps the read buffer: it can be reused.
 * Containers are copied only where something inside them changed; the input is never modified.
 */
type View = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
type ViewCtor = { new (length: number): View; BYTES_PER_ELEMENT: number };

/** Marks a packed array in the structured data. */
const PACKED = "\u0000packed";

interface Packed {
  [PACKED]: true;
  /** Field names for arrays of objects; null for an array of typed arrays. */
  fields: string[] | null;
  /** One concatenated array per field (or one for the plain case). */
  data: View[];
  /** Element i spans offsets[i] .. offsets[i + 1] of every data array. */
  offsets: Int32Array;
}

const isView = (x: unknown): x is View => ArrayBuffer.isView(x) && !(x instanceof DataView);

function concat(parts: View[]): View {
  const Ctor = parts[0]!.constructor as ViewCtor;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Ctor(n);
  let at = 0;
  for (const p of parts) {
    out.set(p as never, at);
    at += p.length;
  }
  return out;
}

/** The fields of an object whose every field is a typed array, with parallel lengths; else null. */
function vectorFields(x: unknown): string[] | null {
  if (typeof x !== "object" || x === null || Array.isArray(x) || x instanceof Map || isView(x)) return null;
  const keys = Object.keys(x);
  if (keys.length === 0) return null;
  const o = x as Record<string, unknown>;
  const first = o[keys[0]!];
  if (!isView(first)) return null;
  for (const k of keys) {
    const v = o[k];
    if (!isView(v) || v.length !== first.length) return null;
  }
  return keys;
}

function packArray(list: unknown[]): Packed | null {
  if (list.length < 2) return null;
  const first = list[0];
  if (isView(first)) {
    const ctor = first.constructor;
    if (!list.every((v) => isView(v) && v.constructor === ctor)) return null;
    const views = list as View[];
    const offsets = new Int32Array(views.length + 1);
    views.forEach((v, i) => (offsets[i + 1] = offsets[i]! + v.length));
    return { [PACKED]: true, fields: null, data: [concat(views)], offsets };
  }
  const fields = vectorFields(first);
  if (!fields) return null;
  const o0 = first as Record<string, View>;
  for (const x of list) {
    const f = vectorFields(x);
    if (!f || f.length !== fields.length || f.some((k, i) => k !== fields[i] || (x as Record<string, View>)[k]!.constructor !== o0[k]!.constructor)) return null;
  }
  const rows = list as Record<string, View>[];
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r[fields[0]!]!.length));
  return { [PACKED]: true, fields, data: fields.map((k) => concat(rows.map((r) => r[k]!))), offsets };
}

/** The value with its arrays of typed arrays (or of vector objects) packed. */
export function pack(value: unknown): unknown {
  if (typeof value !== "object" || value === null || isView(value)) return value;
  if (Array.isArray(value)) {
    const packed = packArray(value);
    if (packed) return packed;
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = pack(value[i]);
      if (v !== value[i]) (copy ??= value.slice())[i] = v;
    }
    return copy ?? value;
  }
  if (value instanceof Map) {
    let copy: Map<unknown, unknown> | null = null;
    for (const [k, v] of value) {
      const p = pack(v);
      if (p !== v) (copy ??= new Map(value)).set(k, p);
    }
    return copy ?? value;
  }
  if (value instanceof Set) return value;
  const o = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const k of Object.keys(o)) {
    const p = pack(o[k]);
    if (p !== o[k]) (copy ??= { ...o })[k] = p;
  }
  return copy ?? value;
}

/** Copies a decoded typed array out of the buffer it was decoded from. */
const own = (v: View): View => v.slice();

/** Strings up to this long are shared when equal (see `unpack`). */
const INTERN_MAX = 64;

/**
 * Reverses `pack` on freshly decoded data (modified in place), copying every typed array out of the read buffer.
 *
 * The decoder gives every occurrence of a string its own copy: at 10k articles, "person", "day", an article id or
 * a town's name repeated in hundreds of thousands of mentions and dates made a third of the index's strings
 * (about 20 MB of heap). Equal short strings in values (not Map keys, which are unique in their Map) become one,
 * through `intern`, which the caller shares between the sections of one snapshot.
 */
export function unpack(value: unknown, intern = new Map<string, string>()): unknown {
  if (typeof value === "string") {
    if (value.length > INTERN_MAX) return value;
    const shared = intern.get(value);
    if (shared !== undefined) return shared;
    intern.set(value, value);
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  if (isView(value)) return own(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpack(value[i], intern);
    return value;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) if ((typeof v === "object" && v !== null) || typeof v === "string") value.set(k, unpack(v, intern));
    return value;
  }
  if (value instanceof Set) return value;
  const o = value as Record<string, unknown>;
  if (o[PACKED] === true) return unpackOne(o as unknown as Packed);
  for (const k of Object.keys(o)) o[k] = unpack(o[k], intern);
  return o;
}

function unpackOne(p: Packed): unknown[] {
  if (!(p.offsets instanceof Int32Array) || !Array.isArray(p.data) || !p.data.every(isView)) throw new Error("bad packed array");
  const data = p.data.map(own);
  const n = p.offsets.length - 1;
  const total = data[0]?.length ?? 0;
  if (n < 0 || p.offsets[0] !== 0 || p.offsets[n] !== total || data.some((d) => d.length !== total)) throw new Error("bad packed array");
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = p.offsets[i]!;
    const b = p.offsets[i + 1]!;
    if (b < a) throw new Error("bad packed array");
    if (p.fields === null) out[i] = data[0]!.subarray(a, b);
    else {
      const row: Record<string, View> = {};
      p.fields.forEach((k, f) => (row[k] = data[f]!.subarray(a, b)));
      out[i] = row;
    }
  }
  return out;
}
