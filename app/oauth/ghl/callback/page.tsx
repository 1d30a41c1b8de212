import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { z } from "zod";
import { CONNECT_FAILURE_TEXT } from "@/components/ghl/connect-failure-text";
import { BrandedLayout } from "@/components/portal/branded-layout";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { GHL_BROWSER_COOKIE } from "@/lib/ghl/oauth-cookie";
import { completeGhlConnect } from "@/lib/ghl/oauth-connect";

export const metadata: Metadata = { title: "Connecting GoHighLevel" };
export const dynamic = "force-dynamic";

const parameter = z.string().min(1).max(2048).optional().catch(undefined);
const callbackQuerySchema = z.object({ code: parameter, state: parameter, error: parameter });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where GoHighLevel sends the admin back after the location chooser; explains every failure in words. */
export default async function GhlCallbackPage({ searchParams }: Props) {
  const session = await requireAdminSession();
  const query = callbackQuerySchema.parse(await searchParams);
  const outcome = await completeGhlConnect({
    state: query.state,
    code: query.code,
    error: query.error,
    browserSecret: (await cookies()).get(GHL_BROWSER_COOKIE)?.value,
    userId: session.userId,
  });
  const text = outcome.ok
    ? { title: "GoHighLevel is connected", body: `The agency ${outcome.ghlCompanyId} is connected; its tokens are stored encrypted.` }
    : CONNECT_FAILURE_TEXT[outcome.failure];
  return (
    <BrandedLayout column="wide">
      <Card data-testid="ghl-callback" data-outcome={outcome.ok ? "connected" : outcome.failure}>
        <CardHeader>
          <h1 className="text-lg font-semibold leading-none">{text.title}</h1>
          <CardDescription>{text.body}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          {!outcome.ok && outcome.detail ? <p className="text-sm">GoHighLevel said: {outcome.detail}</p> : null}
          <Button asChild className="justify-self-start">
            <Link href="/integrations/ghl">Back to Integrations → GoHighLevel</Link>
          </Button>
        </CardContent>
      </Card>
    </BrandedLayout>
  );
}
