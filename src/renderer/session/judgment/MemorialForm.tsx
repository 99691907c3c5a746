import { Alert, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { defenceArgument, type DefenceArgument, type SessionEvent, type SessionView } from '../../../core/session';
import { DEFENCE_EXPLANATIONS, DEFENCE_LABELS, dutyLabel, DUTY_LABELS } from '../../../core/session/plain-words';
import { GuardedButton } from '../kit/GuardedButton';
import { firstRefusal, OK, refuse, type Guard } from '../kit/guard';
import { suggestedDefences, type DefenceSuggestion } from '../law';
import { ToneBadge } from '../kit/ToneBadge';
import { proseNameOf } from '../kit/names';

interface Plea {
  checked: boolean;
  duty: string | null;
  text: string;
}

/**
 * The defence memorial (moot court): a delegation picks arguments from the vocabulary, optionally
 * addresses each to a duty, and argues it in its own words. The law engine marks the arguments
 * the record supports.
 */
export function MemorialForm({ view, me, guard, run, pending }: { view: SessionView; me: string; guard: Guard; run: (e: SessionEvent) => Promise<boolean>; pending: string | null }) {
  const suggestions = useMemo(() => suggestedDefences(view, me), [view, me]);
  const supported = new Map<DefenceArgument, DefenceSuggestion>();
  // Only arguments that would change or mitigate a finding count as supported (not those with nothing to answer).
  if (suggestions.ok) for (const s of suggestions.value) if ((s.effect === 'changes-finding' || s.effect === 'mitigates') && !supported.has(s.argument)) supported.set(s.argument, s);
  const order = [...defenceArgument.options].sort((a, b) => Number(supported.has(b)) - Number(supported.has(a)));
  const [pleas, setPleas] = useState<Partial<Record<DefenceArgument, Plea>>>({});
  const chosen = order.filter((a) => pleas[a]?.checked);
  const update = (a: DefenceArgument, change: Partial<Plea>) =>
    setPleas((prev) => ({ ...prev, [a]: { checked: false, duty: supported.get(a)?.duty ?? null, text: '', ...prev[a], ...change } }));
  const dutyOptions = [{ value: '', label: 'Every duty it answers' }, ...Object.keys(DUTY_LABELS).map((d) => ({ value: d, label: dutyLabel(d) }))];

  const fileGuard = firstRefusal(guard, chosen.length > 0 ? OK : refuse('Choose at least one argument, or let the facilitator file an empty memorial for you.'));
  const file = () =>
    run({
      type: 'memorial.file',
      arguments: chosen.map((a) => {
        const p = pleas[a]!;
        return { argument: a, ...(p.duty ? { duty: p.duty } : {}), text: p.text.trim() };
      }),
    });

  return (
    <Stack gap="sm" data-testid="memorial-form">
      <Text size="sm">
        Choose the arguments {proseNameOf(view.scenario, me)} pleads. Each is judged against the record: an argument the record does not support is rejected, with the court&apos;s reasons. You file once.
      </Text>
      {!suggestions.ok && (
        <Alert variant="light" color="yellow" p="xs">
          {suggestions.reason} You can still plead any argument.
        </Alert>
      )}
      <Stack gap="xs">
        {order.map((a) => {
          const plea = pleas[a];
          const s = supported.get(a);
          return (
            <Paper key={a} withBorder radius="md" p="xs" data-testid={`plea-${a}`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Checkbox
                  checked={plea?.checked ?? false}
                  onChange={(e) => update(a, { checked: e.currentTarget.checked })}
                  label={DEFENCE_LABELS[a]}
                  description={DEFENCE_EXPLANATIONS[a]}
                />
                {s && (
                  <ToneBadge size="sm" color="teal" style={{ flexShrink: 0 }} data-testid="supported-badge">
                    ✓ Supported by the record
                  </ToneBadge>
                )}
              </Group>
              {s && (
                <Text size="xs" c="dimmed" ml={34} mt={4}>
                  On the {dutyLabel(s.duty).toLowerCase()}: {s.why}
                </Text>
              )}
              {plea?.checked && (
                <Stack gap={6} ml={34} mt={6}>
                  <Select
                    size="xs"
                    label="Addressed to"
                    data={dutyOptions}
                    value={plea.duty ?? ''}
                    onChange={(v) => update(a, { duty: v ? v : null })}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <Textarea size="xs" label="Your argument (optional)" autosize minRows={2} maxLength={4000} value={plea.text} onChange={(e) => update(a, { text: e.currentTarget.value })} />
                </Stack>
              )}
            </Paper>
          );
        })}
      </Stack>
      <Group>
        <GuardedButton guard={fileGuard} onClick={() => void file()} loading={pending === 'memorial.file'} data-testid="memorial-file">
          File the memorial ({chosen.length} {chosen.length === 1 ? 'argument' : 'arguments'})
        </GuardedButton>
      </Group>
    </Stack>
  );
}

/** A memorial as filed. */
export function FiledMemorial({ view, state }: { view: SessionView; state: string }) {
  const memorial = view.state.memorials[state];
  if (!memorial) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="filed-memorial">
      <Title order={4} size="h6">
        Memorial of {proseNameOf(view.scenario, state)}, filed
      </Title>
      {memorial.arguments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No argument pleaded.
        </Text>
      ) : (
        <Stack gap={2} component="ol" style={{ margin: 0, paddingLeft: 18 }}>
          {memorial.arguments.map((a, i) => (
            <Text component="li" size="sm" key={i}>
              <strong>{DEFENCE_LABELS[a.argument]}</strong>
              {a.duty ? ` (${dutyLabel(a.duty).toLowerCase()})` : ''}
              {a.text ? `: ${a.text}` : ''}
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
