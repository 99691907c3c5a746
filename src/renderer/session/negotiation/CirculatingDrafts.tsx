import { Badge, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { proseName } from '../../../core/ai/wording';
import { isCouncilMember } from '../../../core/scenario/membership';
import { MEASURE_LABELS, type Draft, type Measure, type SessionEvent, type SessionView } from '../../../core/session';
import { changeInWords, differencesInWords, revisionDifferences } from '../../../core/session/revisions';
import { TableDraftModal } from '../chamber/TableDraftModal';
import { capitalised, nameOf, scenarioOf } from '../format';
import { useDraftChangeFields } from './DraftChangeFields';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, refuse, type Guard } from '../kit/guard';
import type { SessionScreenProps } from '../types';

/**
 * Drafts in circulation (a draft's life, docs/session-log.md): the current revision with what
 * changed from the one before highlighted, the history of revisions with their differences in
 * words, the requests for changes with the penholder's answers; a Council member asks for a change,
 * the penholder answers and puts the draft in blue. A Council member's seat circulates its own
 * zero draft here during Negotiation and then holds its pen.
 */
export function CirculatingDrafts({
  view,
  allowed,
  run,
  pending,
  error,
  clearError,
}: {
  view: SessionView;
  allowed: SessionScreenProps['allowed'];
  run: (event: SessionEvent, key?: string) => Promise<boolean>;
  pending: string | null;
  error: string | null;
  clearError: () => void;
}) {
  const [circulating, setCirculating] = useState(false);
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  // The seat's own pen first: the drafts it must answer for.
  const drafts = Object.values(view.state.drafts)
    .filter((d) => d.circulation && (d.status === 'circulating' || d.round === view.state.round))
    .sort((a, b) => Number(b.sponsors[0] === own) - Number(a.sponsors[0] === own));
  const member = own !== null && isCouncilMember(scenarioOf(view), own);
  const canOffer = member && view.state.phase === 'negotiation';
  if (drafts.length === 0 && !canOffer) return null;
  return (
    <section aria-labelledby="circulating-title" data-testid="circulating-drafts">
      <Group justify="space-between" align="flex-start" mb={4}>
        <Title order={3} size="h4" id="circulating-title">
          Drafts in circulation
        </Title>
        {canOffer && (
          <GuardedButton guard={allowed('draft.circulate')} size="sm" variant={drafts.some((d) => d.sponsors[0] === own) ? 'default' : 'filled'} onClick={() => setCirculating(true)} data-testid="circulate-draft">
            Circulate a zero draft
          </GuardedButton>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        A zero draft goes to the Council's members before it is tabled. Members ask for changes; the penholder accepts each into a new revision or declines it with a reason, then
        puts the text in blue. Only a draft in blue is put to the vote.
      </Text>
      {drafts.length === 0 && (
        <Text size="sm" mb="xs">
          No draft is in circulation yet. As a member of the Council you may circulate one and hold its pen.
        </Text>
      )}
      <Stack gap="md">
        {drafts.map((d) => (
          <CirculatingDraft key={d.id} view={view} draft={d} allowed={allowed} run={run} pending={pending} />
        ))}
      </Stack>
      {canOffer && (
        <TableDraftModal
          opened={circulating}
          onClose={() => {
            setCirculating(false);
            clearError();
          }}
          view={view}
          forum="council"
          circulate
          run={(event) => run(event, 'circulate')}
          error={circulating ? error : null}
          clearError={clearError}
        />
      )}
    </section>
  );
}

function CirculatingDraft({ view, draft, allowed, run, pending }: { view: SessionView; draft: Draft; allowed: SessionScreenProps['allowed']; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const circulation = draft.circulation!;
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const penholder = draft.sponsors[0]!;
  const holdsPen = own === penholder;
  const named = (code: string) => capitalised(proseName(nameOf(view, code)));
  const revisions = circulation.revisions;
  /** The other side of the accepted offer a revision was made under, if the viewer may see that offer. */
  const offerParty = (offerId: string | undefined) => {
    const offer = offerId && Object.hasOwn(view.state.offers, offerId) ? view.state.offers[offerId] : undefined;
    return offer ? (offer.from === penholder ? offer.to : offer.from) : null;
  };
  const latest = revisions.at(-1);
  const previous = revisions.at(-2);
  const circulating = draft.status === 'circulating';
  const pendingCount = circulation.requests.filter((r) => r.answer === null).length;
  const blueGuard = firstRefusal(allowed('draft.putInBlue'), holdsPen ? (pendingCount > 0 ? refuse(`Answer every request first (${pendingCount} waiting).`) : { allowed: true }) : refuse(`Only the penholder, ${named(penholder)}, puts the draft in blue.`));
  const changedParagraphs = new Set(previous && latest ? latest.text.operativeParagraphs.filter((p) => !previous.text.operativeParagraphs.includes(p)) : []);
  const addedMeasures = new Set(previous && latest ? latest.text.measures.filter((m) => !previous.text.measures.includes(m)) : []);
  // What earlier revisions dropped and the text still lacks, with the revision that dropped it.
  const droppedMeasures: { measure: Measure; revision: number }[] = [];
  const droppedParagraphs: { text: string; revision: number }[] = [];
  revisions.slice(1).forEach((rev, i) => {
    const d = revisionDifferences(revisions[i]!.text, rev.text);
    for (const m of d.measuresDropped) if (!draft.measures.includes(m)) droppedMeasures.push({ measure: m, revision: rev.number });
    for (const p of d.paragraphsDropped) if (!draft.operativeParagraphs.includes(p)) droppedParagraphs.push({ text: p, revision: rev.number });
  });
  const addedReferences = new Set(previous && latest ? latest.text.preamble.filter((r) => !previous.text.preamble.includes(r)) : []);

  return (
    <Card withBorder padding="md" component="article" data-testid="circulating-draft" aria-labelledby={`circ-${draft.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4} id={`circ-${draft.id}`}>
              {draft.title}
            </Title>
            <Text size="sm" c="dimmed">
              Penholder: {named(penholder)} · Chapter {draft.chapter} · {latest && latest.number > 0 ? `rev.${latest.number}` : 'zero draft'}
            </Text>
          </div>
          <Badge color={circulating ? 'gray.7' : 'unblue.8'} variant="filled" style={{ flexShrink: 0 }} data-testid="circulation-status">
            {circulating ? 'In circulation' : 'In blue'}
          </Badge>
        </Group>
        <Group gap={6} component="ul" aria-label="Measures" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {draft.measures.map((m) => (
            <li key={m}>
              <Badge radius="xl" variant={addedMeasures.has(m) ? 'filled' : 'outline'} size="md" style={{ textTransform: 'none' }}>
                {MEASURE_LABELS[m]}
                {addedMeasures.has(m) ? ' (new)' : ''}
              </Badge>
            </li>
          ))}
          {droppedMeasures.map(({ measure, revision }) => (
            <li key={measure} data-testid="dropped-measure">
              <Badge radius="xl" variant="outline" color="gray.7" size="md" style={{ textTransform: 'none' }}>
                <del>{MEASURE_LABELS[measure]}</del> (dropped in rev.{revision})
              </Badge>
            </li>
          ))}
        </Group>
        {draft.preamble.length > 0 && (
          <Stack gap={2} aria-label="Preamble">
            {draft.preamble.map((r) => (
              <Text key={r} size="sm" fs="italic" className={addedReferences.has(r) ? 'mc-changed' : undefined}>
                {addedReferences.has(r) && (
                  <Badge size="xs" color="yellow.8" variant="filled" mr={6} style={{ textTransform: 'none', fontStyle: 'normal' }}>
                    added in rev.{latest!.number}
                  </Badge>
                )}
                {r},
              </Text>
            ))}
          </Stack>
        )}
        <ol className="operative" aria-label="Operative paragraphs">
          {draft.operativeParagraphs.map((p, i) => (
            <li key={i}>
              <Text size="sm" className={changedParagraphs.has(p) ? 'mc-changed' : undefined} data-changed={changedParagraphs.has(p) || undefined}>
                {changedParagraphs.has(p) && (
                  <Badge size="xs" color="yellow.8" variant="filled" mr={6} style={{ textTransform: 'none' }}>
                    changed in rev.{latest!.number}
                  </Badge>
                )}
                {p}
              </Text>
            </li>
          ))}
        </ol>
        {droppedParagraphs.length > 0 && (
          <Stack gap={2} aria-label="Operative paragraphs taken out of the text" data-testid="dropped-paragraphs">
            {droppedParagraphs.map(({ text, revision }) => (
              <Text key={text} size="sm" c="dimmed" data-testid="dropped-paragraph">
                <Badge size="xs" color="gray.7" variant="filled" mr={6} style={{ textTransform: 'none' }}>
                  dropped in rev.{revision}
                </Badge>
                <del>{text}</del>
              </Text>
            ))}
          </Stack>
        )}
        {revisions.length > 1 && (
          <Stack gap={2} data-testid="revision-history">
            <Text size="sm" fw={600}>
              Revisions
            </Text>
            {revisions.slice(1).map((rev) => (
              <Text key={rev.number} size="sm" data-testid="revision">
                <strong>rev.{rev.number}</strong> {differencesInWords(revisionDifferences(revisions[rev.number - 1]!.text, rev.text)).join('; ')}
                {rev.requestSeq !== null ? `, at ${proseName(nameOf(view, circulation.requests.find((r) => r.seq === rev.requestSeq)?.state ?? penholder))}'s request` : ''}
                {offerParty(rev.offerId) ? `, as the penholder promised ${proseName(nameOf(view, offerParty(rev.offerId)!))} in an accepted offer` : ''}.
              </Text>
            ))}
          </Stack>
        )}
        {circulation.requests.length > 0 && (
          <Stack gap={6} data-testid="change-requests">
            <Text size="sm" fw={600}>
              Requests for changes
            </Text>
            {circulation.requests.map((r) => (
              <RequestRow key={r.seq} view={view} draft={draft} request={r} holdsPen={holdsPen && circulating} allowed={allowed} run={run} pending={pending} />
            ))}
          </Stack>
        )}
        {circulating && own !== null && !holdsPen && <RequestForm draft={draft} guard={allowed('draft.requestChange')} run={run} pending={pending} />}
        {circulating && (holdsPen || view.viewer.kind === 'facilitator') && (
          <Group>
            <GuardedButton guard={blueGuard} onClick={() => void run({ type: 'draft.putInBlue', draftId: draft.id }, `blue:${draft.id}`)} loading={pending === `blue:${draft.id}`} data-testid="put-in-blue">
              Put in blue (final text)
            </GuardedButton>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function RequestRow({
  view,
  draft,
  request,
  holdsPen,
  allowed,
  run,
  pending,
}: {
  view: SessionView;
  draft: Draft;
  request: NonNullable<Draft['circulation']>['requests'][number];
  holdsPen: boolean;
  allowed: SessionScreenProps['allowed'];
  run: (event: SessionEvent, key?: string) => Promise<boolean>;
  pending: string | null;
}) {
  const [reason, setReason] = useState('');
  const who = capitalised(proseName(nameOf(view, request.state)));
  const answer = request.answer;
  const guard = allowed('draft.answerRequest');
  const key = `answer:${request.seq}`;
  return (
    <div data-testid="change-request">
      <Text size="sm">
        {who} asks to {changeInWords(request.change)}.{request.note ? ` “${request.note}”` : ''}{' '}
        {answer ? (
          <strong className={answer.accepted ? undefined : 'mc-danger-text'}>
            {answer.accepted ? `Accepted${answer.revision !== null ? ` (rev.${answer.revision})` : ''}` : 'Declined'}
            {answer.reason ? `: ${answer.reason}` : '.'}
          </strong>
        ) : (
          <em>Awaiting the penholder's answer.</em>
        )}
      </Text>
      {!answer && holdsPen && (
        <Group gap="xs" mt={4} align="flex-end">
          <GuardedButton guard={guard} size="xs" onClick={() => void run({ type: 'draft.answerRequest', draftId: draft.id, requestSeq: request.seq, answer: 'accept', ...(reason.trim() ? { reason: reason.trim() } : {}) }, key)} loading={pending === key} data-testid="accept-request">
            Accept
          </GuardedButton>
          <TextInput size="xs" aria-label="Reason" placeholder="Reason (needed to decline)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} />
          <GuardedButton
            guard={firstRefusal(guard, reason.trim() ? { allowed: true } : refuse('Give a reason to decline: it goes on the record.'))}
            size="xs"
            variant="default"
            onClick={() => void run({ type: 'draft.answerRequest', draftId: draft.id, requestSeq: request.seq, answer: 'decline', reason: reason.trim() }, key)}
            data-testid="decline-request"
          >
            Decline
          </GuardedButton>
        </Group>
      )}
    </div>
  );
}

function RequestForm({ draft, guard, run, pending }: { draft: Draft; guard: Guard; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const { change, missing, fields } = useDraftChangeFields(draft);
  const key = `request:${draft.id}`;
  const formGuard = firstRefusal(guard, change ? { allowed: true } : refuse(missing));
  return (
    <Stack gap={6} data-testid="request-change-form">
      <Text size="sm" fw={600}>
        Ask the penholder for a change
      </Text>
      {fields}
      <Group>
        <GuardedButton guard={formGuard} size="xs" onClick={() => change && void run({ type: 'draft.requestChange', draftId: draft.id, change }, key)} loading={pending === key} data-testid="send-change-request">
          Ask for this change
        </GuardedButton>
      </Group>
    </Stack>
  );
}
