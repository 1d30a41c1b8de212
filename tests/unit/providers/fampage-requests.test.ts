import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "../../../lib/env";
import { UserFacingError } from "../../../lib/errors";
import { addOrderFields, formatPanelDate } from "../../../lib/providers/fampage/add-order-params";
import { classifyFampageResponse } from "../../../lib/providers/fampage/classify-fampage-response";
import { refusalCodeOf, WORDLESS_REFUSAL_MESSAGE } from "../../../lib/providers/fampage/fampage-refusals";
import { fampageClientConfig } from "../../../lib/providers/fampage/config";
import { batchIdList, MAX_IDS_PER_BATCH } from "../../../lib/providers/fampage/order-id-list";
import { ProviderNotConfiguredError } from "../../../lib/providers/not-configured";
import { minimalEnvironment } from "../../support/minimal-environment";

const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe("addOrderFields", () => {
  it("sends each order type's parameters under the panel's names", () => {
    expect(addOrderFields({ type: "Default", service: 1, link: "https://x.com/a", quantity: 100 })).toEqual({
      action: "add",
      service: 1,
      link: "https://x.com/a",
      quantity: 100,
      runs: undefined,
      interval: undefined,
    });
    expect(
      addOrderFields({ type: "Default", service: 1, link: "https://x.com/a", quantity: 100, dripFeed: { runs: 4, intervalMinutes: 15 } }),
    ).toMatchObject({ runs: 4, interval: 15 });
    expect(addOrderFields({ type: "Package", service: 2, link: "https://x.com/a" })).toEqual({ action: "add", service: 2, link: "https://x.com/a" });
    expect(addOrderFields({ type: "Custom Comments", service: 3, link: "https://x.com/a", comments: ["one", "two"] })).toEqual({
      action: "add",
      service: 3,
      link: "https://x.com/a",
      comments: "one\ntwo",
    });
    expect(addOrderFields({ type: "Poll", service: 4, link: "https://x.com/a", quantity: 50, answerNumber: 3 })).toEqual({
      action: "add",
      service: 4,
      link: "https://x.com/a",
      quantity: 50,
      answer_number: 3,
    });
    expect(
      addOrderFields({ type: "Subscriptions", service: 5, username: "acme", min: 10, max: 20, delayMinutes: 0, expiry: new Date("2027-12-31T23:59:59Z") }),
    ).toEqual({
      action: "add",
      service: 5,
      username: "acme",
      min: 10,
      max: 20,
      posts: undefined,
      old_posts: undefined,
      delay: 0,
      expiry: "31/12/2027",
    });
  });

  it("refuses comments the panel would split or an empty comment list", () => {
    const comments = (list: string[]) => () => addOrderFields({ type: "Custom Comments", service: 3, link: "https://x.com/a", comments: list });
    expect(comments(["fine", "two\nlines"])).toThrow(RangeError);
    expect(comments(["carriage\rreturn"])).toThrow(RangeError);
    expect(comments([])).toThrow(RangeError);
  });
});

describe("formatPanelDate", () => {
  it("writes d/m/Y with two-digit day and month, in UTC", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
        const text = formatPanelDate(date);
        const [, day, month, year] = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text) ?? expect.unreachable(`bad date text ${text}`);
        expect(Date.UTC(Number(year), Number(month) - 1, Number(day))).toBe(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
      }),
    );
  });

  it("refuses an invalid date", () => {
    expect(() => formatPanelDate(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("batchIdList", () => {
  it("joins up to 100 distinct positive ids and drops duplicates", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { maxLength: 150 }), (ids) => {
        const distinct = [...new Set(ids)];
        if (distinct.length > MAX_IDS_PER_BATCH) {
          expect(() => batchIdList(ids, "order")).toThrow(RangeError);
        } else {
          expect(batchIdList(ids, "order")).toBe(distinct.join(","));
        }
      }),
    );
  });

  it("refuses ids that are not positive integers", () => {
    for (const id of [0, -1, 1.5, Number.NaN, 2 ** 60]) expect(() => batchIdList([1, id], "order")).toThrow(RangeError);
  });
});

describe("classifyFampageResponse", () => {
  it("turns any error body below HTTP 500 into a failure carrying the panel's message", () => {
    const status = fc.integer({ min: 200, max: 499 }).filter((code) => code !== 408 && code !== 429);
    fc.assert(
      fc.property(status, fc.string(), (code, text) => {
        const failure = classifyFampageResponse(head(code), { error: text });
        const expectedMessage = text.trim().length > 0 ? text : WORDLESS_REFUSAL_MESSAGE;
        expect(failure).toEqual({
          kind: refusalCodeOf(expectedMessage) === "invalid_api_key" ? "auth" : "invalid_request",
          message: expectedMessage,
          providerCode: refusalCodeOf(expectedMessage),
        });
      }),
    );
  });

  it("names the refusals callers branch on", () => {
    expect(refusalCodeOf("Invalid API key")).toBe("invalid_api_key");
    expect(refusalCodeOf("Not enough funds on balance")).toBe("not_enough_funds");
    expect(refusalCodeOf("You have active order with this link. Please wait until order being completed.")).toBe("active_order_for_link");
    expect(refusalCodeOf("Incorrect order ID")).toBe("incorrect_order_id");
    expect(refusalCodeOf("Incorrect service ID")).toBe("incorrect_service_id");
    expect(refusalCodeOf("Quantity less than minimal 50")).toBe("quantity_out_of_range");
    expect(refusalCodeOf("Quantity more than maximal 10000")).toBe("quantity_out_of_range");
    expect(refusalCodeOf("Incorrect request")).toBe("unknown_refusal");
  });

  it("reports a bad key as an auth failure", () => {
    expect(classifyFampageResponse(head(200), { error: "Invalid API key" })).toMatchObject({ kind: "auth", providerCode: "invalid_api_key" });
  });

  it("treats a non-text error as a refusal without words", () => {
    expect(classifyFampageResponse(head(200), { error: { code: 7 } })).toMatchObject({
      kind: "invalid_request",
      message: WORDLESS_REFUSAL_MESSAGE,
    });
  });

  it("keeps overload statuses transient or rate limited whatever the body says", () => {
    expect(classifyFampageResponse(head(500), { error: "Not enough funds on balance" })).toEqual({
      kind: "transient",
      message: "Not enough funds on balance",
    });
    expect(classifyFampageResponse(head(503), null)).toEqual({ kind: "transient", message: "Fampage answered HTTP 503" });
    expect(classifyFampageResponse(head(429, { "retry-after": "9" }), { error: "Too many requests" })).toEqual({
      kind: "rate_limited",
      message: "Too many requests",
      retryAfterSeconds: 9,
    });
  });

  it("accepts answers without a top-level error", () => {
    expect(classifyFampageResponse(head(200), [{ order: 1, cancel: { error: "Incorrect order ID" } }])).toBeNull();
    expect(classifyFampageResponse(head(200), { "1": { error: "Incorrect order ID" } })).toBeNull();
    expect(classifyFampageResponse(head(200), { error: null, balance: "1" })).toBeNull();
    expect(classifyFampageResponse(head(401), undefined)).toMatchObject({ kind: "auth" });
  });
});

describe("fampageClientConfig", () => {

  it("builds the client configuration from the environment", () => {
    const serverEnv = parseServerEnv({ ...minimalEnvironment, FAMPAGE_API_KEY: "panel-key", FAMPAGE_BASE_URL: "http://127.0.0.1:4010/fampage/api/v2" });
    expect(fampageClientConfig(serverEnv)).toEqual({ baseUrl: "http://127.0.0.1:4010/fampage/api/v2", apiKey: "panel-key" });
  });

  it("says which variable to set when the key is missing", () => {
    const configure = () => fampageClientConfig(parseServerEnv(minimalEnvironment));
    expect(configure).toThrow(ProviderNotConfiguredError);
    expect(configure).toThrow(UserFacingError);
    expect(configure).toThrow("Fampage is not configured: set FAMPAGE_API_KEY.");
  });
});
