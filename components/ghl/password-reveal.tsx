"use client";

import { Copy, Eye, EyeOff } from "lucide-react";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { revealGhlPasswordAction } from "@/actions/ghl";
import { buttonVariants } from "@/components/ui/button-variants";

const MASK = "••••••••••••";
const BUTTON_CLASSES = buttonVariants({ size: "sm", variant: "outline" });

/**
 * The sub-account user's password, masked: the page never carries it; Reveal and Copy fetch it
 * from the server on demand, and hiding it forgets it.
 */
export function PasswordReveal({ companyId }: { companyId: string }) {
  const [password, setPassword] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function fetchPassword(): Promise<string | null> {
    setPending(true);
    try {
      const result = await revealGhlPasswordAction({ companyId });
      if (!result?.data) {
        toast.error(result?.serverError ?? "The password could not be shown. Try again.");
        return null;
      }
      return result.data.password;
    } finally {
      setPending(false);
    }
  }

  async function copy() {
    const value = password ?? (await fetchPassword());
    if (value === null) return;
    await navigator.clipboard.writeText(value).then(
      () => toast.success("Password copied."),
      () => toast.error("The browser refused to copy; reveal the password and copy it by hand."),
    );
  }

  return (
    <span className="flex flex-wrap items-center gap-2">
      <code data-testid="ghl-password" className="rounded bg-muted px-1.5 py-0.5 text-sm">
        {password ?? MASK}
      </code>
      {password === null ? (
        <button type="button" className={BUTTON_CLASSES} disabled={pending} onClick={async () => setPassword(await fetchPassword())}>
          <Eye aria-hidden /> Reveal
        </button>
      ) : (
        <button type="button" className={BUTTON_CLASSES} onClick={() => setPassword(null)}>
          <EyeOff aria-hidden /> Hide
        </button>
      )}
      <button type="button" className={BUTTON_CLASSES} disabled={pending} onClick={copy}>
        <Copy aria-hidden /> Copy
      </button>
    </span>
  );
}
