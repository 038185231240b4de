/**
 * The telephony module's public entry: the carriers whose calls reach the routing — the built-in
 * call simulator (`simulator/`) and the Twilio Programmable Voice adapter (`twilio/`).
 */
export {
  createCallSimulator,
  SIMULATOR_PROVIDER,
  type CallSimulator,
  type SimulatorCounts,
  type SimulatorLine,
} from './simulator/call-simulator';
export {
  acceleratedArrivals,
  demoArrivals,
  type ArrivalSource,
  type DueCaller,
} from './simulator/arrival-sources';
export { routingLine } from './simulator/routing-line';
export { parseSimulationMode, type SimulationMode } from './simulator/simulation-mode';
export { createSimulatorRuntime, type SimulatorRuntimeDeps } from './simulator/simulator-runtime';
export {
  DEFAULT_TRAFFIC_PROFILE_FILE,
  loadTrafficProfile,
  parseTrafficProfile,
  TrafficProfileFileError,
} from './simulator/traffic-profile-file';
export { createTwilioAdapter } from './twilio/twilio-adapter';
export { acceptFormBodies } from './twilio/twilio-form';
export { createTwilioRestClient } from './twilio/twilio-rest';
