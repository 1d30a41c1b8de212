import { describe, expect, it } from "vitest";
import { checkFormActionBody, checkTextActionBody, isMultipart } from "@/lib/http/action-request-check";

const utf8 = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("checkTextActionBody (React's text encoding of an action's arguments)", () => {
  it("accepts what React sends for a form's object", () => {
    expect(checkTextActionBody(utf8(JSON.stringify([{ email: "owner@agency.test", name: "Café 株式会社 🚀" }])))).toBeNull();
    expect(checkTextActionBody(utf8("[]"))).toBeNull();
    // A typed "$5" arrives escaped; missing fields arrive as "$undefined".
    expect(checkTextActionBody(utf8('[{"price": "$$5", "notes": "$undefined"}]'))).toBeNull();
  });

  it.each([
    ["truncated JSON", '[{"email": "a'],
    ["a bare word", "hello"],
    ["an object instead of an argument list", '{"email": "a@b.c"}'],
    ["an empty body", ""],
    ["a reference to a row that does not exist", '["$Q5"]'],
    ["a promise reference", '[{"email": "$@1"}]'],
  ])("refuses %s with a 400 that says it is not a form", (_what, body) => {
    expect(checkTextActionBody(utf8(body))).toMatchObject({ status: 400, message: expect.stringMatching(/not a form submission/) });
  });

  it("refuses lone UTF-16 surrogates, escaped or in keys, and invalid UTF-8", () => {
    expect(checkTextActionBody(utf8('[{"name": "\\ud800"}]'))).toMatchObject({ status: 400, message: expect.stringMatching(/not valid text/) });
    expect(checkTextActionBody(utf8('[{"\\udfff": "x"}]'))).toMatchObject({ status: 400 });
    expect(checkTextActionBody(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toMatchObject({ status: 400 });
  });

  it("refuses nesting thousands deep, and accepts ordinary depth", () => {
    expect(checkTextActionBody(utf8(nested(5_000)))).toMatchObject({ status: 400 });
    expect(checkTextActionBody(utf8(nested(200_000)))).toMatchObject({ status: 400 });
    expect(checkTextActionBody(utf8(nested(10)))).toBeNull();
  });
});

describe("checkFormActionBody (multipart rows)", () => {
  it("accepts a form posted before hydration and React's rows", () => {
    expect(checkFormActionBody([["$ACTION_ID_abc", ""], ["email", "owner@agency.test"], ["notes", "[curly} but plain"]])).toBeNull();
    expect(checkFormActionBody([["0", '["$K1"]'], ["1_email", "owner@agency.test"]])).toBeNull();
  });

  it("refuses a broken argument row, lone surrogates and deep rows", () => {
    expect(checkFormActionBody([["0", '{"not": "a list"}']])).toMatchObject({ status: 400 });
    expect(checkFormActionBody([["1_name", "bad \ud800 text"]])).toMatchObject({ status: 400 });
    expect(checkFormActionBody([["0", '["$Q1"]'], ["1", nested(1_000)]])).toMatchObject({ status: 400 });
    expect(checkFormActionBody([["0", '["$Q2"]'], ["1", "[]"]])).toMatchObject({ status: 400 });
    expect(checkFormActionBody([["0", '["$Q1"]'], ["1", '[["a", 1]]']])).toBeNull();
  });
});

describe("isMultipart", () => {
  it("reads the media type whatever its parameters and case", () => {
    expect(isMultipart("Multipart/Form-Data; boundary=x")).toBe(true);
    expect(isMultipart("text/plain;charset=UTF-8")).toBe(false);
    expect(isMultipart(null)).toBe(false);
  });
});
