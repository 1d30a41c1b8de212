import { z } from "zod";
import {
  balanceViewSchema,
  sandboxOrderViewSchema,
  setLatencyInputSchema,
  type BalanceView,
  type ForceStatusInput,
  type SandboxOrderView,
  type SetStatusWordInput,
} from "./control-schemas";

/** Typed access to `/_control/fampage` of a running sandbox, for tests and demo scripts. */
export type FampageSandboxControl = {
  orders(): Promise<SandboxOrderView[]>;
  balance(): Promise<BalanceView>;
  setBalance(balance: string): Promise<BalanceView>;
  forceStatus(orderId: number, input: ForceStatusInput): Promise<SandboxOrderView>;
  /** The status word `action=status` reports for the order (any text); null: its real status again. */
  setStatusWord(orderId: number, word: SetStatusWordInput["word"]): Promise<SandboxOrderView>;
  /** Every API answer waits this long from now on (0: at once). */
  setLatency(milliseconds: number): Promise<void>;
};

async function readJson<TSchema extends z.ZodType>(response: Response, schema: TSchema): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Fampage sandbox control call failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

export function createFampageSandboxControl(sandboxUrl: string): FampageSandboxControl {
  const base = `${sandboxUrl}/_control/fampage`;
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  return {
    async orders() {
      return (await readJson(await fetch(`${base}/orders`), z.object({ orders: z.array(sandboxOrderViewSchema) }))).orders;
    },
    async balance() {
      return readJson(await fetch(`${base}/balance`), balanceViewSchema);
    },
    async setBalance(balance) {
      return readJson(await post("/balance", { balance }), balanceViewSchema);
    },
    async forceStatus(orderId, input) {
      const answer = await readJson(await post(`/orders/${orderId}/status`, input), z.object({ order: sandboxOrderViewSchema }));
      return answer.order;
    },
    async setLatency(milliseconds) {
      await readJson(await post("/latency", { milliseconds }), setLatencyInputSchema);
    },
    async setStatusWord(orderId, word) {
      const answer = await readJson(await post(`/orders/${orderId}/status-word`, { word }), z.object({ order: sandboxOrderViewSchema }));
      return answer.order;
    },
  };
}
