import { z } from "zod";
import { InvoiceKind, InvoiceStatus } from "@/lib/generated/prisma/enums";
import { dateParam, firstParam, type SearchParams, type SortDirection, sortFrom } from "@/lib/list-query";

export type InvoiceFilters = {
  companyId?: string;
  kind?: InvoiceKind;
  status?: InvoiceStatus;
  /** Start of the first UTC day included. */
  issuedFrom?: Date;
  /** Start of the last UTC day included. */
  issuedTo?: Date;
  /** Part of the number, any case: "00042", "cn-2026". */
  numberSearch?: string;
};

export const INVOICE_SORT_FIELDS = ["issuedAt", "amount", "number"] as const;
export type InvoiceSortField = (typeof INVOICE_SORT_FIELDS)[number];
export type InvoiceSort = { field: InvoiceSortField; direction: SortDirection };
export const DEFAULT_INVOICE_SORT: InvoiceSort = { field: "issuedAt", direction: "desc" };

/** The query-string names of the filters, shared by the list page and the CSV export. */
export const INVOICE_FILTER_PARAMS = {
  companyId: "company",
  kind: "kind",
  status: "status",
  issuedFrom: "from",
  issuedTo: "to",
  numberSearch: "q",
} as const satisfies Record<keyof InvoiceFilters, string>;

// A filter that makes no sense is dropped, like every list's nonsense parameters.
const companyIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined);
const kindSchema = z.enum(InvoiceKind).optional().catch(undefined);
const statusSchema = z.enum(InvoiceStatus).optional().catch(undefined);
const numberSearchSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);

export function invoiceFiltersFrom(params: SearchParams): InvoiceFilters {
  const names = INVOICE_FILTER_PARAMS;
  const filters: InvoiceFilters = {
    companyId: companyIdSchema.parse(firstParam(params, names.companyId)),
    kind: kindSchema.parse(firstParam(params, names.kind)),
    status: statusSchema.parse(firstParam(params, names.status)),
    issuedFrom: dateParam(params, names.issuedFrom),
    issuedTo: dateParam(params, names.issuedTo),
    numberSearch: numberSearchSchema.parse(firstParam(params, names.numberSearch)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as InvoiceFilters;
}

export function invoiceSortFrom(params: SearchParams): InvoiceSort {
  return sortFrom(params, INVOICE_SORT_FIELDS, DEFAULT_INVOICE_SORT);
}
