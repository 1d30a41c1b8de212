"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TABLE_CELL_CLASSES, TABLE_ROW_CLASSES } from "@/components/ui/table-classes";
import { OrderStatusBadge } from "./order-status-badge";
import type { OrderRowView } from "./order-row-views";

/*
 * The orders list's rows and cards, as client components fed plain formatted rows: rendered on
 * the server, every cell would travel in the RSC payload as elements (twice: table and cards)
 * and be parsed back for the HTML on each request; the rows as data cost a fraction of that,
 * and the HTML is the same. Classes are joined without tailwind-merge (none conflict).
 */

const cell = (classes: string) => `${TABLE_CELL_CLASSES} ${classes}`;

function CurrencyMark({ currency }: { currency: string | null }) {
  if (!currency) return null;
  return (
    <Badge variant="warning" data-testid="foreign-currency" title={`Billed by the panel in ${currency}, not the agency currency`}>
      {currency}
    </Badge>
  );
}

function CostText({ row }: { row: OrderRowView }) {
  return row.costText ?? <span className="text-muted-foreground">— (nothing ordered)</span>;
}

function InvoicedText({ row }: { row: OrderRowView }) {
  if (row.invoice) {
    return (
      <Link href={`/invoices/${row.invoice.id}`} className="hover:underline">
        {row.invoice.amountText}
      </Link>
    );
  }
  if (!row.notInvoicedText) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="text-muted-foreground">
      {row.notInvoicedText} <span className="whitespace-nowrap text-xs">(not invoiced)</span>
    </span>
  );
}

function ServiceText({ row }: { row: OrderRowView }) {
  return (
    <>
      <span className="text-muted-foreground">{row.networkLabel} · </span>
      {row.serviceName}
    </>
  );
}

function CreatedAt({ row }: { row: OrderRowView }) {
  return <time dateTime={row.createdAt.iso}>{row.createdAt.text}</time>;
}

/** The table's rows, from tablet width up. */
export function OrderTableRows({ rows }: { rows: OrderRowView[] }) {
  return rows.map((row) => (
    <tr key={row.id} className={TABLE_ROW_CLASSES} data-testid="order-row">
      <td className={cell("whitespace-nowrap")}>
        <Link href={`/orders/${row.id}`} className="font-medium text-primary hover:underline">
          <CreatedAt row={row} />
        </Link>
      </td>
      <td className={cell("break-words")}>
        <Link href={`/companies/${row.company.id}`} className="hover:underline">
          {row.company.name}
        </Link>
      </td>
      <td className={cell("break-words")} data-testid="order-service">
        <ServiceText row={row} />
      </td>
      <td className={cell("break-all text-xs")} title={row.link}>
        <span className="line-clamp-2">{row.link}</span>
      </td>
      <td className={cell("text-right tabular-nums")}>{row.quantityText}</td>
      <td className={TABLE_CELL_CLASSES}>
        <OrderStatusBadge status={row.status} />
      </td>
      <td className={cell("text-right tabular-nums")}>
        <div className="flex flex-col items-end gap-1">
          <CostText row={row} />
          <CurrencyMark currency={row.foreignCurrency} />
        </div>
      </td>
      <td className={cell("text-right tabular-nums")} data-testid="order-invoiced">
        <InvoicedText row={row} />
      </td>
    </tr>
  ));
}

/** One card per order, on a phone. */
export function OrderCards({ rows }: { rows: OrderRowView[] }) {
  return (
    <ul className="grid gap-3 md:hidden" aria-label="Orders" data-testid="order-cards">
      {rows.map((row) => (
        <li key={row.id} className="rounded-lg border bg-card p-4 text-sm" data-testid="order-card">
          <div className="flex items-start justify-between gap-2">
            <Link href={`/orders/${row.id}`} className="font-medium text-primary hover:underline">
              <CreatedAt row={row} />
            </Link>
            <OrderStatusBadge status={row.status} />
          </div>
          <p className="mt-2 break-words font-medium">{row.company.name}</p>
          <p className="break-words">
            <ServiceText row={row} />
          </p>
          <p className="mt-1 break-all text-xs text-muted-foreground">{row.link}</p>
          <dl className="mt-3 grid grid-cols-3 gap-2">
            <div>
              <dt className="text-xs text-muted-foreground">Qty</dt>
              <dd className="tabular-nums">{row.quantityText}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted-foreground">Cost</dt>
              <dd className="tabular-nums">
                <CostText row={row} /> <CurrencyMark currency={row.foreignCurrency} />
              </dd>
            </div>
            <div>
              <dt className="text-xs text-muted-foreground">Invoiced</dt>
              <dd className="tabular-nums">
                <InvoicedText row={row} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
