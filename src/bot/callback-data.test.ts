import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_CALLBACK,
  CALLBACK_DATA_MAX_BYTES,
  type CallbackData,
  decodeCallback,
  encodeCallback,
  MAX_PAGE,
  RELATIONS_CALLBACK,
  SEARCH_CALLBACK,
  UNSUBSCRIBE_CALLBACK,
} from "./callback-data.js";

const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const page = fc.integer({ min: 1, max: MAX_PAGE });
const callbackData: fc.Arbitrary<CallbackData> = fc.oneof(
  fc.record({ kind: fc.constant("searchPage" as const), queryId: id, page }),
  fc.record({ kind: fc.constant("openArticle" as const), articleId: id }),
  fc.record({ kind: fc.constant("articlePage" as const), articleId: id, page }),
  fc.record({ kind: fc.constant("unsubscribe" as const), subscriptionId: id }),
);

describe("button data", () => {
  it("is at most 64 bytes and decodes back to what was encoded, for every value", () => {
    fc.assert(
      fc.property(callbackData, (data) => {
        const encoded = encodeCallback(data);
        expect(Buffer.byteLength(encoded, "utf8")).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
        expect(decodeCallback(encoded)).toEqual(data);
      }),
    );
  });

  it("is routed to the feature that made it", () => {
    fc.assert(
      fc.property(callbackData, (data) => {
        const encoded = encodeCallback(data);
        expect(SEARCH_CALLBACK.test(encoded)).toBe(data.kind === "searchPage");
        expect(ARTICLE_CALLBACK.test(encoded)).toBe(
          data.kind === "openArticle" || data.kind === "articlePage",
        );
        expect(RELATIONS_CALLBACK.test(encoded)).toBe(false);
        expect(UNSUBSCRIBE_CALLBACK.test(encoded)).toBe(data.kind === "unsubscribe");
      }),
    );
  });

  it("reads as the short forms the handlers expect", () => {
    expect(encodeCallback({ kind: "searchPage", queryId: 12, page: 2 })).toBe("s:12:2");
    expect(encodeCallback({ kind: "openArticle", articleId: 7 })).toBe("o:7");
    expect(encodeCallback({ kind: "articlePage", articleId: 7, page: 3 })).toBe("a:7:3");
    expect(encodeCallback({ kind: "unsubscribe", subscriptionId: 42 })).toBe("u:42");
  });

  it("decodes a remove button to the subscription's id, the longest well under 64 bytes", () => {
    expect(decodeCallback("u:42")).toEqual({ kind: "unsubscribe", subscriptionId: 42 });
    const longest = encodeCallback({
      kind: "unsubscribe",
      subscriptionId: Number.MAX_SAFE_INTEGER,
    });
    expect(longest).toBe(`u:${Number.MAX_SAFE_INTEGER}`);
    expect(Buffer.byteLength(longest, "utf8")).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(decodeCallback(longest)).toEqual({
      kind: "unsubscribe",
      subscriptionId: Number.MAX_SAFE_INTEGER,
    });
  });

  it.each([
    [""],
    ["s"],
    ["s:"],
    ["s:1"],
    ["s:abc:1"],
    ["s:1:0"],
    ["s:0:1"],
    ["s:-1:1"],
    ["s:01:1"],
    ["s:1:10000"],
    ["s:1:2:3"],
    ["o:"],
    ["o:1:2"],
    ["a:1"],
    ["a:99999999999999999:1"],
    ["x:1:1"],
    ["r:ru:my"],
    ["r:RUS:MY"],
    ["m:RU"],
    [" s:1:1"],
    ["s:1:1\n"],
    ["s:１:1"],
    ["u:"],
    ["u:0"],
    ["u:01"],
    ["u:-1"],
    ["u:1:2"],
    ["u:abc"],
    ["u:99999999999999999"],
    ["U:1"],
    ["u:1 "],
  ])("decodes garbage %j to null", (data) => {
    expect(decodeCallback(data)).toBeNull();
  });

  it("decodes a pair's sheet and its full form to the two country codes", () => {
    expect(decodeCallback("r:RU:MY")).toEqual({ kind: "pairSheet", countries: ["RU", "MY"] });
    expect(decodeCallback(encodeCallback({ kind: "fullSheet", countries: ["MY", "RU"] }))).toEqual({
      kind: "fullSheet",
      countries: ["MY", "RU"],
    });
  });

  it("decodes any string either to null or to the value whose encoding it is", () => {
    // Near misses too: signs, leading zeros, too many digits, a missing or extra part.
    const nearMiss = fc.stringMatching(/^[soau]:-?\d{0,18}(:\d{0,5}){0,2}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), nearMiss), (text) => {
        const decoded = decodeCallback(text);
        if (decoded) expect(encodeCallback(decoded)).toBe(text);
      }),
    );
  });

  it("refuses to encode an id or page out of range: a caller's bug, not a long button", () => {
    expect(() => encodeCallback({ kind: "searchPage", queryId: 0, page: 1 })).toThrow(RangeError);
    expect(() => encodeCallback({ kind: "articlePage", articleId: 1, page: 1.5 })).toThrow();
    expect(() => encodeCallback({ kind: "openArticle", articleId: 2 ** 60 })).toThrow();
    expect(() => encodeCallback({ kind: "searchPage", queryId: 1, page: MAX_PAGE + 1 })).toThrow();
    expect(() => encodeCallback({ kind: "unsubscribe", subscriptionId: 0 })).toThrow(RangeError);
    expect(() => encodeCallback({ kind: "unsubscribe", subscriptionId: 2 ** 53 })).toThrow();
  });
});
