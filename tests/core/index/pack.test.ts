import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "node:v8";
import { pack, unpack } from "../../../src/core/index/pack.ts";

const sample = () => ({
  postings: [Int32Array.of(1, 2, 3), Int32Array.of(), Int32Array.of(7)],
  vectors: [
    { ids: Int32Array.of(4, 9), weights: Float32Array.of(0.5, 0.25) },
    { ids: Int32Array.of(), weights: Float32Array.of() },
  ],
  lone: Uint16Array.of(65535, 1),
  byKey: new Map([["a", { list: [Uint8Array.of(1), Uint8Array.of(2, 3)] }]]),
  text: ["keep", "as", "is"],
  mixed: [Int32Array.of(1), Float64Array.of(2)],
});

describe("snapshot packing", () => {
  it("round-trips through V8 serialisation with the same values and types", () => {
    const value = sample();
    const back = unpack(deserialize(serialize(pack(value))));
    expect(back).toStrictEqual(value);
  });

  it("leaves the input untouched", () => {
    const value = sample();
    pack(value);
    expect(value).toStrictEqual(sample());
  });

  it("keeps nothing that views the decoded buffer: it can be overwritten", () => {
    const bytes = serialize(pack(sample()));
    const back = unpack(deserialize(bytes)) as ReturnType<typeof sample>;
    bytes.fill(0);
    expect(back).toStrictEqual(sample());
    expect(back.vectors[0]!.ids.buffer).toBe(back.vectors[1]!.ids.buffer); // one buffer per packed field
  });

  it("refuses a malformed packed array", () => {
    const packed = pack({ p: [Int32Array.of(1), Int32Array.of(2)] }) as { p: { offsets: Int32Array } };
    packed.p.offsets = Int32Array.of(0, 5, 1);
    expect(() => unpack(deserialize(serialize(packed)))).toThrow(/packed/);
  });
});
