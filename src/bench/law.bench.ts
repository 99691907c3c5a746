import { availableParallelism, loadavg } from 'node:os';
import { adjudicate, factsFromRecord } from '../core/law';
import { adjudicateFacts } from '../core/law/report';
import { benchScenario } from './fixtures';
import { largeRecord } from './law-record';
import { medianMs, type Benchmark } from './types';

const TARGET_EVENTS = 20_000;
const BUDGET_MS = 100;

export const benchmarks: Benchmark[] = [
  {
    name: 'law: score 193 states over a 20,000-event record',
    description: 'adjudicate(scenario, state): facts from the record, seven duties per state, defences, trace, report (target well under 100 ms).',
    run() {
      const { file, scenario } = benchScenario();
      const state = largeRecord(scenario, TARGET_EVENTS);
      const report = adjudicate(scenario, state);
      const ms = medianMs(5, () => adjudicate(scenario, state));
      const factsMs = medianMs(5, () => factsFromRecord(scenario, state));
      const facts = factsFromRecord(scenario, state);
      const noTraceMs = medianMs(5, () => adjudicateFacts(facts, { trace: false }));
      const findings = report.states.reduce((n, s) => n + s.findings.length, 0);
      // CPU time of the process (less sensitive than wall time to other processes on a shared machine).
      const cpu: number[] = [];
      for (let i = 0; i < 9; i++) {
        const before = process.cpuUsage();
        adjudicate(scenario, state);
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      }
      cpu.sort((a, b) => a - b);
      return {
        metrics: [
          { label: `adjudicate ${state.log.length} entries, ${report.states.length} states, ${findings} findings (${file})`, value: ms, unit: 'ms' },
          { label: 'of which facts from the record', value: factsMs, unit: 'ms' },
          { label: 'duties, defences and report from facts (no trace kept)', value: noTraceMs, unit: 'ms' },
          { label: 'per state', value: ms / report.states.length, unit: 'ms' },
          { label: 'CPU time of adjudicate, best of 9 (includes garbage collection threads)', value: cpu[0]!, unit: 'ms' },
          { label: 'CPU time of adjudicate, median of 9', value: cpu[4]!, unit: 'ms' },
        ],
        ratios: [
          `${(ms / BUDGET_MS).toFixed(2)} of the 100 ms target for scoring 193 states over 20,000 events (wall time, median)`,
          `${(cpu[0]! / BUDGET_MS).toFixed(2)} of the target in CPU time (best of 9)`,
        ],
        notes: [`load average at the time: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${availableParallelism()} cores`],
      };
    },
  },
];
