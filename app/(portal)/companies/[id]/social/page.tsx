import { Share2 } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { startSocialConnectAction } from "@/actions/social";
import { CompanyTabs } from "@/components/companies/company-tabs";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { RedirectingActionButton } from "@/components/social/connect-button";
import { SocialAccountCard } from "@/components/social/social-account-card";
import { requireAdminSession } from "@/lib/auth/session";
import { getCompany } from "@/lib/companies/get-company";
import { listCompanySocialAccounts } from "@/lib/social/account-views";
import { companyIdFrom } from "../company-id-param";

export const metadata: Metadata = { title: "Social accounts" };

type Props = { params: Promise<{ id: string }> };

export default async function CompanySocialAccountsPage({ params }: Props) {
  await requireAdminSession();
  const id = await companyIdFrom(params);
  const [company, accounts] = await Promise.all([getCompany(id), listCompanySocialAccounts(id)]);
  if (!company) notFound();
  const now = new Date();

  return (
    <>
      <PageHeader
        title={company.name}
        description="Facebook Pages, Instagram and TikTok accounts the agency manages for this company."
        actions={
          <>
            <RedirectingActionButton action={startSocialConnectAction} input={{ companyId: company.id, flow: "FACEBOOK" }}>
              Connect Facebook &amp; Instagram
            </RedirectingActionButton>
            <RedirectingActionButton variant="outline" action={startSocialConnectAction} input={{ companyId: company.id, flow: "INSTAGRAM" }}>
              Connect with Instagram Login
            </RedirectingActionButton>
            <RedirectingActionButton variant="outline" action={startSocialConnectAction} input={{ companyId: company.id, flow: "TIKTOK" }}>
              Connect TikTok
            </RedirectingActionButton>
          </>
        }
      />
      <CompanyTabs companyId={company.id} current="/social" />
      <section aria-labelledby="social-heading" className="grid gap-4">
        <h2 id="social-heading" className="text-lg font-semibold">
          Social accounts <span className="text-sm font-normal text-muted-foreground">({accounts.length})</span>
        </h2>
        {accounts.length === 0 ? (
          <EmptyState icon={Share2} title="No social accounts yet">
            Connect Facebook to pick Pages and their Instagram accounts, use Instagram Login for an Instagram account without a Page, or connect TikTok.
          </EmptyState>
        ) : (
          accounts.map((account) => <SocialAccountCard key={account.id} account={account} now={now} />)
        )}
      </section>
    </>
  );
}
