/**
 * The 57 Mexican consulates in the United States (52) and Canada (5) booked by #MiConsulado.
 *
 * Codes, cities, regions, countries and IANA time zones come from the project's reference list
 * (shared/reference/consulates.csv); they are copied here as data so that the application never
 * reads files outside its own repository at run time.
 *
 * `size` is a DEMO ASSUMPTION (roughly the volume of Mexican population each office serves): it
 * drives seat counts, Saturday sessions and the synthetic population in the seed, not any
 * official classification.
 *
 * The booking settings (`booking`) are DEMO ASSUMPTIONS too, the same at every office until a
 * consulate says otherwise: slots published up to 92 days ahead (about a quarter, one monthly
 * release after another), booking closes 60 minutes before a slot starts (the applicant must be able
 * to travel there), and a birth registration comes at least 7 days after its document review (the
 * time the office takes to check the documents). Written to the database at every start.
 */

export type ConsulateSize = 'large' | 'medium' | 'small';

export type ConsulateRecord = {
  /** Three-letter code, e.g. 'PHX'. */
  readonly id: string;
  /** 'Consulado de México en <City>'. */
  readonly name: string;
  readonly city: string;
  /** State or province abbreviation, e.g. 'AZ', 'ON'. */
  readonly region: string;
  readonly country: 'US' | 'CA';
  /** IANA time zone of the office. */
  readonly timeZone: string;
  /** Demo assumption, see the module comment. */
  readonly size: ConsulateSize;
  /** Demo assumptions, see the module comment. */
  readonly booking: ConsulateBookingSettings;
};

export type ConsulateBookingSettings = {
  /** Days after today (consulate-local) up to which a lead publishes slots without saying so on purpose. */
  readonly horizonDays: number;
  /** Booking stops this many minutes before a slot starts. */
  readonly minLeadMinutes: number;
  /** Days a chained visit (birth registration) needs after its prerequisite (the document review). */
  readonly prerequisiteGapDays: number;
};

/** DEMO ASSUMPTION: the same settings at every office (see the module comment). */
const DEMO_BOOKING_SETTINGS: ConsulateBookingSettings = Object.freeze({
  horizonDays: 92,
  minLeadMinutes: 60,
  prerequisiteGapDays: 7,
});

type Row = readonly [
  id: string,
  city: string,
  region: string,
  country: 'US' | 'CA',
  timeZone: string,
  size: ConsulateSize,
];

// Same order as the reference CSV.
const ROWS: readonly Row[] = [
  ['ATL', 'Atlanta', 'GA', 'US', 'America/New_York', 'large'],
  ['BOS', 'Boston', 'MA', 'US', 'America/New_York', 'medium'],
  ['MIA', 'Miami', 'FL', 'US', 'America/New_York', 'medium'],
  ['ORL', 'Orlando', 'FL', 'US', 'America/New_York', 'medium'],
  ['NBR', 'New Brunswick', 'NJ', 'US', 'America/New_York', 'medium'],
  ['NYC', 'New York', 'NY', 'US', 'America/New_York', 'large'],
  ['PHL', 'Philadelphia', 'PA', 'US', 'America/New_York', 'medium'],
  ['RAL', 'Raleigh', 'NC', 'US', 'America/New_York', 'medium'],
  ['WAS', 'Washington', 'DC', 'US', 'America/New_York', 'medium'],
  ['DET', 'Detroit', 'MI', 'US', 'America/Detroit', 'medium'],
  ['IND', 'Indianapolis', 'IN', 'US', 'America/Indiana/Indianapolis', 'medium'],
  ['AUS', 'Austin', 'TX', 'US', 'America/Chicago', 'medium'],
  ['BRO', 'Brownsville', 'TX', 'US', 'America/Chicago', 'medium'],
  ['DAL', 'Dallas', 'TX', 'US', 'America/Chicago', 'large'],
  ['DRT', 'Del Rio', 'TX', 'US', 'America/Chicago', 'small'],
  ['EGP', 'Eagle Pass', 'TX', 'US', 'America/Chicago', 'small'],
  ['HOU', 'Houston', 'TX', 'US', 'America/Chicago', 'large'],
  ['LRD', 'Laredo', 'TX', 'US', 'America/Chicago', 'medium'],
  ['MFE', 'McAllen', 'TX', 'US', 'America/Chicago', 'medium'],
  ['PRS', 'Presidio', 'TX', 'US', 'America/Chicago', 'small'],
  ['SAT', 'San Antonio', 'TX', 'US', 'America/Chicago', 'large'],
  ['CHI', 'Chicago', 'IL', 'US', 'America/Chicago', 'large'],
  ['MKC', 'Kansas City', 'MO', 'US', 'America/Chicago', 'medium'],
  ['LIT', 'Little Rock', 'AR', 'US', 'America/Chicago', 'small'],
  ['MKE', 'Milwaukee', 'WI', 'US', 'America/Chicago', 'medium'],
  ['MSY', 'New Orleans', 'LA', 'US', 'America/Chicago', 'medium'],
  ['OKC', 'Oklahoma City', 'OK', 'US', 'America/Chicago', 'medium'],
  ['OMA', 'Omaha', 'NE', 'US', 'America/Chicago', 'medium'],
  ['STP', 'Saint Paul', 'MN', 'US', 'America/Chicago', 'medium'],
  ['ABQ', 'Albuquerque', 'NM', 'US', 'America/Denver', 'medium'],
  ['DEN', 'Denver', 'CO', 'US', 'America/Denver', 'medium'],
  ['SLC', 'Salt Lake City', 'UT', 'US', 'America/Denver', 'medium'],
  ['ELP', 'El Paso', 'TX', 'US', 'America/Denver', 'medium'],
  ['BOI', 'Boise', 'ID', 'US', 'America/Boise', 'small'],
  ['DGL', 'Douglas', 'AZ', 'US', 'America/Phoenix', 'small'],
  ['NOG', 'Nogales', 'AZ', 'US', 'America/Phoenix', 'small'],
  ['PHX', 'Phoenix', 'AZ', 'US', 'America/Phoenix', 'large'],
  ['TUS', 'Tucson', 'AZ', 'US', 'America/Phoenix', 'medium'],
  ['YUM', 'Yuma', 'AZ', 'US', 'America/Phoenix', 'small'],
  ['CXL', 'Calexico', 'CA', 'US', 'America/Los_Angeles', 'small'],
  ['FAT', 'Fresno', 'CA', 'US', 'America/Los_Angeles', 'medium'],
  ['LAX', 'Los Angeles', 'CA', 'US', 'America/Los_Angeles', 'large'],
  ['OXR', 'Oxnard', 'CA', 'US', 'America/Los_Angeles', 'medium'],
  ['SAC', 'Sacramento', 'CA', 'US', 'America/Los_Angeles', 'large'],
  ['SBD', 'San Bernardino', 'CA', 'US', 'America/Los_Angeles', 'large'],
  ['SAN', 'San Diego', 'CA', 'US', 'America/Los_Angeles', 'medium'],
  ['SFO', 'San Francisco', 'CA', 'US', 'America/Los_Angeles', 'medium'],
  ['SJC', 'San Jose', 'CA', 'US', 'America/Los_Angeles', 'large'],
  ['SNA', 'Santa Ana', 'CA', 'US', 'America/Los_Angeles', 'large'],
  ['LAS', 'Las Vegas', 'NV', 'US', 'America/Los_Angeles', 'medium'],
  ['PDX', 'Portland', 'OR', 'US', 'America/Los_Angeles', 'medium'],
  ['SEA', 'Seattle', 'WA', 'US', 'America/Los_Angeles', 'medium'],
  ['YYZ', 'Toronto', 'ON', 'CA', 'America/Toronto', 'medium'],
  ['LEA', 'Leamington', 'ON', 'CA', 'America/Toronto', 'small'],
  ['YUL', 'Montreal', 'QC', 'CA', 'America/Toronto', 'medium'],
  ['YYC', 'Calgary', 'AB', 'CA', 'America/Edmonton', 'medium'],
  ['YVR', 'Vancouver', 'BC', 'CA', 'America/Vancouver', 'medium'],
];

export const consulates: readonly ConsulateRecord[] = Object.freeze(
  ROWS.map(([id, city, region, country, timeZone, size]) =>
    Object.freeze({
      id,
      name: `Consulado de México en ${city}`,
      city,
      region,
      country,
      timeZone,
      size,
      booking: DEMO_BOOKING_SETTINGS,
    }),
  ),
);

const BY_ID: ReadonlyMap<string, ConsulateRecord> = new Map(consulates.map((c) => [c.id, c]));

/** The consulate with this code, or undefined. */
export function consulateById(id: string): ConsulateRecord | undefined {
  return BY_ID.get(id);
}
