import { Group, Kbd, Paper, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PrivateMessage, Statement } from '../../../core/session';
import { PHASE_TITLES } from '../../../core/session';
import { ConfidentialBand } from '../kit/ConfidentialBand';
import { GuardedButton } from '../kit/GuardedButton';
import type { Guard } from '../kit/guard';
import { ToneBadge } from '../kit/ToneBadge';

interface Line {
  seq: number;
  from: string;
  own: boolean;
  meta: string;
  text: string;
}

/** Each line's sender by name: `name` turns a state's code into the name the reader sees. */
export function linesOfStatements(statements: Statement[], me: string | null, name: (code: string) => string): Line[] {
  return statements.map((s) => ({
    seq: s.seq,
    from: name(s.state),
    own: s.state === me,
    meta: `Round ${s.round} · ${PHASE_TITLES[s.phase]}`,
    text: s.text,
  }));
}

export function linesOfMessages(messages: PrivateMessage[], me: string | null, name: (code: string) => string): Line[] {
  return messages.map((m) => ({ seq: m.seq, from: name(m.from), own: m.from === me, meta: `Round ${m.round}`, text: m.text }));
}

/** The middle pane: the channel's messages and a composer (Ctrl+Enter sends). */
export function MessagePane({
  title,
  confidential,
  lines,
  emptyText,
  composeLabel,
  guard,
  sending,
  onSend,
  readOnly,
}: {
  title: string;
  confidential: string | null;
  lines: Line[];
  emptyText: string;
  composeLabel: string;
  guard: Guard;
  sending: boolean;
  onSend: (text: string) => Promise<boolean>;
  readOnly?: boolean;
}) {
  const [text, setText] = useState('');
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [lines.length]);

  const send = async () => {
    if (!text.trim() || !guard.allowed) return;
    if (await onSend(text.trim())) setText('');
  };
  const sendGuard: Guard = !guard.allowed ? guard : text.trim() ? guard : { allowed: false, reason: 'Write something first.' };

  return (
    <section aria-labelledby="messages-heading">
      <Stack gap="xs">
        {confidential && <ConfidentialBand label={confidential} />}
        <Title order={3} size="h6" id="messages-heading">
          {title}
        </Title>
        <Paper withBorder p={0} radius="md">
          <ScrollArea.Autosize mah={340} viewportRef={viewport} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, 'aria-label': `Scroll the messages: ${title}` }}>
            <Stack gap={6} p="sm" role="log" aria-live="polite" aria-label={`Messages: ${title}`} data-testid="messages">
              {lines.length === 0 && (
                <Text size="sm" c="dimmed">
                  {emptyText}
                </Text>
              )}
              {lines.map((line) => (
                <div key={line.seq} className="mc-message" data-own={line.own}>
                  <Group gap={6} justify="space-between" wrap="nowrap">
                    <Text size="xs" fw={700}>
                      {line.own ? `${line.from} (you)` : line.from}
                    </Text>
                    <Text size="xs" c="dimmed" className="tabular">
                      {line.meta}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {line.text}
                  </Text>
                </div>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Paper>
        {readOnly ? (
          <ToneBadge color="gray" tt="none">
            Read only: the facilitator sees every channel but speaks through the console
          </ToneBadge>
        ) : (
          <>
            <Textarea
              label={composeLabel}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void send();
                }
              }}
              data-testid="compose"
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> sends
              </Text>
              <GuardedButton guard={sendGuard} onClick={() => void send()} loading={sending} size="xs" data-testid="send">
                Send
              </GuardedButton>
            </Group>
          </>
        )}
      </Stack>
    </section>
  );
}
