import { Badge, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { MEASURE_LABELS, type Draft, type Measure, type OfferTerm, type SessionEvent, type SessionView } from '../../../core/session';
import { offerWords } from '../../../core/session/offer-terms';
import { capitalised, nameOf, scenarioOf } from '../format';
import { proseName } from '../../../core/ai/wording';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, refuse } from '../kit/guard';
import type { SessionScreenProps } from '../types';

/**
 * Structured offers in a private channel (issue 16, item 2): the offers between the viewer and its
 * counterpart with their answers, an answer for an offer awaiting the viewer, and the composer:
 * pick a draft, what you give and what you ask (a vote, cosponsoring, dropping a measure).
 */

type TermChoice = 'vote-yes' | 'vote-abstain' | 'vote-no' | 'cosponsor' | 'drop-measure';
const TERM_CHOICES: { value: TermChoice; label: string }[] = [
  { value: 'vote-yes', label: 'Vote yes on the draft' },
  { value: 'vote-abstain', label: 'Abstain (not vote against) on the draft' },
  { value: 'vote-no', label: 'Vote no on the draft' },
  { value: 'cosponsor', label: 'Cosponsor the draft' },
  { value: 'drop-measure', label: 'Drop a measure from the draft (its penholder)' },
];

function termOf(choice: TermChoice, draftId: string, measure: Measure): OfferTerm {
  switch (choice) {
    case 'vote-yes':
      return { kind: 'vote', draftId, vote: 'yes' };
    case 'vote-abstain':
      return { kind: 'vote', draftId, vote: 'abstain' };
    case 'vote-no':
      return { kind: 'vote', draftId, vote: 'no' };
    case 'cosponsor':
      return { kind: 'cosponsor', draftId };
    case 'drop-measure':
      return { kind: 'change', draftId, change: { kind: 'drop-measure', measure } };
  }
}

function openDrafts(view: SessionView): Draft[] {
  return Object.values(view.state.drafts).filter((d) => d.status === 'circulating' || d.status === 'tabled' || d.status === 'in-vote');
}

export function OfferPanel({
  view,
  me,
  counterpart,
  allowed,
  run,
  pending,
}: {
  view: SessionView;
  me: string;
  counterpart: string;
  allowed: SessionScreenProps['allowed'];
  run: (event: SessionEvent, key?: string) => Promise<boolean>;
  pending: string | null;
}) {
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  const offers = Object.values(view.state.offers)
    .filter((o) => (o.from === me && o.to === counterpart) || (o.from === counterpart && o.to === me))
    .sort((a, b) => a.seq - b.seq);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="offers-title" data-testid="offer-panel">
      <Stack gap="xs">
        <Title order={3} size="h5" id="offers-title">
          Offers with {named(counterpart)}
        </Title>
        <Text size="xs" c="dimmed">
          An offer says what you give and what you ask. Accepted, both become political commitments (not binding law) that the record checks against later votes and conduct.
        </Text>
        {offers.length === 0 && (
          <Text size="sm" c="dimmed">
            No offer yet between you.
          </Text>
        )}
        {offers.map((o) => (
          <OfferLine key={o.id} view={view} me={me} offerId={o.id} allowed={allowed} run={run} pending={pending} />
        ))}
        <OfferComposer view={view} counterpart={counterpart} allowed={allowed} run={run} pending={pending} />
      </Stack>
    </Card>
  );
}

const ANSWER_WORDS = { accept: 'Accepted', counter: 'Countered', decline: 'Declined' } as const;

function OfferLine({ view, me, offerId, allowed, run, pending }: { view: SessionView; me: string; offerId: string; allowed: SessionScreenProps['allowed']; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const offer = view.state.offers[offerId]!;
  const [reason, setReason] = useState('');
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  const key = `offer-answer-${offer.id}`;
  const awaitsMe = offer.to === me && offer.answer === null;
  const guard = firstRefusal(allowed('offer.answer'), reason.trim() ? { allowed: true } : refuse('Give your reason: it goes on the record with your answer.'));
  return (
    <Stack gap={4} data-testid="offer-line" p="xs" style={{ borderLeft: '3px solid var(--mantine-color-blue-5)' }}>
      <Group gap="xs">
        <Badge size="sm" variant="light">
          {offer.counterTo ? 'Counter-offer' : 'Offer'} from {named(offer.from)}
        </Badge>
        {offer.answer ? (
          <Badge size="sm" color={offer.answer.answer === 'accept' ? 'green' : offer.answer.answer === 'decline' ? 'red' : 'yellow'} data-testid="offer-answer">
            {ANSWER_WORDS[offer.answer.answer]}
          </Badge>
        ) : (
          <Badge size="sm" color="gray">
            Awaiting {named(offer.to)}
          </Badge>
        )}
      </Group>
      <Text size="sm">{offerWords(scenarioOf(view), view.state, named(offer.from), named(offer.to), offer.gives, offer.asks)}</Text>
      {offer.note && (
        <Text size="xs" c="dimmed">
          “{offer.note}”
        </Text>
      )}
      {offer.answer && (
        <Text size="sm" data-testid="offer-reason">
          {named(offer.to)}: “{offer.answer.reason}”
        </Text>
      )}
      {awaitsMe && (
        <Group gap="xs" align="flex-end">
          <TextInput size="xs" label="Your reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} data-testid="offer-reason-input" />
          <GuardedButton size="xs" guard={guard} loading={pending === key} onClick={() => void run({ type: 'offer.answer', offerId: offer.id, answer: 'accept', reason: reason.trim() }, key)} data-testid="accept-offer">
            Accept
          </GuardedButton>
          <GuardedButton size="xs" variant="default" guard={guard} loading={pending === key} onClick={() => void run({ type: 'offer.answer', offerId: offer.id, answer: 'decline', reason: reason.trim() }, key)} data-testid="decline-offer">
            Decline
          </GuardedButton>
        </Group>
      )}
    </Stack>
  );
}

function OfferComposer({ view, counterpart, allowed, run, pending }: { view: SessionView; counterpart: string; allowed: SessionScreenProps['allowed']; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const drafts = openDrafts(view);
  const [draftId, setDraftId] = useState('');
  const [give, setGive] = useState<TermChoice>('vote-yes');
  const [ask, setAsk] = useState<TermChoice>('drop-measure');
  const [measure, setMeasure] = useState<Measure | ''>('');
  const [note, setNote] = useState('');
  const draft = drafts.find((d) => d.id === draftId) ?? drafts[0];
  const measureChoice = (measure || draft?.measures[0] || 'condemnation') as Measure;
  const needsMeasure = give === 'drop-measure' || ask === 'drop-measure';
  const key = 'offer-make';
  const guard = firstRefusal(allowed('offer.make'), draft ? { allowed: true } : refuse('No draft is open to an offer: one must be circulating or tabled.'));
  const send = async () => {
    if (!draft) return;
    const offerId = `offer-${view.state.log.length + 1}`;
    const ok = await run(
      { type: 'offer.make', offerId, to: counterpart, gives: [termOf(give, draft.id, measureChoice)], asks: [termOf(ask, draft.id, measureChoice)], ...(note.trim() ? { note: note.trim() } : {}) },
      key,
    );
    if (ok) setNote('');
  };
  return (
    <Stack gap={6} data-testid="offer-composer">
      <Text size="sm" fw={600}>
        Make an offer
      </Text>
      <Group gap="xs" grow align="flex-end">
        <NativeSelect size="xs" label="Draft" data={drafts.map((d) => ({ value: d.id, label: d.title }))} value={draft?.id ?? ''} onChange={(e) => setDraftId(e.currentTarget.value)} data-testid="offer-draft" />
        <NativeSelect size="xs" label="What you give" data={TERM_CHOICES} value={give} onChange={(e) => setGive(e.currentTarget.value as TermChoice)} data-testid="offer-give" />
        <NativeSelect size="xs" label="What you ask" data={TERM_CHOICES} value={ask} onChange={(e) => setAsk(e.currentTarget.value as TermChoice)} data-testid="offer-ask" />
        {needsMeasure && (
          <NativeSelect
            size="xs"
            label="Measure"
            data={(draft?.measures ?? []).map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
            value={measureChoice}
            onChange={(e) => setMeasure(e.currentTarget.value as Measure)}
            data-testid="offer-measure"
          />
        )}
      </Group>
      <Group gap="xs" align="flex-end">
        <TextInput size="xs" label="Note (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
        <GuardedButton size="xs" guard={guard} loading={pending === key} onClick={() => void send()} data-testid="send-offer">
          Send offer
        </GuardedButton>
      </Group>
    </Stack>
  );
}
