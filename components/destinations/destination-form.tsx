"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createDestinationAction } from "@/actions/destinations";
import { FormField, TextareaField } from "@/components/forms/form-field";
import { FormError, FormSuccess } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

// Only shown once a webhook destination is created (with its verification snippet): not part of
// the page's first load. Still rendered by the server when the form was posted before JavaScript loaded.
const WebhookSecretPanel = dynamic(() => import("./webhook-secret-panel").then((module) => module.WebhookSecretPanel));

type DestinationType = "TELEGRAM" | "WEBHOOK" | "EMAIL";
type Created = { id: string; name: string; webhookSecret: string | null };

export function DestinationForm() {
  const router = useRouter();
  const [type, setType] = useState<DestinationType>("TELEGRAM");
  const [createdHere, setCreatedHere] = useState<Created | null>(null);
  const form = useFormAction(createDestinationAction, {
    onSuccess: (data) => {
      setCreatedHere(data);
      router.refresh();
    },
  });
  // Kept after a later submit fails, so the secret shown once stays on screen; before
  // JavaScript loads, the destination the server just created.
  const created = createdHere ?? form.data ?? null;
  const errors = form.fieldErrors;
  return (
    <div className="grid gap-4">
      {created?.webhookSecret ? <WebhookSecretPanel name={created.name} secret={created.webhookSecret} /> : null}
      <form {...form.formProps} className="grid gap-4" data-testid="destination-form">
        <FormError message={form.formError} />
        <FormSuccess message={form.hasSucceeded && created ? `"${created.name}" added. Send a test to check it.` : undefined} />
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <div className="grid gap-2">
            <Label htmlFor="destination-type">Type</Label>
            <Select id="destination-type" name="type" value={type} onChange={(event) => setType(event.target.value as DestinationType)}>
              <option value="TELEGRAM">Telegram chat</option>
              <option value="WEBHOOK">Webhook (signed HTTPS POST)</option>
              <option value="EMAIL">E-mail</option>
            </Select>
          </div>
          <FormField name="name" label="Name" required maxLength={100} placeholder="Ops chat" errors={errors.name} />
        </div>
        {type === "TELEGRAM" ? (
          <FormField
            name="telegramChatId"
            label="Chat id"
            required
            placeholder="-1001234567890 or @agency_alerts"
            hint="Add the console's bot to the group or channel first. A group upgraded to a supergroup is followed automatically."
            errors={errors.telegramChatId}
          />
        ) : null}
        {type === "WEBHOOK" ? (
          <FormField
            name="webhookUrl"
            label="Webhook URL"
            type="url"
            required
            placeholder="https://hooks.example.com/social-scale"
            hint="HTTPS only; private and internal addresses are refused. A signing secret is shown once after saving."
            errors={errors.webhookUrl}
          />
        ) : null}
        {type === "EMAIL" ? (
          <TextareaField
            name="emailRecipients"
            label="E-mail addresses"
            rows={2}
            required
            placeholder="owner@agency.com, ops@agency.com"
            hint="One or more, separated by commas or new lines."
            errors={errors.emailRecipients}
          />
        ) : null}
        <SubmitButton pending={form.isPending} className="justify-self-start">
          Add destination
        </SubmitButton>
      </form>
    </div>
  );
}
