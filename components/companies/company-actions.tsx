import { Archive, ArchiveRestore, Pencil, ShoppingCart, Trash2 } from "lucide-react";
import Link from "next/link";
import { archiveCompanyAction, deleteCompanyAction, restoreCompanyAction } from "@/actions/companies";
import { ActionButton } from "@/components/forms/action-button";
import { Button } from "@/components/ui/button";
import { type CompanyDetail, hasHistory } from "@/lib/companies/get-company";

/** The company page's buttons; Delete is offered only while there is no history to lose. */
export function CompanyActions({ company }: { company: CompanyDetail }) {
  const input = { id: company.id };
  const archived = company.status === "ARCHIVED";
  return (
    <>
      <Button variant="outline" asChild>
        <Link href={`/companies/${company.id}/edit`}>
          <Pencil aria-hidden /> Edit
        </Link>
      </Button>
      {archived ? (
        <ActionButton variant="outline" action={restoreCompanyAction} input={input} successMessage="Company restored.">
          <ArchiveRestore aria-hidden /> Restore
        </ActionButton>
      ) : (
        <>
          <Button asChild>
            <Link href={`/orders/new?companyId=${encodeURIComponent(company.id)}`}>
              <ShoppingCart aria-hidden /> Place order
            </Link>
          </Button>
          <ActionButton
            variant="outline"
            action={archiveCompanyAction}
            input={input}
            successMessage="Company archived."
            confirm={{
              title: `Archive ${company.name}?`,
              description: "It leaves the active list and no new orders can be placed for it. Its orders and invoices stay. You can restore it at any time.",
              confirmLabel: "Archive company",
            }}
          >
            <Archive aria-hidden /> Archive
          </ActionButton>
        </>
      )}
      {hasHistory(company) ? null : (
        <ActionButton
          variant="destructive"
          action={deleteCompanyAction}
          input={input}
          successMessage="Company deleted."
          confirm={{
            title: `Delete ${company.name}?`,
            description: "The company and its details are removed for good. This cannot be undone.",
            confirmLabel: "Delete company",
          }}
        >
          <Trash2 aria-hidden /> Delete
        </ActionButton>
      )}
    </>
  );
}
