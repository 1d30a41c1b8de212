import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../core/sandbox-context";
import { refuseOtherCompany, tokenOfClass, type ApiEnv } from "./api-access";
import { respondWithGhlError } from "./ghl-errors";
import type { GhlStore, StoredLocation } from "./ghl-store";
import { field, readJsonBody, readFormFields, validateFields } from "./request-validation";
import { newGhlId } from "./sandbox-ids";
import { issueAccessToken, tokenResponseBody } from "./tokens";

const OPTIONAL_LOCATION_FIELDS = [
  "phone",
  "address",
  "city",
  "state",
  "country",
  "postalCode",
  "website",
  "timezone",
  "snapshotId",
] as const;

const prospectInfoSchema = z.object(
  {
    firstName: field.requiredText("prospectInfo.firstName"),
    lastName: field.requiredText("prospectInfo.lastName"),
    email: field.requiredEmail("prospectInfo.email"),
  },
  { error: "prospectInfo must be an object" },
);

const createLocationSchema = z.object(
  {
    name: field.requiredText("name"),
    companyId: field.requiredText("companyId"),
    prospectInfo: prospectInfoSchema.optional(),
    ...Object.fromEntries(OPTIONAL_LOCATION_FIELDS.map((name) => [name, field.optionalText(name)])),
  },
  { error: "body must be an object" },
);

const locationSearchSchema = z.object({
  companyId: field.requiredText("companyId"),
  email: z.string().optional(),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(10),
});

const locationTokenRequestSchema = z.object({
  companyId: field.requiredText("companyId"),
  locationId: field.requiredText("locationId"),
});

function locationView(location: StoredLocation): Record<string, unknown> {
  return { id: location.id, companyId: location.companyId, name: location.name, email: location.email, ...location.details };
}

/** Agency-token endpoints about sub-accounts: create, delete, and mint a sub-account token. */
export function registerLocationRoutes(api: Hono<ApiEnv>, context: SandboxContext, store: GhlStore): void {
  api.post("/locations/", async (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const input = validateFields(c, createLocationSchema, json.body);
    if (!input.ok) return input.response;
    const refusal = refuseOtherCompany(c, access.token, input.data.companyId);
    if (refusal !== null) return refusal;

    const { name, companyId, prospectInfo, ...rest } = input.data;
    const details = Object.fromEntries(
      Object.entries(rest).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    const location: StoredLocation = {
      id: newGhlId(context.random),
      companyId,
      name,
      email: prospectInfo?.email.toLowerCase() ?? null,
      details,
      createdAt: context.clock.now(),
    };
    store.locations.set(location.id, location);
    store.counters.locationsCreated += 1;
    return c.json(locationView(location), 201);
  });

  api.get("/locations/search", (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const query = validateFields(c, locationSearchSchema, c.req.query());
    if (!query.ok) return query.response;
    const refusal = refuseOtherCompany(c, access.token, query.data.companyId);
    if (refusal !== null) return refusal;
    const wanted = query.data.email?.trim().toLowerCase();
    const found = [...store.locations.values()].filter(
      (location) => location.companyId === query.data.companyId && (wanted === undefined || location.email === wanted),
    );
    return c.json({ locations: found.slice(0, query.data.limit).map(locationView) });
  });

  api.delete("/locations/:id", (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const location = store.locations.get(c.req.param("id"));
    if (location === undefined) return respondWithGhlError(c, 404, "Location not found");
    const refusal = refuseOtherCompany(c, access.token, location.companyId);
    if (refusal !== null) return refusal;

    store.locations.delete(location.id);
    store.counters.locationsDeleted += 1;
    for (const contact of store.contacts.values()) {
      if (contact.locationId === location.id) store.contacts.delete(contact.id);
    }
    return c.json({ success: true, message: "Deleting the Location" });
  });

  api.post("/oauth/locationToken", async (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const input = validateFields(c, locationTokenRequestSchema, await readFormFields(c));
    if (!input.ok) return input.response;
    const refusal = refuseOtherCompany(c, access.token, input.data.companyId);
    if (refusal !== null) return refusal;
    const location = store.locations.get(input.data.locationId);
    if (location === undefined || location.companyId !== input.data.companyId) {
      return respondWithGhlError(c, 400, "Location not found for this company");
    }

    const token = issueAccessToken(
      store,
      context.random,
      {
        userType: "Location",
        companyId: location.companyId,
        locationId: location.id,
        userId: access.token.userId,
        scope: access.token.scope,
      },
      context.clock.now(),
    );
    return c.json(tokenResponseBody(token));
  });
}
