/**
 * The telephony module's public entry: the carriers whose calls reach the routing — the built-in
 * call simulator (`simulator/`) and the Twilio Programmable Voice adapter (`twilio/`).
 */
export {
  DEFAULT_TRAFFIC_PROFILE_FILE,
  loadTrafficProfile,
  parseTrafficProfile,
  TrafficProfileFileError,
} from './simulator/traffic-profile-file';
