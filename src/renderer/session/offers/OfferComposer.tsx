import { Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Draft, Offer, SessionEvent, SessionView } from '../../../core/session';
import { offerWords } from '../../../core/session/offer-terms';
import { proseName } from '../../../core/ai/wording';
import { capitalised, nameOf, scenarioOf } from '../format';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, refuse } from '../kit/guard';
import type { SessionScreenProps } from '../types';
import { useOfferTermFields } from './OfferTermFields';

/**
 * The offer composer (issue 16, item 6): pick the draft, what you give and what you ask, read the
 * offer as it will be sent, and send it. In counter mode it answers an offer made to the viewer
 * with an offer of its own, linked to the original, and the reason for not accepting it as made.
 */

function openDrafts(view: SessionView): Draft[] {
  return Object.values(view.state.drafts).filter((d) => d.status === 'circulating' || d.status === 'tabled' || d.status === 'in-vote' || d.status === 'vetoed');
}

export function OfferComposer({
  view,
  me,
  counterpart,
  counterTo,
  allowed,
  run,
  pending,
  onSent,
}: {
  view: SessionView;
  me: string;
  counterpart: string;
  /** The offer this composes a counter to, or undefined for a new offer. */
  counterTo?: Offer;
  allowed: SessionScreenProps['allowed'];
  run: (event: SessionEvent, key?: string) => Promise<boolean>;
  pending: string | null;
  onSent?: () => void;
}) {
  const drafts = openDrafts(view);
  const [draftId, setDraftId] = useState('');
  const [note, setNote] = useState('');
  const draft = drafts.find((d) => d.id === draftId) ?? drafts.find((d) => d.status === 'circulating') ?? drafts[0];
  const parties = [me, counterpart] as const;
  const give = useOfferTermFields({ view, draft, parties, side: 'give', initial: 'vote-yes' });
  const ask = useOfferTermFields({ view, draft, parties, side: 'ask', initial: 'change' });
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  const key = counterTo ? `offer-counter-${counterTo.id}` : 'offer-make';
  const reasonNeeded = counterTo && !note.trim() ? refuse('Give your reason for countering: it goes on the record with your answer.') : { allowed: true as const };
  const guard = firstRefusal(
    allowed(counterTo ? 'offer.answer' : 'offer.make'),
    give.term ? { allowed: true } : refuse(give.missing),
    ask.term ? { allowed: true } : refuse(ask.missing),
    reasonNeeded,
  );
  const preview = give.term && ask.term ? offerWords(scenarioOf(view), view.state, named(me), named(counterpart), [give.term], [ask.term]) : null;
  const send = async () => {
    if (!give.term || !ask.term) return;
    const offerId = `offer-${view.state.log.length + 1}`;
    const terms = { gives: [give.term], asks: [ask.term] };
    const event: SessionEvent = counterTo
      ? { type: 'offer.answer', offerId: counterTo.id, answer: 'counter', reason: note.trim(), counter: { offerId, ...terms } }
      : { type: 'offer.make', offerId, to: counterpart, ...terms, ...(note.trim() ? { note: note.trim() } : {}) };
    if (await run(event, key)) {
      setNote('');
      onSent?.();
    }
  };
  return (
    <Stack gap={6} data-testid={counterTo ? 'counter-composer' : 'offer-composer'}>
      <Text size="sm" fw={600}>
        {counterTo ? `Counter ${named(counterTo.from)}'s offer with your own` : 'Make an offer'}
      </Text>
      <NativeSelect
        size="xs"
        label="Draft"
        data={drafts.length ? drafts.map((d) => ({ value: d.id, label: d.title })) : [{ value: '', label: 'No draft is open to an offer' }]}
        value={draft?.id ?? ''}
        onChange={(e) => setDraftId(e.currentTarget.value)}
        data-testid="offer-draft"
      />
      <Group gap="md" grow align="flex-start" wrap="wrap">
        {give.fields}
        {ask.fields}
      </Group>
      {preview && (
        <Text size="sm" c="dimmed" data-testid="offer-preview">
          {preview}
        </Text>
      )}
      <Group gap="xs" align="flex-end">
        <TextInput size="xs" label={counterTo ? 'Your reason' : 'Note (optional)'} value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} data-testid={counterTo ? 'counter-reason' : 'offer-note'} />
        <GuardedButton size="xs" guard={guard} loading={pending === key} onClick={() => void send()} data-testid={counterTo ? 'send-counter' : 'send-offer'}>
          {counterTo ? 'Send counter-offer' : 'Send offer'}
        </GuardedButton>
      </Group>
    </Stack>
  );
}
