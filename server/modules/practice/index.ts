/** The practice module's public entry: scenarios, runs in a sandbox, scores, sandbox reset. */
export { createPracticeService, type PracticeService } from './practice-service';
export { practiceRoutes } from './practice-routes';
export { loadScenarioCatalog } from './scenario-catalog';
