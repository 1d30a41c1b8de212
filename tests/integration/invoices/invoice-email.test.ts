import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emailInvoice } from "@/lib/invoices/email/email-invoice";
import { voidInvoice } from "@/lib/invoices/invoice-status";
import { sandboxMailAttachment, sandboxMailsTo } from "../../support/sandbox-mail";
import { pdfText } from "../../support/pdf-text";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

describe("emailInvoice", () => {
  it("sends the PDF to the company contact once and records the send", async () => {
    const company = await createCompany({ name: "Mail Me Ltd", contactName: "Mia Mail" });
    const to = company.contactEmail!;
    const { invoice } = await seedInvoice(company, { quantity: 500, ratePer1000: "3.00000" });

    const sent = await emailInvoice(invoice.id);

    const mails = await sandboxMailsTo(to);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail).toMatchObject({ id: sent.messageId, subject: `Invoice ${invoice.number} from Social Scale Agency` });
    expect(mail?.text).toContain("Hello Mia Mail,");
    expect(mail?.text).toContain("for $12.00");
    expect(mail?.attachments).toEqual([{ filename: `${invoice.number}.pdf`, contentType: null, sizeBytes: expect.any(Number) }]);
    const attached = await pdfText(await sandboxMailAttachment(sent.messageId, 0));
    expect(attached).toContain(invoice.number);
    expect(attached).toContain("Mail Me Ltd");

    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored).toMatchObject({ emailedTo: to, emailMessageId: sent.messageId, emailedAt: sent.emailedAt, status: "ISSUED" });
  });

  it("delivers once when the same send is requested twice at the same moment", async () => {
    const company = await createCompany();
    const { invoice } = await seedInvoice(company);

    const [first, second] = await Promise.all([emailInvoice(invoice.id), emailInvoice(invoice.id)]);

    expect(first.messageId).toBe(second.messageId);
    expect(await sandboxMailsTo(company.contactEmail!)).toHaveLength(1);
  });

  it("sends again when asked again after the first send was recorded", async () => {
    const company = await createCompany();
    const { invoice } = await seedInvoice(company);

    const first = await emailInvoice(invoice.id);
    const second = await emailInvoice(invoice.id);

    expect(second.messageId).not.toBe(first.messageId);
    expect(await sandboxMailsTo(company.contactEmail!)).toHaveLength(2);
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      emailMessageId: second.messageId,
    });
  });

  it("sends to another address when given one", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    const sent = await emailInvoice(invoice.id, { to: "accounts@elsewhere.test" });
    expect(sent.to).toBe("accounts@elsewhere.test");
    expect(await sandboxMailsTo("accounts@elsewhere.test")).toHaveLength(1);
  });

  it("e-mails a credit note naming the invoice it credits", async () => {
    const company = await createCompany();
    const { order, invoice } = await seedInvoice(company);
    const creditNote = await seedCreditNote(order.id, 500, 1000);

    await emailInvoice(creditNote.id);

    const [mail] = await sandboxMailsTo(company.contactEmail!);
    expect(mail?.subject).toBe(`Credit note ${creditNote.number} from Social Scale Agency`);
    expect(mail?.text).toContain(`crediting invoice ${invoice.number}`);
    expect(mail?.attachments[0]?.filename).toBe(`${creditNote.number}.pdf`);
  });

  it("refuses a void invoice and a company without a contact address, sending nothing", async () => {
    const company = await createCompany();
    const { invoice } = await seedInvoice(company);
    await voidInvoice(invoice.id, "Wrong company");
    await expect(emailInvoice(invoice.id)).rejects.toThrow(`Invoice ${invoice.number} is void: a void document is not sent.`);
    expect(await sandboxMailsTo(company.contactEmail!)).toHaveLength(0);

    const silent = await createCompany({ name: "No Inbox Inc", contactEmail: null });
    const { invoice: unsendable } = await seedInvoice(silent);
    await expect(emailInvoice(unsendable.id)).rejects.toThrow(
      "No Inbox Inc has no contact e-mail address: add one to the company first.",
    );
    expect(await db.invoice.findUniqueOrThrow({ where: { id: unsendable.id } })).toMatchObject({ emailedAt: null });
  });

  it("says when the invoice does not exist", async () => {
    await expect(emailInvoice("cunknowninvoice0000000000")).rejects.toThrow("This invoice does not exist.");
  });
});
