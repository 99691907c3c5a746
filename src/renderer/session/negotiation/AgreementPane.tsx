import { Alert, Button, Checkbox, Chip, Group, Select, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { CLAUSE_FORBIDS, type Agreement, type D2rClauseKind, type SessionView } from '../../../core/session';
import { CLAUSE_EFFECTS, CLAUSE_ORDER, CLAUSE_TITLES, REFRAIN_CLAUSES, articleOfClause, clausesFromSelection, nextAgreementId, selectionFromClauses, treatyText } from '../../../core/session/treaty';
import { CONDUCT_LABELS } from '../../../core/session/plain-words';
import { ConfidentialBand } from '../kit/ConfidentialBand';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { agreementName, nameOf, perpetratorName } from '../kit/names';
import type { SessionScreenProps } from '../types';
import { AgreementSteps } from './AgreementSteps';
import { agreementActions, agreementSituation, agreementSteps, isOpen, type Counterpart } from './logic';
import { TreatyView } from './TreatyView';
import { ToneBadge } from '../kit/ToneBadge';

const STATUS_COLOUR: Record<Agreement['status'], string> = {
  proposed: 'blue',
  countered: 'violet',
  signed: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

type Mode = { kind: 'list' } | { kind: 'view'; id: string } | { kind: 'new' } | { kind: 'counter'; id: string };

export interface AgreementPaneProps {
  view: SessionView;
  me: string | null;
  agreements: Agreement[];
  counterparts: Counterpart[];
  /** The counterparty suggested by the open channel. */
  suggestedCounterparty: string | null;
  allowed: SessionScreenProps['allowed'];
  run: (event: Parameters<SessionScreenProps['submit']>[0]) => Promise<boolean>;
  pending: string | null;
}

/** The right pane: the viewer's agreements, one agreement's text and actions, or the builder. */
export function AgreementPane(props: AgreementPaneProps) {
  const { agreements, me } = props;
  const [mode, setMode] = useState<Mode>(() => (agreements[0] ? { kind: 'view', id: agreements[0].id } : { kind: 'list' }));
  const current = mode.kind === 'view' || mode.kind === 'counter' ? agreements.find((a) => a.id === mode.id) ?? null : null;
  const proposeGuard = me === null ? refuse('The facilitator does not negotiate agreements.') : props.allowed('d2r.propose');

  return (
    <section aria-labelledby="agreements-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h6" id="agreements-heading">
            D2R agreements
          </Title>
          {mode.kind !== 'new' && mode.kind !== 'counter' && (
            <GuardedButton guard={proposeGuard} size="xs" onClick={() => setMode({ kind: 'new' })} data-testid="new-agreement">
              New proposal
            </GuardedButton>
          )}
        </Group>
        {agreements.length > 0 && mode.kind !== 'new' && mode.kind !== 'counter' && (
          <AgreementList agreements={agreements} view={props.view} me={me} selected={current?.id ?? null} onSelect={(id) => setMode({ kind: 'view', id })} />
        )}
        {agreements.length === 0 && mode.kind === 'list' && (
          <Text size="sm" c="dimmed">
            No agreement yet. A Duty-to-Refrain agreement binds two states not to arm, inform or finance the perpetrators: once signed, doing so breaches a
            treaty (VCLT art. 26).
          </Text>
        )}
        {mode.kind === 'view' && current && (
          <AgreementDetail {...props} agreement={current} onCounter={() => setMode({ kind: 'counter', id: current.id })} />
        )}
        {(mode.kind === 'new' || (mode.kind === 'counter' && current)) && (
          <AgreementBuilder
            {...props}
            counterOf={mode.kind === 'counter' ? current : null}
            onCancel={() => setMode(current ? { kind: 'view', id: current.id } : agreements[0] ? { kind: 'view', id: agreements[0].id } : { kind: 'list' })}
            onDone={(id) => setMode({ kind: 'view', id })}
          />
        )}
      </Stack>
    </section>
  );
}

function AgreementList({ agreements, view, me, selected, onSelect }: { agreements: Agreement[]; view: SessionView; me: string | null; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Your agreements">
      {agreements.map((a) => (
        <li key={a.id}>
          <UnstyledButton className="mc-row-button" aria-current={selected === a.id ? 'true' : undefined} onClick={() => onSelect(a.id)} data-testid={`agreement-${a.id}`}>
            <Group justify="space-between" wrap="nowrap" gap={6}>
              <Text size="sm" fw={600} truncate="end">
                {a.parties[0]} ↔ {a.parties[1]}
              </Text>
              <ToneBadge size="xs" color={STATUS_COLOUR[a.status]}>
                {a.status}
              </ToneBadge>
            </Group>
            <Text size="xs" c="dimmed" truncate="end">
              {a.clauses.length} {a.clauses.length === 1 ? 'clause' : 'clauses'} · {me === null ? `${nameOf(view.scenario, a.parties[0])} and ${nameOf(view.scenario, a.parties[1])}` : `with ${nameOf(view.scenario, a.parties[0] === me ? a.parties[1] : a.parties[0])}`}
            </Text>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}

function AgreementDetail({ view, me, agreement, allowed, run, pending, onCounter }: AgreementPaneProps & { agreement: Agreement; onCounter: () => void }) {
  const guards = agreementActions(view, agreement, me, (type) => allowed(type));
  const text = treatyText(view.scenario, agreement);
  const name = (code: string) => nameOf(view.scenario, code);
  const party = me !== null && agreement.parties.includes(me);
  return (
    <Stack gap="sm" data-testid="agreement-detail">
      {party && agreement.status !== 'signed' && <ConfidentialBand label={`negotiation between ${name(agreement.parties[0])} and ${name(agreement.parties[1])}`} />}
      <AgreementSteps steps={agreementSteps(agreement)} />
      <Text size="sm" data-testid="agreement-situation">
        <strong>
          {name(agreement.parties[0])} → {name(agreement.parties[1])}.
        </strong>{' '}
        {agreementSituation(view, agreement, me)}
      </Text>
      {agreement.breaches.length > 0 && (
        <Alert color="red" variant="light" title="⚑ Breach recorded" p="xs">
          {agreement.breaches.map((b) => (
            <Text size="sm" key={b.conductSeq}>
              {name(b.state)} acted contrary to Article {articleOfClause(agreement, b.clause.kind) ?? '?'} ({CLAUSE_TITLES[b.clause.kind]}) in round {b.round}, event #{b.conductSeq}.
            </Text>
          ))}
        </Alert>
      )}
      {isOpen(agreement) && party && (
        <Group gap="xs">
          {/* Only the party awaited answers: the other consented by its offer and is never asked to sign it. */}
          {agreement.awaiting === me && (
            <>
              <GuardedButton guard={guards.sign} size="xs" onClick={() => void run({ type: 'd2r.sign', agreementId: agreement.id })} loading={pending === 'd2r.sign'} data-testid="agreement-sign">
                Sign to conclude
              </GuardedButton>
              <GuardedButton guard={guards.counter} size="xs" variant="default" onClick={onCounter} data-testid="agreement-counter">
                Counter…
              </GuardedButton>
              <GuardedButton guard={guards.reject} size="xs" variant="default" color="red" onClick={() => void run({ type: 'd2r.reject', agreementId: agreement.id })} loading={pending === 'd2r.reject'} data-testid="agreement-reject">
                Reject
              </GuardedButton>
            </>
          )}
          {agreement.parties[0] === me && (
          <GuardedButton guard={guards.withdraw} size="xs" variant="default" onClick={() => void run({ type: 'd2r.withdraw', agreementId: agreement.id })} loading={pending === 'd2r.withdraw'} data-testid="agreement-withdraw">
            Withdraw
          </GuardedButton>
          )}
        </Group>
      )}
      <TreatyView text={text} label={`Text of ${agreementName(view.scenario, agreement.parties)}`} maxHeight={300} />
      {agreement.history.length > 0 && (
        <div>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            History
          </Text>
          <Stack gap={0} component="ol" style={{ margin: 0, paddingLeft: 18 }}>
            {agreement.history.map((h) => (
              <Text component="li" size="xs" key={h.seq} className="tabular">
                Round {h.round}: {name(h.state)} {HISTORY_VERBS[h.action]}
              </Text>
            ))}
          </Stack>
        </div>
      )}
    </Stack>
  );
}

const HISTORY_VERBS = { propose: 'proposed it', counter: 'countered with new clauses', sign: 'signed', reject: 'rejected it', withdraw: 'withdrew it' } as const;

function durationOptions(rounds: number) {
  return [
    { value: 'open', label: 'Until the end of the crisis' },
    ...Array.from({ length: Math.max(1, rounds) }, (_, i) => ({ value: String(i + 1), label: `${i + 1} ${i === 0 ? 'round' : 'rounds'}` })),
  ];
}

function AgreementBuilder({
  view,
  me,
  counterparts,
  suggestedCounterparty,
  allowed,
  run,
  pending,
  counterOf,
  onCancel,
  onDone,
}: AgreementPaneProps & { counterOf: Agreement | null; onCancel: () => void; onDone: (id: string) => void }) {
  const initial = useMemo(() => (counterOf ? selectionFromClauses(counterOf.clauses) : null), [counterOf]);
  const [to, setTo] = useState<string | null>(
    counterOf ? counterOf.parties.find((p) => p !== me) ?? null : suggestedCounterparty ?? counterparts[0]?.state ?? null,
  );
  const [kinds, setKinds] = useState<D2rClauseKind[]>(initial?.kinds ?? ['no-arms-transfers', 'monitoring-and-reporting']);
  const [perpetrators, setPerpetrators] = useState<string[]>(initial?.perpetrators ?? []);
  const [duration, setDuration] = useState<string>(counterOf ? (counterOf.durationRounds === null ? 'open' : String(counterOf.durationRounds)) : 'open');
  const [note, setNote] = useState(counterOf?.note ?? '');

  const clauses = clausesFromSelection(kinds, perpetrators.length > 0 ? perpetrators : null);
  const durationRounds = duration === 'open' ? null : Number(duration);
  const parties: [string, string] = counterOf ? counterOf.parties : [me ?? '', to ?? ''];
  const text = to && me ? treatyText(view.scenario, { parties, clauses, durationRounds, note }) : null;
  const hasRefrain = kinds.some((k) => REFRAIN_CLAUSES.includes(k));

  const guard: Guard = firstRefusal(
    counterOf ? allowed('d2r.counter') : allowed('d2r.propose'),
    to ? OK : refuse('Choose the other party first.'),
    kinds.length > 0 ? OK : refuse('Choose at least one clause.'),
  );

  const submit = async () => {
    if (!guard.allowed || !me || !to) return;
    if (counterOf) {
      const ok = await run({ type: 'd2r.counter', agreementId: counterOf.id, clauses, ...(note.trim() ? { note: note.trim() } : {}) });
      if (ok) onDone(counterOf.id);
      return;
    }
    const agreementId = nextAgreementId(me, to, Object.keys(view.state.agreements));
    const ok = await run({
      type: 'd2r.propose',
      agreementId,
      to,
      clauses,
      ...(durationRounds !== null ? { durationRounds } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (ok) onDone(agreementId);
  };

  return (
    <Stack gap="sm" data-testid="agreement-builder">
      <AgreementSteps steps={counterOf ? agreementSteps(counterOf) : agreementSteps(null)} />
      <Text size="sm" fw={600}>
        {counterOf ? `Counter-proposal on ${agreementName(view.scenario, counterOf.parties, 'proposal')}` : 'New D2R proposal'}
      </Text>
      <Select
        label="Counterparty"
        data={counterparts.map((c) => ({ value: c.state, label: c.name }))}
        value={to}
        onChange={setTo}
        disabled={counterOf !== null}
        description={counterOf ? 'A counter-proposal keeps the same parties.' : undefined}
        allowDeselect={false}
        data-testid="builder-counterparty"
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox.Group
        label="Clauses"
        description="Each clause's effect in law once both parties have signed."
        value={kinds}
        onChange={(v) => setKinds(CLAUSE_ORDER.filter((k) => v.includes(k)))}
      >
        <Stack gap={8} mt={6}>
          {CLAUSE_ORDER.map((kind) => (
            <Checkbox key={kind} value={kind} label={CLAUSE_TITLES[kind]} description={clauseDescription(kind)} data-testid={`clause-${kind}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <div>
        <Text size="sm" fw={500} id="perpetrator-label">
          Perpetrators the refrain clauses name
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {hasRefrain ? 'None chosen: the clauses protect against every perpetrator in the crisis.' : 'Only the refrain clauses (arms, intelligence, financing, military cooperation) name a perpetrator.'}
        </Text>
        <Chip.Group multiple value={perpetrators} onChange={setPerpetrators}>
          <Group gap={6} role="group" aria-labelledby="perpetrator-label">
            {view.scenario.crisis.perpetrators.map((p) => (
              <Chip key={p.id} value={p.id} size="xs" disabled={!hasRefrain}>
                {perpetratorName(view.scenario, p.id)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <Select
        label="Duration"
        data={durationOptions(view.scenario.roundPlan.rounds)}
        value={duration}
        onChange={(v) => setDuration(v ?? 'open')}
        allowDeselect={false}
        disabled={counterOf !== null}
        description={counterOf ? 'The duration stays as proposed.' : 'From signature by both parties.'}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label="Understanding of the parties (optional)" autosize minRows={1} maxRows={4} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      {text ? (
        <TreatyView text={text} label="Draft treaty text" maxHeight={260} />
      ) : (
        <Text size="sm" c="dimmed">
          Choose the counterparty to see the draft text.
        </Text>
      )}
      <Group gap="xs">
        <GuardedButton guard={guard} onClick={() => void submit()} loading={pending === 'd2r.propose' || pending === 'd2r.counter'} data-testid="builder-submit">
          {counterOf ? 'Send counter-proposal' : 'Propose'}
        </GuardedButton>
        <Button variant="subtle" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

function clauseDescription(kind: D2rClauseKind): string {
  const forbids = CLAUSE_FORBIDS[kind];
  const effect = CLAUSE_EFFECTS[kind];
  return forbids ? `${effect} Forbids: ${forbids.map((k) => CONDUCT_LABELS[k].toLowerCase()).join(', ')}.` : effect;
}
