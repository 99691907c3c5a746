import { MultiSelect, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { EVIDENCE_ORDER, type EvidenceLevel } from '../../../core/scenario/schema';
import type { SessionEvent, SessionView } from '../../../core/session';
import { evidenceLabel } from '../../components/labels';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { seatRows } from './logic';

const UNCHANGED = 'unchanged';

/**
 * An inject written on the spot: a title, its text, to every delegation or to chosen ones, and
 * for a public one, optionally, a higher public evidence level. It goes on the record like a
 * scenario's inject (`inject.write`).
 */
export function WriteInject({
  view,
  guard,
  onWrite,
  pending,
}: {
  view: SessionView;
  guard: Guard;
  onWrite: (event: Extract<SessionEvent, { type: 'inject.write' }>) => Promise<boolean>;
  pending: boolean;
}) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [level, setLevel] = useState<string>(UNCHANGED);
  const current = view.state.evidence.level;
  const higher = EVIDENCE_ORDER.filter((l) => EVIDENCE_ORDER.indexOf(l) > EVIDENCE_ORDER.indexOf(current));
  const delegations = seatRows(view)
    .map((r) => ({ value: r.state, label: r.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const toChosen = recipients.length > 0;
  const formGuard = firstRefusal(guard, title.trim() ? OK : refuse('Give the inject a title first.'), text.trim() ? OK : refuse('Write what happens first.'));
  const send = () => {
    const raises = !toChosen && level !== UNCHANGED ? { raisesEvidenceTo: level as EvidenceLevel } : {};
    void onWrite({ type: 'inject.write', title: title.trim(), text: text.trim(), ...raises, ...(toChosen ? { recipients } : {}) }).then((ok) => {
      if (!ok) return;
      setTitle('');
      setText('');
      setRecipients([]);
      setLevel(UNCHANGED);
    });
  };
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="write-inject-heading" data-testid="write-inject">
      <Title order={3} size="h6" id="write-inject-heading" mb="xs">
        Write an inject
      </Title>
      <Stack gap="xs">
        <TextInput size="xs" label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} data-testid="write-inject-title" />
        <Textarea size="xs" label="What happens" autosize minRows={2} maxRows={6} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={4000} data-testid="write-inject-text" />
        <MultiSelect
          size="xs"
          label="To"
          description="Leave empty for a public inject; choose delegations to tell them only."
          placeholder={toChosen ? undefined : 'Every delegation (public)'}
          data={delegations}
          value={recipients}
          onChange={setRecipients}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
          data-testid="write-inject-to"
        />
        <Select
          size="xs"
          label="Public evidence level"
          description={
            toChosen
              ? 'Only a public inject can raise it: every delegation sees the level.'
              : higher.length === 0
                ? `Already ${evidenceLabel(current)}, the highest.`
                : `Now ${evidenceLabel(current)}; an inject may raise it, never lower it.`
          }
          data={[{ value: UNCHANGED, label: 'Leave as it is' }, ...higher.map((l) => ({ value: l, label: `Raise to ${evidenceLabel(l)}` }))]}
          value={toChosen ? UNCHANGED : level}
          onChange={(v) => setLevel(v ?? UNCHANGED)}
          disabled={toChosen || higher.length === 0}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="write-inject-level"
        />
        <Text size="xs" c="dimmed">
          It goes on the record like the scenario&apos;s injects{toChosen ? ', seen by the delegations chosen and you only' : ', seen by every delegation'}.
        </Text>
        <div>
          <GuardedButton guard={formGuard} size="xs" onClick={send} loading={pending} data-testid="write-inject-send">
            {toChosen ? 'Send to the delegations chosen' : 'Send to every delegation'}
          </GuardedButton>
        </div>
      </Stack>
    </Paper>
  );
}
