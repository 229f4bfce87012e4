-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "developerId" UUID NOT NULL,
    "workedOn" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TimeEntry_shopId_quoteId_idx" ON "TimeEntry"("shopId", "quoteId");

-- CreateIndex
CREATE INDEX "TimeEntry_developerId_idx" ON "TimeEntry"("developerId");

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_minutes_positive" CHECK ("minutes" > 0);
