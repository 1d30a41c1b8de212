"use server";

import { formInput } from "@/lib/forms/form-fields";
import { saveAgencySettings } from "@/lib/settings/agency-settings";
import { adminActionClient } from "./safe-action";
import { agencySettingsSchema } from "./settings.validation";

export const updateAgencySettingsAction = adminActionClient
  .metadata({ actionName: "updateAgencySettings" })
  .inputSchema(formInput(agencySettingsSchema))
  .stateAction(async ({ parsedInput }) => {
    await saveAgencySettings(parsedInput);
    return { message: "Settings saved. Orders placed from now on use them; existing invoices are unchanged." };
  });
