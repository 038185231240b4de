import type { Kysely } from 'kysely';
import type { SqlDialect } from '../dialect';
import * as m0001 from './0001-initial-schema';
import * as m0002 from './0002-name-token-pairs';
import * as m0003 from './0003-call-log';
import * as m0004 from './0004-floor';
import * as m0005 from './0005-practice';
import * as m0006 from './0006-slot-outbox';
import * as m0007 from './0007-day-closures';
import * as m0008 from './0008-booking-rules';
import * as m0009 from './0009-applicants-without-curp';
import * as m0010 from './0010-fees-by-currency';
import * as m0011 from './0011-routed-calls';
import * as m0012 from './0012-missed-offers';
import * as m0013 from './0013-calls-closed-by-server';
import * as m0014 from './0014-consulate-addresses';
import * as m0015 from './0015-locked-accounts';
import * as m0016 from './0016-outbound-messages';
import * as m0017 from './0017-waitlist';
import * as m0018 from './0018-applicant-language';
import * as m0019 from './0019-applicant-reads';
import * as m0020 from './0020-personal-data';

export interface NumberedMigration {
  /** `NNNN-name`: applied in this order, recorded by name, never edited once landed. */
  name: string;
  up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void>;
}

export const migrations: readonly NumberedMigration[] = [
  { name: '0001-initial-schema', up: m0001.up },
  { name: '0002-name-token-pairs', up: m0002.up },
  { name: '0003-call-log', up: m0003.up },
  { name: '0004-floor', up: m0004.up },
  { name: '0005-practice', up: m0005.up },
  { name: '0006-slot-outbox', up: m0006.up },
  { name: '0007-day-closures', up: m0007.up },
  { name: '0008-booking-rules', up: m0008.up },
  { name: '0009-applicants-without-curp', up: m0009.up },
  { name: '0010-fees-by-currency', up: m0010.up },
  { name: '0011-routed-calls', up: m0011.up },
  { name: '0012-missed-offers', up: m0012.up },
  { name: '0013-calls-closed-by-server', up: m0013.up },
  { name: '0014-consulate-addresses', up: m0014.up },
  { name: '0015-locked-accounts', up: m0015.up },
  { name: '0016-outbound-messages', up: m0016.up },
  { name: '0017-waitlist', up: m0017.up },
  { name: '0018-applicant-language', up: m0018.up },
  { name: '0019-applicant-reads', up: m0019.up },
  { name: '0020-personal-data', up: m0020.up },
];
