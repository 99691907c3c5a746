import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { SessionUpdate } from '../../../core/protocol';
import { useSessionNav } from '../nav';
import { SESSION_SCREENS } from '../screens';
import { nameOf } from '../format';
import { timelineRows } from './rows';
import { TimelineItem } from './TimelineItem';

/** The side panel: the newest entries of the record, live, and the seat's channels. */
export function LiveTimeline({ update }: { update: SessionUpdate }) {
  const nav = useSessionNav();
  const view = update.view;
  const rows = useMemo(() => timelineRows(view), [view]);
  // Single votes are summed up by the result row (and shown live on the vote board), and the
  // explanations of vote follow the board in the chamber: the side panel keeps to the events.
  const latest = rows.filter((r) => r.eventType !== 'vote.cast' && r.eventType !== 'vote.explain').slice(-14).reverse();
  const own = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const channels = Object.entries(view.state.channels);
  return (
    <Stack gap="lg" h="100%" style={{ overflowY: 'auto' }}>
      <section aria-labelledby="side-timeline">
        <Title order={2} size="h6" id="side-timeline">
          Timeline (live)
        </Title>
        <Text size="xs" c="dimmed">
          Newest first · {rows.length} {rows.length === 1 ? 'entry' : 'entries'}
        </Text>
        <Stack gap={0} component="ol" aria-live="polite" aria-relevant="additions" style={{ listStyle: 'none', padding: 0, margin: '6px 0 0' }} data-testid="live-timeline">
          {latest.map((row) => (
            <TimelineItem key={row.key} row={row} compact />
          ))}
        </Stack>
        {SESSION_SCREENS.timeline && (
          <Anchor size="sm" href={nav.hrefFor('timeline')} mt={4} display="inline-block">
            Full timeline →
          </Anchor>
        )}
      </section>
      <section aria-labelledby="side-channels">
        <Title order={2} size="h6" id="side-channels">
          Channels {channels.length > 0 ? `(${channels.length})` : ''}
        </Title>
        {channels.length === 0 ? (
          <Text size="sm" c="dimmed" mt={4}>
            {own ? 'No private messages yet.' : 'Bilateral channels appear here.'}
          </Text>
        ) : (
          <Stack gap={2} mt={4}>
            {channels.map(([key, messages]) => {
              const [a, b] = key.split('~');
              const between = own ? nameOf(view, a === own ? b! : a!) : `${nameOf(view, a!)} and ${nameOf(view, b!)}`;
              return (
                <Text size="sm" key={key}>
                  {between} · {messages.length} message{messages.length === 1 ? '' : 's'}
                </Text>
              );
            })}
            {SESSION_SCREENS.negotiation && (
              <Anchor size="sm" href={nav.hrefFor('negotiation')}>
                Open negotiation →
              </Anchor>
            )}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
