import { describe, expect, it } from "vitest";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { minimalEmail, sendEmailId } from "./resend-requests";

const { url: sandboxUrl } = resetSandboxBeforeEach();

const hostileSubject = `<img src=x onerror="alert('subject')">Reset your password`;
const hostileHtml = `<h1>Hello</h1>
<script>alert("body")</script>
<a href="https://app.test/reset-password?token=t0k&amp;user=7">Reset password</a>
<a href="javascript:alert('link')">Do not list me</a>
<a href='http://app.test/help'>Help</a>`;

async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(`${sandboxUrl}${path}`);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

function unescapeAttribute(value: string): string {
  return value.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

function mailLinkHrefs(html: string): string[] {
  return [...html.matchAll(/<a data-testid="mail-link" href="([^"]*)"/g)].map((match) => unescapeAttribute(match[1] ?? ""));
}

describe("mailbox list", () => {
  it("lists received mails newest first with escaped fields", async () => {
    await sendEmailId(sandboxUrl, { ...minimalEmail, subject: "older" });
    const newest = await sendEmailId(sandboxUrl, { ...minimalEmail, to: 'Tom & "Jerry" <tj@evil.test>', subject: hostileSubject });

    const { status, html, headers } = await page("/resend/mailbox");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/html");
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html.indexOf(newest)).toBeGreaterThan(-1);
    expect(html.indexOf(newest)).toBeLessThan(html.indexOf("older"));
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;subject&#39;)&quot;&gt;Reset your password");
    expect(html).not.toContain("<img");
    expect(html).toContain("Tom &amp; &quot;Jerry&quot; &lt;tj@evil.test&gt;");
    expect(html.match(/data-testid="mail-row"/g)).toHaveLength(2);
  });

  it("says so when the mailbox is empty", async () => {
    const { html } = await page("/resend/mailbox");
    expect(html).toContain("No e-mails received yet.");
  });
});

describe("mail page", () => {
  it("keeps mail content out of the top document except as escaped text", async () => {
    const id = await sendEmailId(sandboxUrl, { ...minimalEmail, subject: hostileSubject, html: hostileHtml, text: undefined });
    const { status, html } = await page(`/resend/mailbox/${id}`);
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<h1>Hello");

    const frame = /<iframe data-testid="mail-html"[^>]*sandbox="([^"]*)" srcdoc="([^"]*)"/.exec(html);
    expect(frame).not.toBeNull();
    const sandboxFlags = frame?.[1] ?? "";
    expect(sandboxFlags).not.toContain("allow-scripts");
    expect(sandboxFlags).not.toContain("allow-same-origin");
    expect(unescapeAttribute(frame?.[2] ?? "")).toBe(`<base target="_blank">${hostileHtml}`);
  });

  it("lists the web links of the body as plain anchors, dropping script links", async () => {
    const id = await sendEmailId(sandboxUrl, {
      ...minimalEmail,
      html: hostileHtml,
      text: "Or paste https://app.test/reset-password?token=t0k&user=7. Questions: https://app.test/faq",
    });
    const { html } = await page(`/resend/mailbox/${id}`);
    expect(mailLinkHrefs(html)).toEqual([
      "https://app.test/reset-password?token=t0k&user=7",
      "http://app.test/help",
      "https://app.test/faq",
    ]);
  });

  it("shows a text body escaped in a pre block", async () => {
    const id = await sendEmailId(sandboxUrl, { ...minimalEmail, text: "1 < 2 & <script>x</script>" });
    const { html } = await page(`/resend/mailbox/${id}`);
    expect(html).toContain('<pre data-testid="mail-text">1 &lt; 2 &amp; &lt;script&gt;x&lt;/script&gt;</pre>');
    expect(html).not.toContain("<iframe");
  });

  it("answers 404 for an unknown mail", async () => {
    expect((await page("/resend/mailbox/nope")).status).toBe(404);
  });
});

describe("attachments", () => {
  const pdf = Buffer.from("%PDF-1.7 fake invoice bytes \u0000\u00ff");

  it("downloads attachments with their bytes, type and name", async () => {
    const id = await sendEmailId(sandboxUrl, {
      ...minimalEmail,
      attachments: [
        { filename: "INV-0001.pdf", content: pdf.toString("base64"), content_type: "application/pdf" },
        { filename: 'we"ird<name>.txt', content: Buffer.from("hi").toString("base64") },
      ],
    });
    const { html } = await page(`/resend/mailbox/${id}`);
    expect(html).toContain(`href="/resend/mailbox/${id}/attachments/0" download>INV-0001.pdf</a>`);
    expect(html).toContain("we&quot;ird&lt;name&gt;.txt");

    const first = await fetch(`${sandboxUrl}/resend/mailbox/${id}/attachments/0`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/pdf");
    expect(first.headers.get("content-disposition")).toBe(`attachment; filename="INV-0001.pdf"; filename*=UTF-8''INV-0001.pdf`);
    expect(Buffer.from(await first.arrayBuffer()).equals(pdf)).toBe(true);

    const second = await fetch(`${sandboxUrl}/resend/mailbox/${id}/attachments/1`);
    expect(second.headers.get("content-type")).toBe("application/octet-stream");
    expect(second.headers.get("content-disposition")).toContain('filename="we_ird<name>.txt"');
  });

  it("answers 404 for a missing attachment", async () => {
    const id = await sendEmailId(sandboxUrl);
    for (const index of ["0", "-1", "abc"]) {
      expect((await fetch(`${sandboxUrl}/resend/mailbox/${id}/attachments/${index}`)).status).toBe(404);
    }
  });
});
