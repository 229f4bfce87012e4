-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "packId" UUID NOT NULL,
    "threshold" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "expiresOn" TEXT NOT NULL,
    "daysLeft" INTEGER NOT NULL,
    "buyBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderDelivery" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "reminderId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "claimedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeveloperNotification" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "reminderId" UUID NOT NULL,
    "developerId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "DeveloperNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "job" TEXT NOT NULL,
    "holder" TEXT,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastStartedAt" TIMESTAMPTZ(3),
    "lastFinishedAt" TIMESTAMPTZ(3),
    "lastStatus" TEXT,
    "lastCounts" JSONB,
    "lastError" TEXT,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("job")
);

-- CreateIndex
CREATE INDEX "Reminder_createdAt_idx" ON "Reminder"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_shopId_packId_threshold_key" ON "Reminder"("shopId", "packId", "threshold");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_shopId_id_key" ON "Reminder"("shopId", "id");

-- CreateIndex
CREATE INDEX "ReminderDelivery_status_nextAttemptAt_idx" ON "ReminderDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderDelivery_shopId_reminderId_channel_key" ON "ReminderDelivery"("shopId", "reminderId", "channel");

-- CreateIndex
CREATE INDEX "DeveloperNotification_developerId_createdAt_idx" ON "DeveloperNotification"("developerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeveloperNotification_shopId_reminderId_developerId_key" ON "DeveloperNotification"("shopId", "reminderId", "developerId");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_shopId_reminderId_fkey" FOREIGN KEY ("shopId", "reminderId") REFERENCES "Reminder"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeveloperNotification" ADD CONSTRAINT "DeveloperNotification_shopId_reminderId_fkey" FOREIGN KEY ("shopId", "reminderId") REFERENCES "Reminder"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeveloperNotification" ADD CONSTRAINT "DeveloperNotification_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

