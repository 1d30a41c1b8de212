import { expect, type Page } from "@playwright/test";

/** The administrator the account journey creates; later journeys sign in as them. */
export const admin = { name: "Ada Operator", email: "ada@agency.test" };

export const adminPasswords = {
  first: "blue canyon river 42",
  changed: "green valley stone 7",
  /** The password the account journey ends with. */
  final: "purple meadow lantern 3",
};

export async function signIn(page: Page, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(admin.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}
