import { Alert, Button, Group, Text } from '@mantine/core';
import type { HostError } from '../client/HostClient';

const HINTS: Partial<Record<HostError['code'], string>> = {
  transport: 'The connection to the Moot Council host failed. Is the host still running?',
  timeout: 'The host took too long to answer. Is it still running?',
  'not-found': 'It may have been renamed or removed from the scenarios folder.',
  invalid: 'Run "npx moot-council validate FILE" for the full list of problems.',
};

/** A readable error with what to do next, and a retry button when retrying can help. */
export function ErrorNotice({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: HostError;
  onRetry?: () => void;
}) {
  const hint = HINTS[error.code];
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{error.message}</Text>
      {hint && (
        <Text size="sm" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
