import { Alert, Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PadlockIcon } from '../components/PadlockIcon';

/**
 * The facilitator's seat behind its PIN (docs/hot-seat.md): nothing of the previous seat is on
 * screen; the facilitator types the PIN set when the session was created. The host checks it
 * and refuses the facilitator's view and controls until it is right.
 */
export function FacilitatorUnlock({
  back,
  onUnlock,
  onBack,
}: {
  /** The seat to go back to (its name), if any. */
  back: string | null;
  onUnlock: (pin: string) => Promise<string | null>;
  onBack: () => void;
}) {
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async () => {
    if (!pin || busy) return;
    setBusy(true);
    const reason = await onUnlock(pin);
    setBusy(false);
    if (reason) {
      setRefusal(reason);
      setPin('');
    }
  };

  return (
    <Card withBorder padding="xl" maw={560} mx="auto" mt="xl" data-testid="facilitator-unlock">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Stack gap={4} align="center" ta="center">
            <Text c="dimmed" lh={1}>
              <PadlockIcon size={44} />
            </Text>
            <Title order={2}>The facilitator&apos;s seat is locked</Title>
            <Text c="dimmed">
              The facilitator sees every delegation&apos;s confidential brief and runs the session. Enter the PIN chosen when the session was created.
            </Text>
          </Stack>
          <PasswordInput
            label="Facilitator PIN"
            value={pin}
            onChange={(e) => setPin(e.currentTarget.value)}
            autoFocus
            autoComplete="off"
            error={refusal !== null}
            data-testid="facilitator-pin"
            disabled={busy}
          />
          {refusal && (
            <Alert color="red" variant="light" role="alert" data-testid="facilitator-pin-refused">
              {refusal}
            </Alert>
          )}
          <Group justify="center">
            <Button type="submit" size="md" loading={busy} disabled={!pin} data-testid="facilitator-unlock-submit">
              Unlock
            </Button>
            {back && (
              <Button size="md" variant="default" onClick={onBack} data-testid="facilitator-unlock-back">
                Back to {back}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
