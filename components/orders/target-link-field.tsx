"use client";

import { useState } from "react";
import { FormField } from "@/components/forms/form-field";
import type { Network } from "@/lib/generated/prisma/enums";
import { linkNetworkWarning } from "@/lib/links/target-link";
import { NETWORK_LABELS } from "@/lib/services/network";

/** The order's target link, with a gentle hint (never a refusal) when its site is not the service's network. */
export function TargetLinkField({ network, errors }: { network: Network | undefined; errors: string[] | undefined }) {
  const [link, setLink] = useState("");
  const warning = network ? linkNetworkWarning(link, network, NETWORK_LABELS[network]) : null;
  return (
    <FormField
      name="link"
      label="Target link"
      placeholder="https://instagram.com/brand"
      autoComplete="off"
      inputMode="url"
      value={link}
      onChange={(event) => setLink(event.target.value)}
      hint={warning ?? undefined}
      errors={errors}
    />
  );
}
