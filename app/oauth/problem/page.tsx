import { CircleAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { CALLBACK_PROBLEM_TEXT, callbackProblemSchema } from "@/lib/social/callback-problems";

export const metadata: Metadata = { title: "Connection not completed" };

const querySchema = z.object({
  problem: callbackProblemSchema.catch("unexpected"),
  flow: z.enum(["facebook", "instagram", "tiktok"]).catch("facebook"),
  detail: z
    .string()
    .regex(/^[\w., ]{1,200}$/)
    .optional()
    .catch(undefined),
});

const FLOW_NAMES = { facebook: "Facebook", instagram: "Instagram", tiktok: "TikTok" } as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public: says what went wrong with a connection and what to do; never shows a code or token. */
export default async function OAuthProblemPage({ searchParams }: Props) {
  const { problem, flow, detail } = querySchema.parse(await searchParams);
  const text = CALLBACK_PROBLEM_TEXT[problem];
  return (
    <Card data-testid="oauth-problem" data-problem={problem}>
      <CardHeader>
        <CircleAlert className="size-8 text-destructive" aria-hidden />
        <h1 className="text-xl font-semibold">{text.title}</h1>
        <CardDescription>{FLOW_NAMES[flow]} connection not completed.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p>{text.advice}</p>
        {detail ? <p>Missing: {detail}</p> : null}
        <p className="text-muted-foreground">
          Agency staff: go back to the{" "}
          <Link href="/connections" className="underline">
            Connections
          </Link>{" "}
          page. Clients: ask your agency for a new reconnect link if this one no longer works.
        </p>
      </CardContent>
    </Card>
  );
}
