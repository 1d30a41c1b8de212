import Link from "next/link";

export function InvoiceNumberLink({ invoice }: { invoice: { id: string; number: string } }) {
  return (
    <Link href={`/invoices/${invoice.id}`} className="whitespace-nowrap font-medium text-primary hover:underline">
      {invoice.number}
    </Link>
  );
}
