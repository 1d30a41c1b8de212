"use client";

import { type ChangeEvent, useMemo, useState } from "react";
import { placeOrderAction } from "@/actions/orders";
import { BelowCostConfirmation } from "@/components/forms/below-cost-confirmation";
import { FormField, TextareaField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Network } from "@/lib/generated/prisma/client";
import { ORDERABLE_SERVICE_TYPES } from "@/lib/orders/orderable-service-types";
import { NETWORK_LABELS } from "@/lib/services/network";
import { OrderPreview } from "./order-preview";
import { TargetLinkField } from "./target-link-field";
import { useOrderEstimate } from "./use-order-estimate";

export type OrderableService = {
  id: number;
  name: string;
  type: string;
  category: string;
  network: Network;
  ratePer1000: string;
  /** The rate per 1000 as shown, formatted by the server (decimal.js stays off the page). */
  rateLabel: string;
  min: number;
  max: number;
  refill: boolean;
  cancel: boolean;
  dripfeed: boolean;
};

type Props = {
  companies: { id: string; name: string }[];
  services: OrderableService[];
  defaultCompanyId: string | undefined;
  defaultMultiplier: string;
  currency: string;
  /** The first attempt's idempotency key. */
  firstAttemptKey: string;
};

/** The fields the form reacts to while they are typed (the preview, the service list), as typed. */
type WatchedFields = { network: string; serviceId: string; quantity: string; runs: string; comments: string; multiplier: string };

export function OrderForm({ companies, services, defaultCompanyId, defaultMultiplier, currency, firstAttemptKey }: Props) {
  const networks = useMemo(() => [...new Set(services.map((service) => service.network))], [services]);
  const [fields, setFields] = useState<WatchedFields>({
    network: networks[0] ?? "",
    serviceId: "",
    quantity: "",
    runs: "",
    comments: "",
    multiplier: defaultMultiplier,
  });
  const watched = (name: keyof WatchedFields) => ({
    name,
    value: fields[name],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      const { value } = event.target;
      setFields((current) => ({ ...current, [name]: value }));
    },
  });

  // One key per attempt: a double click, a retried request or a resubmit after a lost answer
  // repeats it, so the server finds the same order. Only when the server says nothing was
  // ordered does the next submit become a new attempt. The first comes with the page.
  const [idempotencyKey, setIdempotencyKey] = useState(firstAttemptKey);
  const form = useFormAction(placeOrderAction, {
    onSuccess: (data) => {
      if (data?.notPlaced) setIdempotencyKey(crypto.randomUUID());
    },
  });

  const { network, serviceId, quantity, runs, comments, multiplier } = fields;
  const choices = services.filter((service) => service.network === network);
  const service = services.find((entry) => String(entry.id) === serviceId);
  const supported = service ? (ORDERABLE_SERVICE_TYPES as readonly string[]).includes(service.type) : false;
  const preview = useOrderEstimate(service && supported ? { service, quantity, runs, comments, multiplier, currency } : null);

  return (
    <form {...form.formProps} className="grid gap-5">
      <FormError message={form.formError ?? form.data?.notPlaced} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="grid gap-2">
        <Label htmlFor="order-company">Company</Label>
        <Select id="order-company" name="companyId" defaultValue={defaultCompanyId ?? ""} required>
          <option value="" disabled>
            Choose a company…
          </option>
          {companies.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <div className="grid gap-2">
          <Label htmlFor="order-network">Network</Label>
          <Select
            id="order-network"
            name="network"
            value={network}
            onChange={(event) => {
              const { value } = event.target;
              setFields((current) => ({ ...current, network: value, serviceId: "" }));
            }}
          >
            {networks.map((value) => (
              <option key={value} value={value}>
                {NETWORK_LABELS[value]}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="order-service">Service</Label>
          <Select id="order-service" {...watched("serviceId")} aria-invalid={form.fieldErrors.serviceId ? true : undefined}>
            <option value="" disabled>
              Choose a service…
            </option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                #{choice.id} {choice.name} — {choice.rateLabel}/1000
              </option>
            ))}
          </Select>
          {form.fieldErrors.serviceId ? <p className="text-sm text-destructive">{form.fieldErrors.serviceId[0]}</p> : null}
          {service ? (
            <p className="text-xs text-muted-foreground" data-testid="service-summary">
              {service.category} · {service.type} · {service.min.toLocaleString("en-US")}–{service.max.toLocaleString("en-US")} units
              {service.refill ? " · refill" : ""}
              {service.cancel ? " · cancel" : ""}
              {service.dripfeed ? " · drip-feed" : ""}
            </p>
          ) : null}
          {service && !supported ? (
            <p className="text-sm text-warning">&quot;{service.type}&quot; services are ordered on the panel directly.</p>
          ) : null}
        </div>
      </div>
      <TargetLinkField network={service?.network} errors={form.fieldErrors.link} />
      {service && service.type !== "Package" && service.type !== "Custom Comments" ? (
        <FormField
          {...watched("quantity")}
          label={service.type === "Poll" ? "Votes" : "Quantity"}
          inputMode="numeric"
          hint={`Between ${service.min.toLocaleString("en-US")} and ${service.max.toLocaleString("en-US")}${runs ? ", per run" : ""}.`}
          errors={form.fieldErrors.quantity}
        />
      ) : null}
      {service?.type === "Poll" ? (
        <FormField name="answerNumber" label="Answer number" inputMode="numeric" errors={form.fieldErrors.answerNumber} />
      ) : null}
      {service?.type === "Custom Comments" ? (
        <TextareaField
          {...watched("comments")}
          label="Comments, one per line"
          rows={6}
          errors={form.fieldErrors.comments}
        />
      ) : null}
      {service?.dripfeed && service.type === "Default" ? (
        <fieldset className="grid gap-3 rounded-lg border p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium">Drip-feed (optional)</legend>
          <FormField {...watched("runs")} label="Runs" inputMode="numeric" errors={form.fieldErrors.runs} />
          <FormField name="interval" label="Interval (minutes)" inputMode="numeric" errors={form.fieldErrors.interval} />
        </fieldset>
      ) : null}
      <FormField
        {...watched("multiplier")}
        label="Invoice multiplier"
        inputMode="decimal"
        hint="Provider cost × this multiplier is what the company is invoiced. The default comes from Settings."
        errors={form.fieldErrors.multiplier}
      />
      {Number(multiplier) > 0 && Number(multiplier) < 1 ? <BelowCostConfirmation /> : null}
      <OrderPreview preview={preview} />
      <SubmitButton pending={form.isPending} className="justify-self-start" disabled={form.isPending || !supported}>
        Place order
      </SubmitButton>
    </form>
  );
}
