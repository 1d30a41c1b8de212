import { Workflow } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AutomationsTable } from "@/components/automations/automations-table";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Button } from "@/components/ui/button";
import { requireAdminSession } from "@/lib/auth/session";
import { listAutomations } from "@/lib/automations";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Automations" };

export default async function AutomationsPage() {
  await requireAdminSession();
  const [automations, settings] = await Promise.all([listAutomations(), getSettings()]);
  return (
    <>
      <PageHeader
        title="Automations"
        description={`Scheduled reports, alerts and data syncs. Schedules run in ${settings.timezone}.`}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/automations/runs">Run history</Link>
            </Button>
            <Button asChild>
              <Link href="/automations/new">New automation</Link>
            </Button>
          </>
        }
      />
      {automations.length === 0 ? (
        <EmptyState icon={Workflow} title="No automations yet">
          Add a destination in Settings → Destinations, then create a daily report or an alert.
        </EmptyState>
      ) : (
        <AutomationsTable automations={automations} timezone={settings.timezone} />
      )}
    </>
  );
}
