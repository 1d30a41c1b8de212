/** Raw HTTP helpers for exercising the simulated Resend API without the client under test. */

export const SANDBOX_API_KEY = "re_sandbox_test_key";

export const minimalEmail = {
  from: "Social Scale <no-reply@socialscale.test>",
  to: "owner@agency.test",
  subject: "Hello",
  text: "Hi there",
};

export function postEmail(
  sandboxUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${sandboxUrl}/resend/emails`, {
    method: "POST",
    headers: { authorization: `Bearer ${SANDBOX_API_KEY}`, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
}

export async function sendEmailId(sandboxUrl: string, body: unknown = minimalEmail): Promise<string> {
  const response = await postEmail(sandboxUrl, body);
  const json = (await response.json()) as { id?: unknown };
  if (response.status !== 200 || typeof json.id !== "string") {
    throw new Error(`sandbox refused the e-mail: ${response.status} ${JSON.stringify(json)}`);
  }
  return json.id;
}
