-- CreateIndex
CREATE INDEX "WorkflowRun_functionId_status_idx" ON "WorkflowRun"("functionId", "status");

