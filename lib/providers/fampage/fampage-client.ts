import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { FormFieldValue } from "../core/request-body";
import type { RetryPolicy } from "../core/retry-policy";
import { sendProviderRequest } from "../core/send-provider-request";
import { addOrderFields, type AddOrderParams } from "./add-order-params";
import { balanceResponseSchema, type PanelBalance } from "./balance";
import { cancelResponseSchema } from "./cancel";
import { classifyFampageResponse } from "./classify-fampage-response";
import type { PanelItemResult } from "./fampage-refusals";
import { batchIdList } from "./order-id-list";
import { orderStatusesResponseSchema, panelOrderStatusSchema, type PanelOrderStatus } from "./order-status";
import { servicesResponseSchema, type PanelService } from "./panel-service";
import {
  refillManyResponseSchema,
  refillResponseSchema,
  refillStatusResponseSchema,
  refillStatusesResponseSchema,
  type RefillRequest,
  type RefillStatus,
} from "./refill";

export type FampageClientConfig = {
  /** The API v2 endpoint itself: `https://fampage.in/api/v2`, or `<sandbox>/fampage/api/v2`. */
  baseUrl: string;
  apiKey: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Backoff for reads (the only calls retried). */
  retry?: Omit<RetryPolicy, "idempotent">;
};

export type PlacedOrder = { providerOrderId: number };

/**
 * Every method throws ProviderError for provider failures: `auth` for a bad key, and
 * `invalid_request` with the panel's message and a `providerCode` (see FampageRefusalCode)
 * when the panel refuses. Batch methods take at most 100 ids (RangeError beyond) and answer
 * per id; ids the panel did not mention are absent from the Map.
 */
export type FampageClient = {
  listServices(context?: RequestContext): Promise<PanelService[]>;
  /**
   * Sent exactly once, never retried: the panel has no idempotency key, so a retry could buy
   * twice. A ProviderError with `ambiguous: true` (e.g. a timeout) means the order may exist.
   */
  addOrder(params: AddOrderParams, context?: RequestContext): Promise<PlacedOrder>;
  getOrderStatus(orderId: number, context?: RequestContext): Promise<PanelOrderStatus>;
  getOrderStatuses(
    orderIds: readonly number[],
    context?: RequestContext,
  ): Promise<Map<number, PanelItemResult<PanelOrderStatus>>>;
  /** Not retried automatically. */
  refill(orderId: number, context?: RequestContext): Promise<RefillRequest>;
  /** Not retried automatically. */
  refillMany(orderIds: readonly number[], context?: RequestContext): Promise<Map<number, PanelItemResult<RefillRequest>>>;
  refillStatus(refillId: number, context?: RequestContext): Promise<RefillStatus>;
  refillStatuses(
    refillIds: readonly number[],
    context?: RequestContext,
  ): Promise<Map<number, PanelItemResult<{ status: RefillStatus }>>>;
  /** Asks the panel to cancel; an accepted order turns Canceled in its status later. Not retried automatically. */
  cancel(orderIds: readonly number[], context?: RequestContext): Promise<Map<number, PanelItemResult<object>>>;
  getBalance(context?: RequestContext): Promise<PanelBalance>;
};

type PanelCall<TSchema extends z.ZodType> = {
  /** Names the call in the integration log and in errors. */
  logAction: string;
  /** Form fields besides `key`, `action` included. */
  fields: Readonly<Record<string, FormFieldValue | undefined>>;
  responseSchema: TSchema;
  /** Reads are; add, refill and cancel are not and are sent once. */
  idempotent: boolean;
  context: RequestContext | undefined;
};

const placedOrderSchema = z.object({ order: integerFromProviderSchema }).transform(({ order }): PlacedOrder => ({
  providerOrderId: order,
}));

export function createFampageClient(
  config: FampageClientConfig,
  dependencies: ProviderCallDependencies = {},
): FampageClient {
  const call = <TSchema extends z.ZodType>(panelCall: PanelCall<TSchema>): Promise<z.output<TSchema>> =>
    sendProviderRequest(
      {
        provider: "fampage",
        action: panelCall.logAction,
        method: "POST",
        url: config.baseUrl,
        body: { type: "form", fields: { key: config.apiKey, ...panelCall.fields } },
        timeoutMs: config.timeoutMs,
        retry: { ...config.retry, idempotent: panelCall.idempotent },
        classifyResponse: classifyFampageResponse,
        responseSchema: panelCall.responseSchema,
        secrets: [config.apiKey],
        context: panelCall.context,
      },
      dependencies,
    );

  /** A batch call, skipped when there is nothing to ask about. */
  const callBatch = async <T>(
    ids: readonly number[],
    what: string,
    send: (idList: string) => Promise<Map<number, T>>,
  ): Promise<Map<number, T>> => {
    const idList = batchIdList(ids, what);
    return idList.length === 0 ? new Map() : send(idList);
  };

  return {
    listServices: (context) =>
      call({
        logAction: "list_services",
        fields: { action: "services" },
        responseSchema: servicesResponseSchema,
        idempotent: true,
        context,
      }),

    addOrder: (params, context) =>
      call({
        logAction: "add_order",
        fields: addOrderFields(params),
        responseSchema: placedOrderSchema,
        idempotent: false,
        context,
      }),

    getOrderStatus: (orderId, context) =>
      call({
        logAction: "get_order_status",
        fields: { action: "status", order: orderId },
        responseSchema: panelOrderStatusSchema,
        idempotent: true,
        context,
      }),

    getOrderStatuses: (orderIds, context) =>
      callBatch(orderIds, "order", (orders) =>
        call({
          logAction: "get_order_statuses",
          fields: { action: "status", orders },
          responseSchema: orderStatusesResponseSchema,
          idempotent: true,
          context,
        }),
      ),

    refill: (orderId, context) =>
      call({
        logAction: "refill_order",
        fields: { action: "refill", order: orderId },
        responseSchema: refillResponseSchema,
        idempotent: false,
        context,
      }),

    refillMany: (orderIds, context) =>
      callBatch(orderIds, "order", (orders) =>
        call({
          logAction: "refill_orders",
          fields: { action: "refill", orders },
          responseSchema: refillManyResponseSchema,
          idempotent: false,
          context,
        }),
      ),

    refillStatus: (refillId, context) =>
      call({
        logAction: "get_refill_status",
        fields: { action: "refill_status", refill: refillId },
        responseSchema: refillStatusResponseSchema,
        idempotent: true,
        context,
      }),

    refillStatuses: (refillIds, context) =>
      callBatch(refillIds, "refill", (refills) =>
        call({
          logAction: "get_refill_statuses",
          fields: { action: "refill_status", refills },
          responseSchema: refillStatusesResponseSchema,
          idempotent: true,
          context,
        }),
      ),

    cancel: (orderIds, context) =>
      callBatch(orderIds, "order", (orders) =>
        call({
          logAction: "cancel_orders",
          fields: { action: "cancel", orders },
          responseSchema: cancelResponseSchema,
          idempotent: false,
          context,
        }),
      ),

    getBalance: (context) =>
      call({
        logAction: "get_balance",
        fields: { action: "balance" },
        responseSchema: balanceResponseSchema,
        idempotent: true,
        context,
      }),
  };
}
