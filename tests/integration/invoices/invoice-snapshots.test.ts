import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { updateCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import type { Company } from "@/lib/generated/prisma/client";
import { emailInvoice } from "@/lib/invoices/email/email-invoice";
import { readInvoiceSnapshots } from "@/lib/invoices/invoice-snapshots";
import { renderInvoicePdf } from "@/lib/invoices/pdf/render-invoice-pdf";
import { updateSettings } from "@/lib/settings";
import { sandboxMailAttachment, sandboxMailsTo } from "../../support/sandbox-mail";
import { pdfText } from "../../support/pdf-text";
import { createCompany, seedCreditNote, seedInvoice } from "./seed-invoices";

const OLD_AGENCY = {
  agencyName: "Old Agency Ltd",
  agencyEmail: "billing@old-agency.test",
  agencyAddress: "1 Old Street\nLondon EC1A 1AA",
  agencyTaxId: "GB111111111",
  invoiceFooter: "Old footer: pay to IBAN GB00 OLD",
};
const NEW_AGENCY = {
  agencyName: "New Agency Group",
  agencyEmail: "accounts@new-agency.test",
  agencyAddress: "99 New Avenue\nManchester M1 1AA",
  agencyTaxId: "GB999999999",
  invoiceFooter: "New footer: pay to IBAN GB00 NEW",
};
const OLD_COMPANY = {
  name: "Oldname Media",
  legalName: "Oldname Media GmbH",
  contactName: "Olga Old",
  addressLine1: "Altstrasse 1",
  addressLine2: "Hinterhaus",
  postalCode: "10115",
  city: "Berlin",
  country: "Germany",
  taxId: "DE111111111",
};
const NEW_COMPANY = {
  name: "Newname Studios",
  legalName: "Newname Studios AG",
  contactName: "Nina New",
  addressLine1: "Neuweg 99",
  addressLine2: "Vorderhaus",
  postalCode: "8001",
  city: "Zurich",
  country: "Switzerland",
  taxId: "CHE-999.999.999",
};

const oldDetails = (company: Pick<Company, "contactEmail">) => [
  "Old Agency Ltd",
  "billing@old-agency.test",
  "1 Old Street",
  "London EC1A 1AA",
  "Tax ID: GB111111111",
  "Old footer: pay to IBAN GB00 OLD",
  "Oldname Media",
  "Oldname Media GmbH",
  "Altstrasse 1",
  "Hinterhaus",
  "10115 Berlin",
  "Germany",
  "Tax ID: DE111111111",
  company.contactEmail!,
];
const newDetails = (newContactEmail: string) => [
  "New Agency Group",
  "accounts@new-agency.test",
  "99 New Avenue",
  "Manchester",
  "GB999999999",
  "New footer",
  "Newname",
  "Neuweg 99",
  "Vorderhaus",
  "Zurich",
  "Switzerland",
  "CHE-999.999.999",
  newContactEmail,
];

/** The company and the agency as they were at issue, then both edited afterwards. */
async function issueThenEditEverything() {
  await updateSettings(OLD_AGENCY);
  const company = await createCompany(OLD_COMPANY);
  const { order, invoice } = await seedInvoice(company, { quantity: 1000, ratePer1000: "2.00000", multiplier: "8" });

  const newContactEmail = `accounts-${randomUUID().slice(0, 8)}@newname.test`;
  await updateCompany(company.id, {
    ...NEW_COMPANY,
    contactEmail: newContactEmail,
    phone: null,
    website: null,
    notes: null,
  });
  await updateSettings(NEW_AGENCY);
  return { company, order, invoice, newContactEmail };
}

describe("an issued invoice keeps the agency and the company as they were", () => {
  it("renders the details of the day it was issued, after the company and the Settings changed", async () => {
    const { company, invoice, newContactEmail } = await issueThenEditEverything();

    const text = await pdfText((await renderInvoicePdf(invoice.id))!.content);
    for (const expected of oldDetails(company)) expect(text).toContain(expected);
    for (const unexpected of newDetails(newContactEmail)) expect(text).not.toContain(unexpected);
  });

  it("gives a credit note issued after the change its invoice's details", async () => {
    const { company, order, invoice, newContactEmail } = await issueThenEditEverything();
    const creditNote = await seedCreditNote(order.id, 250, 1000);

    const stored = await db.invoice.findUniqueOrThrow({ where: { id: creditNote.id } });
    const original = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(readInvoiceSnapshots(stored)).toEqual(readInvoiceSnapshots(original));

    const text = await pdfText((await renderInvoicePdf(creditNote.id))!.content);
    expect(text).toContain(creditNote.number);
    for (const expected of oldDetails(company)) expect(text).toContain(expected);
    for (const unexpected of newDetails(newContactEmail)) expect(text).not.toContain(unexpected);
  });

  it("e-mails the document as issued, to the company's contact of today", async () => {
    const { company, invoice, newContactEmail } = await issueThenEditEverything();

    const sent = await emailInvoice(invoice.id);

    expect(sent.to).toBe(newContactEmail);
    const [mail] = await sandboxMailsTo(newContactEmail);
    expect(mail?.subject).toBe(`Invoice ${invoice.number} from Old Agency Ltd`);
    expect(mail?.text).toContain("Kind regards,\nOld Agency Ltd");
    expect(mail?.text).not.toContain("New Agency Group");
    const attached = await pdfText(await sandboxMailAttachment(sent.messageId, 0));
    for (const expected of oldDetails(company)) expect(attached).toContain(expected);
    for (const unexpected of newDetails(newContactEmail)) expect(attached).not.toContain(unexpected);
  });

  it("stores the snapshots on the invoice, and a later invoice gets the new details", async () => {
    const { company, newContactEmail } = await issueThenEditEverything();
    const { invoice: later } = await seedInvoice(company);

    const stored = await db.invoice.findUniqueOrThrow({ where: { id: later.id } });
    expect(readInvoiceSnapshots(stored)).toEqual({
      issuer: {
        name: "New Agency Group",
        email: "accounts@new-agency.test",
        address: "99 New Avenue\nManchester M1 1AA",
        taxId: "GB999999999",
        footer: "New footer: pay to IBAN GB00 NEW",
      },
      billTo: { ...NEW_COMPANY, contactEmail: newContactEmail },
    });
    const text = await pdfText((await renderInvoicePdf(later.id))!.content);
    expect(text).toContain("New Agency Group");
    expect(text).toContain("Newname Studios AG");
    expect(text).not.toContain("Oldname");
  });

  it("refuses to render a document whose snapshots are missing rather than show blanks", async () => {
    const { invoice } = await seedInvoice(await createCompany());
    await db.invoice.update({ where: { id: invoice.id }, data: { issuer: {}, billTo: {} } });
    await expect(renderInvoicePdf(invoice.id)).rejects.toThrow(`Invoice ${invoice.number} has no valid issuer and bill-to snapshot.`);
  });
});
