import { Share2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { SocialAccountCard } from "@/components/social/social-account-card";
import { requireAdminSession } from "@/lib/auth/session";
import { listAllSocialAccounts } from "@/lib/social/account-views";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  await requireAdminSession();
  const accounts = await listAllSocialAccounts();
  const now = new Date();
  const needingAttention = accounts.filter((account) => account.displayStatus === "needs_reconnect" || account.displayStatus === "expiring").length;

  return (
    <>
      <PageHeader
        title="Connections"
        description={`Every company's social accounts${needingAttention > 0 ? `; ${needingAttention} need attention` : ""}. Connect new ones from a company's Social accounts tab.`}
        actions={
          <Link href="/webhooks" className="text-sm font-medium text-primary hover:underline">
            Provider webhooks
          </Link>
        }
      />
      <div className="grid gap-4">
        {accounts.length === 0 ? (
          <EmptyState icon={Share2} title="No social accounts yet">
            Open a company and use its Social accounts tab to connect Facebook, Instagram or TikTok.
          </EmptyState>
        ) : (
          accounts.map((account) => <SocialAccountCard key={account.id} account={account} now={now} showCompany />)
        )}
      </div>
    </>
  );
}
