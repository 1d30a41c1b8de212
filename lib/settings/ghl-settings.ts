import { updateSettings, type AppSettings } from "./index";

export type GhlSettingsInput = { ghlAutoProvision: boolean; ghlUserEmailTemplate: string };

/** New companies use these from now on; existing sub-accounts keep the e-mail they were given. */
export async function saveGhlSettings(input: GhlSettingsInput): Promise<AppSettings> {
  return updateSettings(input);
}

export function ghlSettingsFormValues(settings: AppSettings): GhlSettingsInput {
  return { ghlAutoProvision: settings.ghlAutoProvision, ghlUserEmailTemplate: settings.ghlUserEmailTemplate };
}
