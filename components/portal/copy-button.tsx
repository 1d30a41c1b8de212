"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { buttonVariants } from "@/components/ui/button-variants";

/** Copies a text to the clipboard and says so; the text stays selectable for browsers that refuse. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      toast.success("Copied to the clipboard.");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("The browser did not allow copying: select the address and copy it yourself.");
    }
  }
  return (
    <button type="button" className={buttonVariants({ variant: "outline", size: "sm" })} onClick={copy} aria-label={label} data-testid="copy-button">
      {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy"}
    </button>
  );
}
