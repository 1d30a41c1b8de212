import { parseRedirectUri } from "./consent-redirect";

/** The query (or re-posted hidden fields) of an OAuth dialog. */
export type DialogParameters = {
  client_id?: string;
  redirect_uri?: string;
  state?: string;
  scope?: string;
  response_type?: string;
};

export type DialogRequest = {
  redirectUri: URL;
  /** Exactly as the app sent it: the code exchange must repeat it character for character. */
  redirectUriText: string;
  state: string | undefined;
  scopes: string[];
};

export type DialogRequestCheck = { ok: true; request: DialogRequest } | { ok: false; problem: string };

/** What Meta's dialogs check before showing anything: the app, the redirect URI, the response type. */
export function checkDialogRequest(parameters: DialogParameters, appId: string): DialogRequestCheck {
  if (parameters.client_id !== appId) {
    return { ok: false, problem: "Invalid App ID: the client_id does not belong to an app this sandbox knows." };
  }
  const redirectUriText = parameters.redirect_uri;
  const redirectUri = redirectUriText === undefined ? null : parseRedirectUri(redirectUriText);
  if (redirectUriText === undefined || redirectUri === null) {
    return { ok: false, problem: "URL blocked: redirect_uri must be an absolute http(s) address." };
  }
  if (parameters.response_type !== undefined && parameters.response_type !== "code") {
    return { ok: false, problem: `Unsupported response_type "${parameters.response_type}": only "code" is supported.` };
  }
  const scopes = (parameters.scope ?? "")
    .split(/[,\s]+/)
    .map((scope) => scope.trim())
    .filter((scope) => scope.length > 0);
  return { ok: true, request: { redirectUri, redirectUriText, state: parameters.state, scopes } };
}

/** The same request as hidden form fields, so the confirm step can check it again. */
export function dialogHiddenFields(parameters: DialogParameters): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ["client_id", "redirect_uri", "state", "scope", "response_type"] as const) {
    const value = parameters[name];
    if (value !== undefined) fields[name] = value;
  }
  return fields;
}

/** Form fields as single strings; repeated fields (checkboxes) as lists. */
export type PostedForm = Record<string, string | File | (string | File)[]>;

export function formValue(form: PostedForm, name: string): string | undefined {
  const value = form[name];
  return typeof value === "string" ? value : undefined;
}

export function formValues(form: PostedForm, name: string): string[] {
  const value = form[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === "string");
}

export function dialogParametersFromForm(form: PostedForm): DialogParameters {
  return {
    client_id: formValue(form, "client_id"),
    redirect_uri: formValue(form, "redirect_uri"),
    state: formValue(form, "state"),
    scope: formValue(form, "scope"),
    response_type: formValue(form, "response_type"),
  };
}
