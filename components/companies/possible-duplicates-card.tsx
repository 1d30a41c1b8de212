import { GitMerge, Users } from "lucide-react";
import Link from "next/link";
import { keepBothCompaniesAction, mergeCompaniesAction } from "@/actions/companies";
import { ActionButton } from "@/components/forms/action-button";
import { DateText } from "@/components/portal/date-text";
import type { PossibleDuplicate } from "@/lib/companies/duplicates";

const REASON_TEXT = { name: "same name", email: "same contact e-mail" } as const;

/** The companies that may be this one registered twice, each with Merge (either way) and Keep both. */
export function PossibleDuplicatesCard({ company, duplicates }: { company: { id: string; name: string }; duplicates: PossibleDuplicate[] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="possible-duplicates-heading" className="rounded-lg border border-warning/40 bg-warning/5 p-4" data-testid="possible-duplicates">
      <div className="grid gap-3">
        <h2 id="possible-duplicates-heading" className="font-semibold">Possible duplicate{duplicates.length === 1 ? "" : "s"}</h2>
        <p className="text-sm">
          These companies may be {company.name} registered more than once. Merge them to keep one record with every order, invoice
          and account, or keep both if they are different clients.
        </p>
        <ul className="grid gap-3">
          {duplicates.map((other) => (
            <li key={other.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border bg-card p-3 text-card-foreground" data-testid="possible-duplicate">
              <div className="min-w-0 flex-1">
                <Link href={`/companies/${other.id}`} className="font-medium text-primary hover:underline">
                  {other.name}
                </Link>
                <p className="text-xs text-muted-foreground">
                  {other.reasons.map((reason) => REASON_TEXT[reason]).join(" and ")}
                  {other.contactEmail ? ` · ${other.contactEmail}` : ""} · added <DateText date={other.createdAt} />
                  {other.status === "ARCHIVED" ? " · archived" : ""}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <ActionButton
                  size="sm"
                  action={mergeCompaniesAction}
                  input={{ keepId: company.id, mergeId: other.id }}
                  successMessage="Companies merged."
                  confirm={{
                    title: `Merge ${other.name} into ${company.name}?`,
                    description: `Its orders, invoices, social accounts and GoHighLevel sub-account move to ${company.name}; ${other.name} is archived with a note. This cannot be undone.`,
                    confirmLabel: "Merge companies",
                  }}
                >
                  <GitMerge aria-hidden /> Merge into this company
                </ActionButton>
                <ActionButton
                  size="sm"
                  variant="outline"
                  action={mergeCompaniesAction}
                  input={{ keepId: other.id, mergeId: company.id }}
                  successMessage="Companies merged."
                  confirm={{
                    title: `Merge ${company.name} into ${other.name}?`,
                    description: `This company's orders, invoices, social accounts and GoHighLevel sub-account move to ${other.name}; this one is archived with a note. This cannot be undone.`,
                    confirmLabel: "Merge companies",
                  }}
                >
                  Merge this one into it
                </ActionButton>
                <ActionButton size="sm" variant="outline" action={keepBothCompaniesAction} input={{ keepId: company.id, mergeId: other.id }} successMessage="Both kept.">
                  <Users aria-hidden /> Keep both
                </ActionButton>
              </div>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
