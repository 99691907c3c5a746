import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import type { SessionMeta } from '../../core/protocol';

/**
 * What the facilitator must know about the session file before playing on or grading it: a
 * record edited outside Moot Council (or written before tamper evidence), and a damaged last line
 * that was set aside on opening. The host sends it only to a connection that may act as the
 * facilitator. Dismissed for this session until the page is reloaded.
 */
export function RecordNotice({ meta }: { meta: SessionMeta }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const record = meta.record;
  if (!record || dismissed === meta.sessionId) return null;
  const unverified = record.status !== 'verified';
  if (!unverified && record.notices.length === 0) return null;
  return (
    <Alert
      color={record.status === 'edited' ? 'red' : 'yellow'}
      variant="light"
      mb="md"
      role="alert"
      data-testid="record-notice"
      title={record.status === 'edited' ? 'This record was edited outside Moot Council' : 'About this session file'}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissed(meta.sessionId)}
    >
      {unverified && <Text size="sm">{record.summary}</Text>}
      {record.notices.map((notice) => (
        <Text size="sm" key={notice} mt={unverified ? 'xs' : 0}>
          {notice}
        </Text>
      ))}
    </Alert>
  );
}
