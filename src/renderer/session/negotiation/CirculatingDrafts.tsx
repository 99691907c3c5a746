import { Badge, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { proseName } from '../../../core/ai/wording';
import { isCouncilMember } from '../../../core/scenario/membership';
import { MEASURE_LABELS, MEASURES, OPERATIVE_VERB_LADDERS, type Draft, type DraftChange, type Measure, type OperativeVerb, type SessionEvent, type SessionView } from '../../../core/session';
import { changeInWords, differencesInWords, leadingVerb, revisionDifferences, verbDirection } from '../../../core/session/revisions';
import { TableDraftModal } from '../chamber/TableDraftModal';
import { capitalised, nameOf, scenarioOf } from '../format';
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
  const latest = revisions.at(-1);
  const previous = revisions.at(-2);
  const circulating = draft.status === 'circulating';
  const pendingCount = circulation.requests.filter((r) => r.answer === null).length;
  const blueGuard = firstRefusal(allowed('draft.putInBlue'), holdsPen ? (pendingCount > 0 ? refuse(`Answer every request first (${pendingCount} waiting).`) : { allowed: true }) : refuse(`Only the penholder, ${named(penholder)}, puts the draft in blue.`));
  const changedParagraphs = new Set(previous && latest ? latest.text.operativeParagraphs.filter((p) => !previous.text.operativeParagraphs.includes(p)) : []);
  const addedMeasures = new Set(previous && latest ? latest.text.measures.filter((m) => !previous.text.measures.includes(m)) : []);
  const addedReferences = new Set(previous && latest ? latest.text.preamble.filter((r) => !previous.text.preamble.includes(r)) : []);
  // What the latest revision took out, shown struck through so that the difference is on the text itself.
  const removed = previous && latest ? revisionDifferences(previous.text, latest.text) : null;

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
          {removed?.measuresDropped.map((m) => (
            <li key={`dropped-${m}`} data-testid="dropped-measure">
              <Badge radius="xl" variant="outline" color="gray.7" size="md" style={{ textTransform: 'none' }}>
                <del>{MEASURE_LABELS[m]}</del> (dropped in rev.{latest!.number})
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
        {removed && removed.paragraphsDropped.length > 0 && (
          <Stack gap={2} aria-label={`Operative paragraphs taken out in rev.${latest!.number}`} data-testid="dropped-paragraphs">
            {removed.paragraphsDropped.map((p) => (
              <Text key={p} size="sm" c="dimmed">
                <Badge size="xs" color="gray.7" variant="filled" mr={6} style={{ textTransform: 'none' }}>
                  taken out in rev.{latest!.number}
                </Badge>
                <del>{p}</del>
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
                {rev.requestSeq !== null ? `, at ${named(circulation.requests.find((r) => r.seq === rev.requestSeq)?.state ?? penholder)}'s request` : ''}.
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

type ChangeKind = DraftChange['kind'];

const KIND_LABELS: Record<ChangeKind, string> = {
  'drop-measure': 'Drop a measure',
  'add-measure': 'Add a measure',
  reword: 'Soften or harden a paragraph',
  'add-reference': 'Add a reference to the preamble',
};

function RequestForm({ draft, guard, run, pending }: { draft: Draft; guard: Guard; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const [kind, setKind] = useState<ChangeKind>('drop-measure');
  const [measure, setMeasure] = useState<Measure>(draft.measures[0]!);
  const absent = MEASURES.filter((m) => !draft.measures.includes(m));
  const [added, setAdded] = useState<Measure>(absent[0] ?? 'condemnation');
  const [paragraph, setParagraph] = useState(1);
  const current = leadingVerb(draft.operativeParagraphs[paragraph - 1] ?? '');
  const verbs = current ? ([...OPERATIVE_VERB_LADDERS.action, ...OPERATIVE_VERB_LADDERS.censure] as OperativeVerb[]).filter((v) => verbDirection(current.verb, v) !== null) : [];
  const [verb, setVerb] = useState<OperativeVerb | ''>('');
  const [text, setText] = useState('');
  const chosenVerb = verb && verbs.includes(verb) ? verb : verbs[0];
  const change: DraftChange | null =
    kind === 'drop-measure'
      ? { kind, measure: draft.measures.includes(measure) ? measure : draft.measures[0]! }
      : kind === 'add-measure'
        ? text.trim()
          ? { kind, measure: added, paragraph: text.trim() }
          : null
        : kind === 'reword'
          ? chosenVerb
            ? { kind, paragraph, verb: chosenVerb }
            : null
          : text.trim()
            ? { kind, text: text.trim() }
            : null;
  const key = `request:${draft.id}`;
  const formGuard = firstRefusal(guard, change ? { allowed: true } : refuse(kind === 'reword' ? 'That paragraph does not begin with a verb that can be softened or hardened.' : 'Write the text first.'));
  return (
    <Stack gap={6} data-testid="request-change-form">
      <Text size="sm" fw={600}>
        Ask the penholder for a change
      </Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect size="xs" label="Change" value={kind} onChange={(e) => setKind(e.currentTarget.value as ChangeKind)} data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} data-testid="change-kind" />
        {kind === 'drop-measure' && (
          <NativeSelect size="xs" label="Measure" value={measure} onChange={(e) => setMeasure(e.currentTarget.value as Measure)} data={draft.measures.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))} data-testid="change-measure" />
        )}
        {kind === 'add-measure' && (
          <NativeSelect size="xs" label="Measure" value={added} onChange={(e) => setAdded(e.currentTarget.value as Measure)} data={absent.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))} />
        )}
        {kind === 'reword' && (
          <>
            <NativeSelect size="xs" label="Paragraph" value={String(paragraph)} onChange={(e) => setParagraph(Number(e.currentTarget.value))} data={draft.operativeParagraphs.map((_, i) => ({ value: String(i + 1), label: `Operative paragraph ${i + 1}` }))} />
            <NativeSelect size="xs" label={current ? `Instead of “${current.verb}”` : 'Verb'} value={chosenVerb ?? ''} onChange={(e) => setVerb(e.currentTarget.value as OperativeVerb)} data={verbs.map((v) => ({ value: v, label: `${v} (${verbDirection(current!.verb, v) === 'softens' ? 'softer' : 'harder'})` }))} />
          </>
        )}
      </Group>
      {(kind === 'add-measure' || kind === 'add-reference') && (
        <TextInput size="xs" label={kind === 'add-measure' ? 'Operative paragraph that carries it' : 'Reference'} placeholder={kind === 'add-measure' ? 'Demands that all parties allow …' : 'Recalling its resolution 2417 (2018)'} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      )}
      <Group>
        <GuardedButton guard={formGuard} size="xs" onClick={() => change && void run({ type: 'draft.requestChange', draftId: draft.id, change }, key)} loading={pending === key} data-testid="send-change-request">
          Ask for this change
        </GuardedButton>
      </Group>
    </Stack>
  );
}
