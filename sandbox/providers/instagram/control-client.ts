import { z } from "zod";
import {
  createGraphSandboxControl,
  readControlJson,
  sendControlJson,
  type GraphSandboxControl,
} from "../facebook/control-client";
import type { AccountInput, SandboxInstagramLogin } from "./instagram-account";

export type InstagramSandboxControl = GraphSandboxControl & {
  /** Replaces the professional account that logs in on the authorize page. */
  setAccount(input: AccountInput): Promise<SandboxInstagramLogin>;
};

const sandboxLoginSchema: z.ZodType<SandboxInstagramLogin> = z.object({
  userId: z.string(),
  appScopedId: z.string(),
  username: z.string(),
  name: z.string(),
  accountType: z.enum(["BUSINESS", "MEDIA_CREATOR", "PERSONAL"]),
  profilePictureUrl: z.string(),
  followersCount: z.number(),
  followsCount: z.number(),
  mediaCount: z.number(),
});

/** Typed access to `/_control/instagram` of a running sandbox, for tests and scripts. */
export function createInstagramSandboxControl(sandboxUrl: string): InstagramSandboxControl {
  return {
    ...createGraphSandboxControl(sandboxUrl, "instagram"),
    async setAccount(input) {
      const response = await sendControlJson(`${sandboxUrl}/_control/instagram/account`, "PUT", input);
      return (await readControlJson(response, z.object({ account: sandboxLoginSchema }))).account;
    },
  };
}
