/** `npm run seed`: fills the configured database with the demo data set, if it is empty. */
import { loadConfig } from '../platform/config';
import { createServerLogger, lifecycleLogger } from '../platform/logging/server-logger';
import { openDatabase } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { seedDemoIfEmpty } from '../seed/demo-seed';
import { systemClock } from '../kernel/clock';

const config = loadConfig();
const log = lifecycleLogger(createServerLogger({ level: config.LOG_LEVEL, instanceId: config.INSTANCE_ID }));
const database = await openDatabase(config.DATABASE_URL);
await migrateToLatest(database.db as never, database.dialect);
const seeded = await seedDemoIfEmpty(
  database.db,
  config,
  systemClock,
  (line) => log.info(line),
  database.bulkInsert,
);
if (!seeded) log.info(`${database.description} already has data; nothing seeded.`);
await database.close();
