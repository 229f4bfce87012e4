-- Written by hand (not expressible in schema.prisma): leave room on each page so that updating a
-- pack's balances can stay on its page (a HOT update) instead of rewriting every index entry.
ALTER TABLE "Pack" SET (fillfactor = 80);
ALTER TABLE "Quote" SET (fillfactor = 85);
