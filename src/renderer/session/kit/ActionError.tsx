import { Alert, CloseButton, Group, Text } from '@mantine/core';

/** The host's refusal of an action, readable and dismissible. */
export function ActionError({ error, onClose, title = 'That was not accepted' }: { error: string | null; onClose: () => void; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="action-error" p="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          <Text size="sm">{error}</Text>
        </div>
        <CloseButton aria-label="Dismiss the message" onClick={onClose} size="sm" />
      </Group>
    </Alert>
  );
}
