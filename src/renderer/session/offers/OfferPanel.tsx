import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionEvent, SessionView } from '../../../core/session';
import { offerWords } from '../../../core/session/offer-terms';
import { capitalised, nameOf, scenarioOf } from '../format';
import { proseName } from '../../../core/ai/wording';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, refuse } from '../kit/guard';
import type { SessionScreenProps } from '../types';
import { OfferComposer } from './OfferComposer';

/**
 * Structured offers in a private channel (issue 16, item 2): the offers between the viewer and its
 * counterpart with their answers; for an offer awaiting the viewer, accept or decline with a reason,
 * or counter with an offer of its own (OfferComposer in counter mode); and the composer.
 */

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
  const inText = (code: string) => proseName(nameOf(view, code));
  const offers = Object.values(view.state.offers)
    .filter((o) => (o.from === me && o.to === counterpart) || (o.from === counterpart && o.to === me))
    .sort((a, b) => a.seq - b.seq);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="offers-title" data-testid="offer-panel">
      <Stack gap="xs">
        <Title order={3} size="h5" id="offers-title">
          Offers with {inText(counterpart)}
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
        <OfferComposer view={view} me={me} counterpart={counterpart} allowed={allowed} run={run} pending={pending} />
      </Stack>
    </Card>
  );
}

const ANSWER_WORDS = { accept: 'Accepted', counter: 'Countered', decline: 'Declined' } as const;

function OfferLine({ view, me, offerId, allowed, run, pending }: { view: SessionView; me: string; offerId: string; allowed: SessionScreenProps['allowed']; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const offer = view.state.offers[offerId]!;
  const [reason, setReason] = useState('');
  const [countering, setCountering] = useState(false);
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  const inText = (code: string) => proseName(nameOf(view, code));
  const key = `offer-answer-${offer.id}`;
  const awaitsMe = offer.to === me && offer.answer === null;
  const guard = firstRefusal(allowed('offer.answer'), reason.trim() ? { allowed: true } : refuse('Give your reason: it goes on the record with your answer.'));
  return (
    <Stack gap={4} data-testid="offer-line" p="xs" style={{ borderLeft: '3px solid var(--mantine-color-blue-5)' }}>
      <Group gap="xs">
        <Badge size="sm" variant="light">
          {offer.counterTo ? 'Counter-offer' : 'Offer'} from {inText(offer.from)}
        </Badge>
        {offer.answer ? (
          <Badge size="sm" color={offer.answer.answer === 'accept' ? 'green' : offer.answer.answer === 'decline' ? 'red' : 'yellow'} data-testid="offer-answer">
            {ANSWER_WORDS[offer.answer.answer]}
          </Badge>
        ) : (
          <Badge size="sm" color="gray">
            Awaiting {inText(offer.to)}
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
          <Button size="xs" variant={countering ? 'light' : 'subtle'} onClick={() => setCountering((c) => !c)} aria-expanded={countering} data-testid="counter-offer">
            Counter…
          </Button>
        </Group>
      )}
      {awaitsMe && countering && (
        <OfferComposer view={view} me={me} counterpart={offer.from} counterTo={offer} allowed={allowed} run={run} pending={pending} onSent={() => setCountering(false)} />
      )}
    </Stack>
  );
}
