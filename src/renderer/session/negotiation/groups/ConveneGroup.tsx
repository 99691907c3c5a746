import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { SessionEvent, SessionView } from '../../../../core/session';
import { GuardedButton } from '../../kit/GuardedButton';
import type { Guard } from '../../kit/guard';
import { nameOf } from '../../kit/names';
import { contactGroupId } from './logic';

/** Convening a contact group ("Friends of …"): a title and the delegations invited. */
export function ConveneGroup({ view, me, guard, run, pending }: { view: SessionView; me: string; guard: Guard; run: (event: SessionEvent, key?: string) => Promise<boolean>; pending: string | null }) {
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState('Friends of ');
  const [invitees, setInvitees] = useState<string[]>([]);
  const delegations = [...new Set(view.state.config.seats.filter((s) => s.state && s.state !== me).map((s) => s.state!))]
    .map((code) => ({ value: code, label: nameOf(view.scenario, code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const ready: Guard = !guard.allowed ? guard : title.trim().length < 'Friends of '.length + 1 ? { allowed: false, reason: 'Give the group a title, e.g. "Friends of the Vell".' } : invitees.length === 0 ? { allowed: false, reason: 'Invite at least one delegation.' } : guard;
  const convene = async () => {
    const ok = await run({ type: 'group.convene', groupId: contactGroupId(view, me, title), title: title.trim(), invitees }, 'group.convene');
    if (ok) {
      setOpened(false);
      setTitle('Friends of ');
      setInvitees([]);
    }
  };
  return (
    <>
      <Button size="xs" variant="light" mt="xs" fullWidth onClick={() => setOpened(true)} disabled={!guard.allowed} data-testid="convene-open">
        Convene a contact group…
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Convene a contact group" size="md">
        <Stack gap="sm">
          <TextInput label="Title" description="A contact group presses for action on the crisis, e.g. “Friends of the Vell”." value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} data-testid="convene-title" />
          <MultiSelect
            label="Invite"
            description="Each delegation invited joins or declines. Declining is on the record."
            data={delegations}
            value={invitees}
            onChange={setInvitees}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-testid="convene-invitees"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Cancel
            </Button>
            <GuardedButton guard={ready} onClick={() => void convene()} loading={pending === 'group.convene'} data-testid="convene-submit">
              Convene
            </GuardedButton>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
