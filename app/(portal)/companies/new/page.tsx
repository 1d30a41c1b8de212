import type { Metadata } from "next";
import { CompanyForm } from "@/components/companies/company-form";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New company" };

export default async function NewCompanyPage() {
  await requireAdminSession();
  return (
    <>
      <PageHeader title="New company" description="Only the name is required; fill in the rest when you have it." />
      <Card className="max-w-3xl">
        <CardContent>
          <CompanyForm cancelHref="/companies" />
        </CardContent>
      </Card>
    </>
  );
}
