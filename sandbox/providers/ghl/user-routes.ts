import type { Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../core/sandbox-context";
import { refuseOtherCompany, tokenOfClass, type ApiEnv } from "./api-access";
import { respondWithGhlError } from "./ghl-errors";
import type { GhlStore, StoredUser } from "./ghl-store";
import { field, missingOr, readJsonBody, validateFields } from "./request-validation";
import { newGhlId } from "./sandbox-ids";

const MIN_PASSWORD_LENGTH = 8;

const createUserSchema = z
  .object(
    {
      companyId: field.requiredText("companyId"),
      firstName: field.requiredText("firstName"),
      lastName: field.requiredText("lastName"),
      email: field.requiredEmail("email"),
      password: z
        .string({ error: missingOr("password", "must be a string") })
        .min(MIN_PASSWORD_LENGTH, {
          error: `password must be longer than or equal to ${MIN_PASSWORD_LENGTH} characters`,
        }),
      phone: field.optionalText("phone"),
      type: field.oneOf("type", ["account", "agency"]),
      role: field.oneOf("role", ["admin", "user"]),
      locationIds: field.textList("locationIds").default([]),
      permissions: z.record(z.string(), z.boolean(), { error: "permissions must be an object" }).default({}),
    },
    { error: "body must be an object" },
  )
  .refine((user) => user.type !== "account" || user.locationIds.length > 0, {
    error: "locationIds should not be empty",
    path: ["locationIds"],
  });

function userView(user: StoredUser): Record<string, unknown> {
  return {
    id: user.id,
    name: `${user.firstName} ${user.lastName}`,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
    phone: user.phone ?? "",
    extension: "",
    permissions: user.permissions,
    roles: { type: user.type, role: user.role, locationIds: user.locationIds },
    deleted: false,
  };
}

const userSearchSchema = z.object({
  companyId: field.requiredText("companyId"),
  query: z.string().default(""),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(100).default(25),
});

/** `POST /users/` (agency token): users whose e-mail and password `/users/authenticate` later checks. */
export function registerUserRoutes(api: Hono<ApiEnv>, context: SandboxContext, store: GhlStore): void {
  api.get("/users/search", (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const query = validateFields(c, userSearchSchema, c.req.query());
    if (!query.ok) return query.response;
    const refusal = refuseOtherCompany(c, access.token, query.data.companyId);
    if (refusal !== null) return refusal;
    const term = query.data.query.trim().toLowerCase();
    const found = [...store.users.values()].filter(
      (user) =>
        user.companyId === query.data.companyId &&
        (term === "" || user.email.toLowerCase().includes(term) || `${user.firstName} ${user.lastName}`.toLowerCase().includes(term)),
    );
    const users = found.slice(0, query.data.limit).map(userView);
    return c.json({ users, count: found.length });
  });

  api.post("/users/", async (c) => {
    const access = tokenOfClass(c, "Company");
    if (!access.ok) return access.response;
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const input = validateFields(c, createUserSchema, json.body);
    if (!input.ok) return input.response;
    const refusal = refuseOtherCompany(c, access.token, input.data.companyId);
    if (refusal !== null) return refusal;
    if (store.nextUserRefusal !== null) {
      const message = store.nextUserRefusal;
      store.nextUserRefusal = null;
      return respondWithGhlError(c, 422, [message]);
    }

    const unknownLocation = input.data.locationIds.find(
      (locationId) => store.locations.get(locationId)?.companyId !== input.data.companyId,
    );
    if (unknownLocation !== undefined) return respondWithGhlError(c, 400, `Location not found: ${unknownLocation}`);
    if (store.findUserByEmail(input.data.email) !== undefined) {
      return respondWithGhlError(c, 400, "A user with this email already exists");
    }

    const user: StoredUser = {
      ...input.data,
      id: newGhlId(context.random),
      phone: input.data.phone ?? null,
      createdAt: context.clock.now(),
    };
    store.users.set(user.id, user);
    store.counters.usersCreated += 1;
    return c.json(userView(user), 201);
  });
}
