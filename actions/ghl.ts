"use server";

import { formInput } from "@/lib/forms/form-fields";
import { disconnectGhl } from "@/lib/ghl/oauth-connect";
import { runIntegrationCheck } from "@/lib/ghl/integration-check";
import { cancelProvisioning, requestProvisioning } from "@/lib/ghl/provisioning/request-provisioning";
import { reauthenticateSubaccount, revealSubaccountPassword } from "@/lib/ghl/provisioning/subaccount-access";
import { refreshAgencyToken } from "@/lib/ghl/token-manager";
import { saveGhlSettings } from "@/lib/settings/ghl-settings";
import { adminActionClient } from "./safe-action";
import { ghlSettingsSchema, noInputSchema, subaccountCompanySchema } from "./ghl.validation";

export const refreshGhlTokenAction = adminActionClient
  .metadata({ actionName: "refreshGhlToken" })
  .inputSchema(noInputSchema)
  .action(async () => {
    const token = await refreshAgencyToken({ mode: "manual" });
    return { message: `Token refreshed; valid until ${token.expiresAt.toISOString().replace("T", " ").slice(0, 16)} UTC.` };
  });

export const disconnectGhlAction = adminActionClient
  .metadata({ actionName: "disconnectGhl" })
  .inputSchema(noInputSchema)
  .action(async () => {
    await disconnectGhl();
    return { message: "GoHighLevel is disconnected; its tokens were deleted." };
  });

export const testGhlIntegrationAction = adminActionClient
  .metadata({ actionName: "testGhlIntegration" })
  .inputSchema(noInputSchema)
  .action(async () => ({ checks: await runIntegrationCheck() }));

export const startGhlProvisioningAction = adminActionClient
  .metadata({ actionName: "startGhlProvisioning" })
  .inputSchema(subaccountCompanySchema)
  .action(async ({ parsedInput }) => {
    const { attempt } = await requestProvisioning(parsedInput.companyId);
    return { message: attempt === 1 ? "Creating the GoHighLevel sub-account…" : "Trying again…" };
  });

export const cancelGhlProvisioningAction = adminActionClient
  .metadata({ actionName: "cancelGhlProvisioning" })
  .inputSchema(subaccountCompanySchema)
  .action(async ({ parsedInput }) => {
    await cancelProvisioning(parsedInput.companyId);
    return { message: "Provisioning cancelled; what was already created is kept for a retry." };
  });

/** The only way the password leaves the server: on demand, to the signed-in admin. */
export const revealGhlPasswordAction = adminActionClient
  .metadata({ actionName: "revealGhlPassword" })
  .inputSchema(subaccountCompanySchema)
  .action(async ({ parsedInput }) => ({ password: await revealSubaccountPassword(parsedInput.companyId) }));

export const reauthenticateGhlSubaccountAction = adminActionClient
  .metadata({ actionName: "reauthenticateGhlSubaccount" })
  .inputSchema(subaccountCompanySchema)
  .action(async ({ parsedInput }) => {
    const result = await reauthenticateSubaccount(parsedInput.companyId);
    return { message: result.outcome === "done" ? "Signed in again; a new firebase token is stored." : result.detail };
  });

export const updateGhlSettingsAction = adminActionClient
  .metadata({ actionName: "updateGhlSettings" })
  .inputSchema(formInput(ghlSettingsSchema))
  .stateAction(async ({ parsedInput }) => {
    await saveGhlSettings(parsedInput);
    return { message: "GoHighLevel settings saved. They apply to companies provisioned from now on." };
  });
