import { DetailItem } from "@/components/portal/detail-item";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Company } from "@/lib/generated/prisma/client";

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
          <DetailItem label="Legal name">{company.legalName}</DetailItem>
          <DetailItem label="Tax ID">{company.taxId}</DetailItem>
          <DetailItem label="Contact">{company.contactName}</DetailItem>
          <DetailItem label="E-mail">
            {company.contactEmail ? (
              <a href={`mailto:${company.contactEmail}`} className="text-primary hover:underline">
                {company.contactEmail}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Phone">{company.phone}</DetailItem>
          <DetailItem label="Website">
            {company.website && /^https?:\/\//i.test(company.website) ? (
              <a href={company.website} target="_blank" rel="noopener noreferrer nofollow" className="text-primary hover:underline">
                {company.website}
              </a>
            ) : null}
          </DetailItem>
          <DetailItem label="Address">{address || null}</DetailItem>
          <DetailItem label="Source">{company.source === "ONBOARDING" ? "Onboarding form" : "Added in the console"}</DetailItem>
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
