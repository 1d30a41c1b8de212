/** The provisioning steps in order, as the company page lists them. */
export const PROVISIONING_STEPS = [
  { key: "location", label: "Create the sub-account" },
  { key: "user", label: "Create the sub-account's admin user" },
  { key: "login", label: "Sign in as that user (firebase token)" },
  { key: "crm_contact", label: "Add the company to the agency CRM" },
] as const;

export type ProvisioningStepKey = (typeof PROVISIONING_STEPS)[number]["key"];

export function stepLabel(key: string): string {
  return PROVISIONING_STEPS.find((step) => step.key === key)?.label ?? key;
}
