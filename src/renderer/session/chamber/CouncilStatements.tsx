import { Badge, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { CouncilStatement, SessionEvent, SessionView } from '../../../core/session';
import { answeredStatement, COUNCIL_STATEMENT_KIND_WORDS, councilStatementStatus, type CouncilStatementStatus } from '../../../core/session/council-statements';
import { listOf, proseName } from '../../../core/ai/wording';
import { capitalised } from '../format';
import { GuardedButton } from '../kit/GuardedButton';
import type { Guard } from '../kit/guard';
import { refuse } from '../kit/guard';
import { nameOf } from '../kit/names';

type Run = (event: SessionEvent, key?: string) => Promise<boolean>;

const STATUS: Record<CouncilStatementStatus, { label: string; color: string }> = {
  open: { label: 'Silence procedure running', color: 'blue' },
  adopted: { label: 'Adopted by consensus', color: 'green' },
  blocked: { label: 'Not issued: a member objected', color: 'red' },
};

/**
 * Presidential and press statements (UX "Security Council"): adopted by consensus without a vote.
 * A member proposes one; the others join or object; a member silent when the Council phase ends
 * acquiesces, and one objection blocks the statement.
 */
export function CouncilStatements({ view, me, allowed, run, pending }: { view: SessionView; me: string | null; allowed: (type: SessionEvent['type']) => Guard; run: Run; pending: string | null }) {
  const statements = Object.values(view.state.councilStatements).sort((a, b) => b.seq - a.seq);
  const proposeGuard = me ? allowed('councilStatement.propose') : refuse('Council members propose statements; the facilitator presides.');
  return (
    <section aria-labelledby="statements-title" data-testid="council-statements">
      <Title order={3} size="h4" id="statements-title" mb={4}>
        Presidential and press statements
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Adopted by consensus, without a vote: a presidential statement is read out by the President at a formal meeting; a press statement is issued by the President for all fifteen members. Any member’s objection blocks one.
        A member that has not objected when the Council phase ends acquiesces, and the court reads acquiescence and objection alike.
      </Text>
      <Stack gap="sm">
        {me && <ProposeStatement view={view} guard={proposeGuard} run={run} pending={pending} />}
        {statements.length === 0 ? (
          <Text size="sm" c="dimmed">
            No statement has been proposed.
          </Text>
        ) : (
          statements.map((s) => <StatementCard key={s.id} view={view} statement={s} me={me} allowed={allowed} run={run} pending={pending} />)
        )}
      </Stack>
    </section>
  );
}

function ProposeStatement({ view, guard, run, pending }: { view: SessionView; guard: Guard; run: Run; pending: string | null }) {
  const [kind, setKind] = useState<CouncilStatement['kind']>('presidential');
  const [text, setText] = useState('');
  const ready: Guard = !guard.allowed ? guard : text.trim() ? guard : refuse('Write the statement’s text first.');
  const propose = async () => {
    const statementId = `statement-${Object.keys(view.state.councilStatements).length + 1}`;
    if (await run({ type: 'councilStatement.propose', statementId, kind, text: text.trim() }, 'councilStatement.propose')) setText('');
  };
  return (
    <Card withBorder padding="sm" data-testid="propose-statement">
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => setKind(v as CouncilStatement['kind'])}
          data={[
            { value: 'presidential', label: 'Presidential statement' },
            { value: 'press', label: 'Press statement' },
          ]}
          aria-label="Kind of statement"
        />
        <Textarea size="sm" label="Text of the statement (public)" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={4000} autosize minRows={2} data-testid="statement-text" />
        <Group>
          <GuardedButton guard={ready} size="xs" onClick={() => void propose()} loading={pending === 'councilStatement.propose'} data-testid="statement-propose">
            Propose the statement
          </GuardedButton>
        </Group>
      </Stack>
    </Card>
  );
}

function StatementCard({ view, statement, me, allowed, run, pending }: { view: SessionView; statement: CouncilStatement; me: string | null; allowed: (type: SessionEvent['type']) => Guard; run: Run; pending: string | null }) {
  const [reason, setReason] = useState('');
  const status = councilStatementStatus(statement, view.state);
  const named = (code: string) => proseName(nameOf(view.scenario, code));
  const awaitingMe = me !== null && status !== 'adopted' && !answeredStatement(statement, me) && statement.round === view.state.round && view.state.phase === 'council';
  return (
    <Card withBorder padding="sm" data-testid="council-statement">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {capitalised(COUNCIL_STATEMENT_KIND_WORDS[statement.kind])}, proposed by {named(statement.proposedBy)} in round {statement.round}
          </Text>
          <Badge color={STATUS[status].color} variant="light" data-testid="statement-status">
            {STATUS[status].label}
          </Badge>
        </Group>
        <Text size="sm" fs="italic">
          {statement.text}
        </Text>
        <Text size="sm" c="dimmed">
          {statement.joined.length > 0 ? `Joined the consensus: ${listOf(statement.joined.map((j) => named(j.state)))}. ` : ''}
          {statement.objections.length > 0 ? `Objected: ${listOf(statement.objections.map((o) => named(o.state)))}.` : status === 'adopted' ? 'No member objected; the silent members acquiesced.' : 'No objection so far.'}
        </Text>
        {statement.objections.filter((o) => o.reason).map((o) => (
          <Text key={o.seq} size="sm">
            {capitalised(named(o.state))}: “{o.reason}”
          </Text>
        ))}
        {awaitingMe && (
          <Stack gap={4}>
            <Textarea size="xs" label="Reason for objecting (optional, on the record)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} autosize minRows={1} />
            <Group gap="xs">
              <GuardedButton guard={allowed('councilStatement.join')} size="xs" onClick={() => void run({ type: 'councilStatement.join', statementId: statement.id }, 'councilStatement.join')} loading={pending === 'councilStatement.join'} data-testid="statement-join">
                Join the consensus
              </GuardedButton>
              <GuardedButton
                guard={allowed('councilStatement.object')}
                size="xs"
                color="red"
                variant="light"
                onClick={() => void run({ type: 'councilStatement.object', statementId: statement.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, 'councilStatement.object')}
                loading={pending === 'councilStatement.object'}
                data-testid="statement-object"
              >
                Object (blocks it, on the record)
              </GuardedButton>
            </Group>
            <Text size="xs" c="dimmed">
              Saying nothing until the Council phase ends is acquiescence.
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
