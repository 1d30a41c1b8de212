import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AutomationForm } from "@/components/automations/automation-form";
import { PageHeader } from "@/components/portal/page-header";
import { requireAdminSession } from "@/lib/auth/session";
import { getAutomation } from "@/lib/automations";
import { automationFormChoices } from "@/lib/automations/form-choices";

export const metadata: Metadata = { title: "Edit automation" };

export default async function EditAutomationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSession();
  const { id } = await params;
  const [automation, choices] = await Promise.all([getAutomation(id.slice(0, 64)), automationFormChoices()]);
  if (!automation) notFound();
  return (
    <>
      <PageHeader title={`Edit “${automation.name}”`} />
      <AutomationForm values={automation} destinations={choices.destinations} companies={choices.companies} crm={choices.crm} />
    </>
  );
}
