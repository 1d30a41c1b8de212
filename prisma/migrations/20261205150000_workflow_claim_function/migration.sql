-- The embedded workflow runner's claim (lib/workflows/runner/claim-run.ts) in one round trip.
-- A claim used to be five statements in a transaction, and under a fan-out of thousands of runs
-- its round trips were most of the pause between one run ending and the next one starting.
--
-- p_limits holds every function the calling runner knows: {"<function id>": {"fn": n|null, "key": n|null}}
-- (its function-wide limit and its per-key limit). A claimable run of any other function fails:
-- the app no longer has it.
--
-- In a VOLATILE function each statement takes a fresh snapshot, so the running runs are
-- counted only once the scopes' advisory locks are held: the count sees every run claimed by
-- the process that held a lock before. A function-wide scope is waited for (claims are short,
-- and one run ending while another claims must still get its slot refilled), always in name
-- order, so claims cannot deadlock; a key's scope is only tried, and one another claim holds
-- admits nothing this time.
CREATE FUNCTION workflow_claim_runs(p_owner TEXT, p_lease_ms INT, p_max INT, p_candidates INT, p_limits JSONB)
RETURNS TABLE (claimed_id TEXT, claimed_function_id TEXT, claimed_event JSONB, claimed_attempt INT, has_steps BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_ids TEXT[];
  v_functions TEXT[];
  v_keys TEXT[];
  v_fn_free INT[];
  v_key_functions TEXT[];
  v_key_scopes TEXT[];
  v_function TEXT;
BEGIN
  IF p_max <= 0 THEN
    RETURN;
  END IF;
  -- Oldest first; one index range per status, so the pick costs the same at 10 runs or 100,000.
  SELECT array_agg(c.id ORDER BY c."runAt", c.id), array_agg(c."functionId" ORDER BY c."runAt", c.id), array_agg(c."concurrencyKey" ORDER BY c."runAt", c.id)
  INTO v_ids, v_functions, v_keys
  FROM (
    SELECT u.* FROM (
      (SELECT r.id, r."functionId", r."concurrencyKey", r."runAt" FROM "WorkflowRun" r
        WHERE r.status = 'QUEUED' AND r."runAt" <= now() ORDER BY r."runAt" LIMIT p_candidates)
      UNION ALL
      (SELECT r.id, r."functionId", r."concurrencyKey", r."runAt" FROM "WorkflowRun" r
        WHERE r.status = 'SLEEPING' AND r."runAt" <= now() ORDER BY r."runAt" LIMIT p_candidates)
      UNION ALL
      -- Abandoned: its runner's lease ran out (a crashed process).
      (SELECT r.id, r."functionId", r."concurrencyKey", r."runAt" FROM "WorkflowRun" r
        WHERE r.status = 'RUNNING' AND r."leaseExpiresAt" < now() ORDER BY r."runAt" LIMIT p_candidates)
    ) u ORDER BY u."runAt", u.id LIMIT p_candidates
  ) c;
  IF v_ids IS NULL THEN
    RETURN;
  END IF;

  IF EXISTS (SELECT 1 FROM unnest(v_functions) AS f(fn) WHERE NOT p_limits ? f.fn) THEN
    UPDATE "WorkflowRun" SET status = 'FAILED', "finishedAt" = now(), "updatedAt" = now(),
      error = 'This function no longer exists in the app, so the run cannot go on.'
    WHERE id IN (
      SELECT r.id FROM "WorkflowRun" r JOIN unnest(v_ids, v_functions) AS c(id, fn) ON r.id = c.id
      WHERE NOT p_limits ? c.fn
        AND ((r.status IN ('QUEUED', 'SLEEPING') AND r."runAt" <= now()) OR (r.status = 'RUNNING' AND r."leaseExpiresAt" < now()))
      FOR UPDATE OF r SKIP LOCKED);
  END IF;

  -- The same lock names as every other runner of the app: workflow:<function>:fn: or workflow:<function>:key:<key>.
  FOR v_function IN
    SELECT DISTINCT c.fn FROM unnest(v_functions) AS c(fn) WHERE p_limits -> c.fn ->> 'fn' IS NOT NULL ORDER BY c.fn
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('workflow:' || v_function || ':fn:'));
  END LOOP;

  -- Each limited function's free slots, counted now that its lock is held (and staying free
  -- while it is: runs only end meanwhile). Only as many of its candidates as could fill them,
  -- four per slot (some may wait on their key), go on to the keys' locks.
  WITH fn_free AS (
    SELECT f.fn, (p_limits -> f.fn ->> 'fn')::INT
      - (SELECT count(*) FROM "WorkflowRun" r
         WHERE r."functionId" = f.fn AND r.status = 'RUNNING' AND r."leaseExpiresAt" >= now())::INT AS free
    FROM (SELECT DISTINCT u.fn FROM unnest(v_functions) AS u(fn) WHERE p_limits -> u.fn ->> 'fn' IS NOT NULL) f
  ),
  ranked AS (
    SELECT c.id, c.fn, c.key, c.ord, ff.free, row_number() OVER (PARTITION BY c.fn ORDER BY c.ord) AS fn_rank
    FROM unnest(v_ids, v_functions, v_keys) WITH ORDINALITY AS c(id, fn, key, ord)
    LEFT JOIN fn_free ff ON ff.fn = c.fn
    WHERE p_limits ? c.fn
  )
  SELECT array_agg(r.id ORDER BY r.ord), array_agg(r.fn ORDER BY r.ord), array_agg(r.key ORDER BY r.ord), array_agg(r.free ORDER BY r.ord)
  INTO v_ids, v_functions, v_keys, v_fn_free
  FROM ranked r
  WHERE r.free IS NULL OR r.fn_rank <= r.free * 4;
  IF v_ids IS NULL THEN
    RETURN;
  END IF;

  SELECT array_agg(s.fn), array_agg(s.key)
  INTO v_key_functions, v_key_scopes
  FROM (SELECT DISTINCT c.fn, c.key FROM unnest(v_functions, v_keys) AS c(fn, key) WHERE p_limits -> c.fn ->> 'key' IS NOT NULL) s
  WHERE pg_try_advisory_xact_lock(hashtext('workflow:' || s.fn || ':key:' || s.key));

  RETURN QUERY
  WITH candidates AS (
    SELECT c.id, c.fn, c.key, c.ord, c.fn_free, (p_limits -> c.fn ->> 'key')::INT AS key_limit
    FROM unnest(v_ids, v_functions, v_keys, v_fn_free) WITH ORDINALITY AS c(id, fn, key, fn_free, ord)
  ),
  key_free AS (
    SELECT k.fn, k.key, (p_limits -> k.fn ->> 'key')::INT
      - (SELECT count(*) FROM "WorkflowRun" r
         WHERE r."functionId" = k.fn AND r.status = 'RUNNING' AND r."leaseExpiresAt" >= now() AND r."concurrencyKey" = k.key)::INT AS free
    FROM unnest(v_key_functions, v_key_scopes) AS k(fn, key)
  ),
  key_ranked AS (
    SELECT c.*, row_number() OVER (PARTITION BY c.fn, c.key ORDER BY c.ord) AS key_rank FROM candidates c
  ),
  within_key_limits AS (
    SELECT k.* FROM key_ranked k
    WHERE k.key_limit IS NULL
       OR k.key_rank <= COALESCE((SELECT f.free FROM key_free f WHERE f.fn = k.fn AND f.key = k.key), 0)
  ),
  function_ranked AS (
    SELECT w.*, row_number() OVER (PARTITION BY w.fn ORDER BY w.ord) AS fn_rank FROM within_key_limits w
  ),
  admitted AS (
    SELECT a.id FROM function_ranked a
    WHERE a.fn_free IS NULL OR a.fn_rank <= a.fn_free
    ORDER BY a.ord LIMIT p_max
  )
  UPDATE "WorkflowRun" w
  SET status = 'RUNNING', "leaseOwner" = p_owner, "leaseExpiresAt" = now() + p_lease_ms * INTERVAL '1 millisecond',
      -- The claim's own time, not its transaction's start: that may precede the run it waited for.
      "startedAt" = COALESCE(w."startedAt", clock_timestamp()), "updatedAt" = now()
  -- Still claimable: one another process claimed since it was read is skipped, never taken twice.
  WHERE w.id IN (
    SELECT r.id FROM "WorkflowRun" r
    WHERE r.id IN (SELECT admitted.id FROM admitted)
      AND ((r.status IN ('QUEUED', 'SLEEPING') AND r."runAt" <= now()) OR (r.status = 'RUNNING' AND r."leaseExpiresAt" < now()))
    FOR UPDATE SKIP LOCKED)
  RETURNING w.id, w."functionId", w.event, w.attempt, EXISTS (SELECT 1 FROM "WorkflowStep" s WHERE s."runId" = w.id);
END
$$;

-- A run's last step stored, the run completed, and the runs that take over its slot (and any
-- other free slot of the calling runner, p_max) claimed: one round trip, one transaction. The
-- claim counts from inside the transaction that ended the run, so the slot it frees is seen
-- free at once; a fan-out's runs follow one another with no pause for a separate claim.
-- Nothing is stored or claimed unless the run is still the caller's (stored = FALSE).
-- Its last five arguments are a claim's (see workflow_claim_runs); p_owner must hold the run's lease.
CREATE FUNCTION workflow_finish_run(
  p_run_id TEXT, p_output JSONB,
  p_step_hashed_id TEXT, p_step_name TEXT, p_step_position INT, p_step_status TEXT, p_step_data JSONB, p_step_error JSONB,
  p_step_attempts INT, p_step_finished_at TIMESTAMP(3),
  p_owner TEXT, p_lease_ms INT, p_max INT, p_candidates INT, p_limits JSONB)
RETURNS TABLE (stored BOOLEAN, claimed_id TEXT, claimed_function_id TEXT, claimed_event JSONB, claimed_attempt INT, has_steps BOOLEAN)
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  WITH owned AS (
    UPDATE "WorkflowRun" SET attempt = 0, error = NULL, "updatedAt" = now(), status = 'COMPLETED', output = p_output,
      "finishedAt" = now(), "leaseOwner" = NULL, "leaseExpiresAt" = NULL
    WHERE id = p_run_id AND "leaseOwner" = p_owner AND status = 'RUNNING'
    RETURNING id
  )
  INSERT INTO "WorkflowStep" (id, "runId", "hashedId", name, position, status, data, error, attempts, "finishedAt")
  SELECT gen_random_uuid()::TEXT, owned.id, p_step_hashed_id, p_step_name, p_step_position, p_step_status::"WorkflowStepStatus",
         p_step_data, p_step_error, p_step_attempts, p_step_finished_at
  FROM owned
  ON CONFLICT ("runId", "hashedId") DO NOTHING;
  IF NOT FOUND THEN
    RETURN QUERY SELECT FALSE, NULL::TEXT, NULL::TEXT, NULL::JSONB, NULL::INT, NULL::BOOLEAN;
    RETURN;
  END IF;
  RETURN QUERY SELECT TRUE, c.* FROM workflow_claim_runs(p_owner, p_lease_ms, p_max, p_candidates, p_limits) c;
  IF NOT FOUND THEN
    RETURN QUERY SELECT TRUE, NULL::TEXT, NULL::TEXT, NULL::JSONB, NULL::INT, NULL::BOOLEAN;
  END IF;
END
$$;
