import { PHASE_TITLES } from '../../core/session/phases';

/** Display names for the scenario vocabulary (kept in one place for every screen). */

export function phaseLabel(phase: string): string {
  return (PHASE_TITLES as Record<string, string>)[phase] ?? phase;
}

const ATROCITIES: Record<string, string> = {
  genocide: 'Genocide',
  'crimes-against-humanity': 'Crimes against humanity',
  'war-crimes': 'War crimes',
  'ethnic-cleansing': 'Ethnic cleansing',
};

export function atrocityLabel(type: string): string {
  return ATROCITIES[type] ?? type;
}

const RELATIONSHIPS: Record<string, string> = {
  agency: 'directs or controls (agency)',
  'governmental-authority': 'exercises governmental authority over',
  'troops-present': 'has troops present (no governmental authority) in',
  'substantial-support': 'substantially supports',
  'arms-supplier': 'supplies arms to',
  'colonial-tie': 'has a colonial tie to',
  proximity: 'is a neighbour of',
  'political-links': 'has political links to',
  'contributed-to-risk': 'contributed to the risk in',
};

export function relationshipLabel(kind: string): string {
  return RELATIONSHIPS[kind] ?? kind;
}

const EVIDENCE: Record<string, string> = {
  none: 'none',
  reports: 'reports',
  credible: 'credible findings',
  manifest: 'manifest',
};

export function evidenceLabel(level: string): string {
  return EVIDENCE[level] ?? level;
}
