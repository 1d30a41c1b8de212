import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/portal/page-header";
import { FacebookSelectionForm } from "@/components/social/facebook-selection-form";
import { Alert } from "@/components/ui/alert";
import { requireAdminSession } from "@/lib/auth/session";
import { getPendingSelection } from "@/lib/social/facebook-callback";

export const metadata: Metadata = { title: "Choose Facebook Pages" };

type Props = { params: Promise<{ selectionId: string }> };

const selectionIdSchema = z.string().min(1).max(64);

export default async function FacebookSelectionPage({ params }: Props) {
  const session = await requireAdminSession();
  const parsed = selectionIdSchema.safeParse((await params).selectionId);
  const pending = parsed.success ? await getPendingSelection(parsed.data, session.userId) : null;

  if (pending === null) {
    return (
      <>
        <PageHeader title="Choose Facebook Pages" />
        <Alert variant="warning">
          This choice has expired or was already saved. Start again with Connect Facebook &amp; Instagram on the company&apos;s{" "}
          <Link href="/connections" className="underline">
            Social accounts tab
          </Link>
          .
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Choose Facebook Pages"
        description={`Facebook shared ${pending.candidates.length} Page${pending.candidates.length === 1 ? "" : "s"}. Tick the Pages and Instagram accounts ${pending.companyName} keeps.`}
      />
      <FacebookSelectionForm pendingSelectionId={pending.id} candidates={pending.candidates} />
    </>
  );
}
