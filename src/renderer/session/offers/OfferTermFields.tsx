import { Group, NativeSelect, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { CONDUCT_GROUPS, type ConductKind, type Draft, type OfferTerm, type SessionView } from '../../../core/session';
import { CONDUCT_LABELS } from '../../../core/session/plain-words';
import { capitalised, nameOf, scenarioOf } from '../format';
import { proseName } from '../../../core/ai/wording';
import { useDraftChangeFields } from '../negotiation/DraftChangeFields';

/**
 * One side of an offer, composed (issue 16, item 2): any term the core supports, in words. A vote
 * (yes, abstain, no), cosponsoring, a change to the draft (by its penholder), refraining from an act
 * of national conduct (towards a perpetrator or anyone), signing a D2R agreement proposed between
 * the two, supporting the referral of the matter to the General Assembly.
 */

export type TermChoice = 'vote-yes' | 'vote-abstain' | 'vote-no' | 'cosponsor' | 'change' | 'refrain' | 'sign-agreement' | 'support-referral';

export const TERM_CHOICES: { value: TermChoice; label: string }[] = [
  { value: 'vote-yes', label: 'Vote yes on the draft' },
  { value: 'vote-abstain', label: 'Abstain (not vote against) on the draft' },
  { value: 'vote-no', label: 'Vote no on the draft' },
  { value: 'cosponsor', label: 'Cosponsor the draft' },
  { value: 'change', label: 'Change the draft (its penholder)' },
  { value: 'refrain', label: 'Refrain from an act of national conduct' },
  { value: 'sign-agreement', label: 'Sign a D2R agreement' },
  { value: 'support-referral', label: 'Support referring the matter to the General Assembly' },
];

/** Conduct a promise to refrain is about: support to a party, protective measures, and boycotting the meetings. */
const REFRAINABLE: readonly ConductKind[] = [...CONDUCT_GROUPS.support, ...CONDUCT_GROUPS.protective, 'boycott-meeting'];
const ANYONE = '';

export interface OfferTermFields {
  term: OfferTerm | null;
  missing: string;
  fields: ReactNode;
}

export function useOfferTermFields({ view, draft, parties, side, initial }: { view: SessionView; draft: Draft | undefined; parties: readonly [string, string]; side: 'give' | 'ask'; initial: TermChoice }): OfferTermFields {
  const [choice, setChoice] = useState<TermChoice>(initial);
  const [conduct, setConduct] = useState<ConductKind>('arms-transfer');
  const [target, setTarget] = useState(ANYONE);
  const [agreementId, setAgreementId] = useState('');
  const change = useDraftChangeFields(draft);
  const perpetrators = scenarioOf(view).crisis.perpetrators;
  const agreements = Object.values(view.state.agreements).filter((a) => (a.status === 'proposed' || a.status === 'countered') && parties.every((p) => a.parties.includes(p)));
  const agreement = agreements.find((a) => a.id === agreementId) ?? agreements[0];
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  let term: OfferTerm | null = null;
  let missing = 'Pick a draft first: none is open to an offer.';
  if (choice === 'refrain') term = { kind: 'refrain', conduct, ...(target ? { target } : {}) };
  else if (choice === 'sign-agreement') {
    term = agreement ? { kind: 'sign-agreement', agreementId: agreement.id } : null;
    missing = 'No D2R agreement between the two of you awaits signature.';
  } else if (draft) {
    if (choice === 'vote-yes' || choice === 'vote-abstain' || choice === 'vote-no') term = { kind: 'vote', draftId: draft.id, vote: choice === 'vote-yes' ? 'yes' : choice === 'vote-abstain' ? 'abstain' : 'no' };
    else if (choice === 'cosponsor') term = { kind: 'cosponsor', draftId: draft.id };
    else if (choice === 'support-referral') term = { kind: 'support-referral', draftId: draft.id };
    else {
      term = change.change ? { kind: 'change', draftId: draft.id, change: change.change } : null;
      missing = change.missing;
    }
  }
  const label = side === 'give' ? 'What you give' : 'What you ask';
  const fields = (
    <Stack gap={6} data-testid={`offer-${side}-term`}>
      <NativeSelect size="xs" label={label} data={TERM_CHOICES} value={choice} onChange={(e) => setChoice(e.currentTarget.value as TermChoice)} data-testid={`offer-${side}`} />
      {choice === 'change' && change.fields}
      {choice === 'refrain' && (
        <Group gap="xs" grow align="flex-end">
          <NativeSelect size="xs" label="The act" data={REFRAINABLE.map((k) => ({ value: k, label: CONDUCT_LABELS[k] }))} value={conduct} onChange={(e) => setConduct(e.currentTarget.value as ConductKind)} data-testid={`offer-${side}-conduct`} />
          <NativeSelect
            size="xs"
            label="Towards"
            data={[{ value: ANYONE, label: 'Anyone' }, ...perpetrators.map((p) => ({ value: p.id, label: p.name }))]}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            data-testid={`offer-${side}-target`}
          />
        </Group>
      )}
      {choice === 'sign-agreement' && agreements.length > 0 && (
        <NativeSelect
          size="xs"
          label="Agreement"
          data={agreements.map((a) => ({ value: a.id, label: `Proposed by ${named(a.parties[0])} to ${named(a.parties[1])} (${a.clauses.length} ${a.clauses.length === 1 ? 'clause' : 'clauses'})` }))}
          value={agreement?.id ?? ''}
          onChange={(e) => setAgreementId(e.currentTarget.value)}
        />
      )}
    </Stack>
  );
  return { term, missing, fields };
}
