import type { Metadata } from "next";
import Link from "next/link";
import { AutomationForm } from "@/components/automations/automation-form";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { requireAdminSession } from "@/lib/auth/session";
import { automationFormChoices } from "@/lib/automations/form-choices";

export const metadata: Metadata = { title: "New automation" };

export default async function NewAutomationPage() {
  await requireAdminSession();
  const { destinations, companies, crm } = await automationFormChoices();
  return (
    <>
      <PageHeader title="New automation" description="What to send, where, and when." />
      {destinations.length === 0 ? (
        <Alert variant="warning" className="mb-4 max-w-3xl">
          Automations need somewhere to send to: <Link href="/settings/destinations" className="underline">add a destination</Link> first.
        </Alert>
      ) : null}
      <AutomationForm
        values={{ name: "", companyId: null, destinationId: "", cron: "0 9 * * *", typed: { type: "SCHEDULED_REPORT", config: { period: "daily" } } }}
        destinations={destinations}
        companies={companies}
        crm={crm}
      />
    </>
  );
}
