-- Jobs move to graphile-worker (docs/decisions/060): its queue replaces the reminder outbox and
-- the job leases. Flow deliveries not yet sent become Flow trigger jobs, when graphile-worker's
-- schema is installed (npm run db:migrate installs it before these migrations run).
DO $$
BEGIN
  IF to_regprocedure('graphile_worker.add_job(text,json,text,timestamptz,integer,text,integer,text[],text)') IS NOT NULL THEN
    PERFORM graphile_worker.add_job(
              'flow_trigger',
              json_build_object('shopId', d."shopId", 'reminderId', d."reminderId"),
              job_key := 'flow:' || d."reminderId",
              max_attempts := 10)
       FROM "ReminderDelivery" d
      WHERE d.status IN ('pending', 'sending');
  END IF;
END $$;

-- DropForeignKey
ALTER TABLE "ReminderDelivery" DROP CONSTRAINT "ReminderDelivery_shopId_reminderId_fkey";

-- DropTable
DROP TABLE "ReminderDelivery";

-- DropTable
DROP TABLE "JobLease";
