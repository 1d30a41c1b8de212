import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Company } from "@/lib/generated/prisma/client";

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="break-words text-sm">{children ?? <span className="text-muted-foreground">—</span>}</dd>
    </div>
  );
}

export function CompanyDetailsCard({ company }: { company: Company }) {
  const address = [company.addressLine1, company.addressLine2, [company.postalCode, company.city].filter(Boolean).join(" "), company.country]
    .filter(Boolean)
    .join(", ");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Detail label="Legal name">{company.legalName}</Detail>
          <Detail label="Tax ID">{company.taxId}</Detail>
          <Detail label="Contact">{company.contactName}</Detail>
          <Detail label="E-mail">
            {company.contactEmail ? (
              <a href={`mailto:${company.contactEmail}`} className="text-primary hover:underline">
                {company.contactEmail}
              </a>
            ) : null}
          </Detail>
          <Detail label="Phone">{company.phone}</Detail>
          <Detail label="Website">
            {company.website && /^https?:\/\//i.test(company.website) ? (
              <a href={company.website} target="_blank" rel="noopener noreferrer nofollow" className="text-primary hover:underline">
                {company.website}
              </a>
            ) : null}
          </Detail>
          <Detail label="Address">{address || null}</Detail>
          <Detail label="Source">{company.source === "ONBOARDING" ? "Onboarding form" : "Added in the console"}</Detail>
        </dl>
        {company.notes ? (
          <div className="mt-4 grid gap-0.5">
            <h3 className="text-xs font-medium text-muted-foreground">Notes</h3>
            <p className="whitespace-pre-line text-sm">{company.notes}</p>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
