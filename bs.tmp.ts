import { delegationsScenario } from './src/bench/delegations';
import { longLog } from './src/bench/long-log';
import { replay } from './src/core/session';
const made = delegationsScenario(60);
console.log('rounds', made.scenario.roundPlan.rounds, made.seats.length);
for (const n of [20000, 80000]) { let t = performance.now(); const { config, log } = longLog(made.scenario, made.seats, n); const g = performance.now() - t; t = performance.now(); const s = replay(made.scenario, config, log); console.log(n, log.length, Math.round(g), Math.round(performance.now() - t), s.phase, s.round); }
