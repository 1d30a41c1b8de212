import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompanyForm } from "@/components/companies/company-form";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { companyInputOf } from "@/lib/companies/company-input";
import { getCompany } from "@/lib/companies/get-company";
import { companyIdFrom } from "../company-id-param";

export const metadata: Metadata = { title: "Edit company" };

type Props = { params: Promise<{ id: string }> };

export default async function EditCompanyPage({ params }: Props) {
  await requireAdminSession();
  const id = await companyIdFrom(params);
  const company = await getCompany(id);
  if (!company) notFound();
  return (
    <>
      <PageHeader title={`Edit ${company.name}`} description="A field left empty is cleared." />
      <Card className="max-w-3xl">
        <CardContent>
          <CompanyForm company={{ id: company.id, ...companyInputOf(company) }} cancelHref={`/companies/${company.id}`} />
        </CardContent>
      </Card>
    </>
  );
}
