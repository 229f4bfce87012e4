-- CreateIndex
CREATE INDEX "Invoice_developerId_number_idx" ON "Invoice"("developerId", "number");

-- CreateIndex
CREATE INDEX "Quote_shopId_createdAt_id_idx" ON "Quote"("shopId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Quote_developerId_createdAt_id_idx" ON "Quote"("developerId", "createdAt", "id");

