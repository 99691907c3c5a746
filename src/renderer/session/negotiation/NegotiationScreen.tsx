import { Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PHASE_TITLES } from '../../../core/session';
import { ActionError } from '../kit/ActionError';
import { refuse } from '../kit/guard';
import { nameOf } from '../kit/names';
import { useAction } from '../kit/useAction';
import '../kit/kit.css';
import type { SessionScreenProps } from '../types';
import { AgreementPane } from './AgreementPane';
import { AgreementRegistry } from './AgreementRegistry';
import { CirculatingDrafts } from './CirculatingDrafts';
import { ChannelList, type ChannelId } from './ChannelList';
import { channelMessages, counterparts as counterpartsOf, myAgreements, unreadCount, type Counterpart } from './logic';
import { linesOfMessages, linesOfStatements, MessagePane } from './MessagePane';
import { useLastSeen } from './useLastSeen';
import { ConveneGroup } from './groups/ConveneGroup';
import { GroupChannelList } from './groups/GroupChannelList';
import { Invitation } from './groups/Invitation';
import { groupOfChannel, groupRows } from './groups/logic';
import { CommitmentRegistry } from '../offers/CommitmentRegistry';
import { OfferPanel } from '../offers/OfferPanel';
import { MeetingCards } from './meetings/MeetingCards';

/**
 * Negotiation (UX "Negotiation"): channels on the left (public statements and one private
 * channel per other delegation), messages in the middle, D2R agreements on the right, and the
 * registry of agreements in force below.
 */
export function NegotiationScreen({ view, seatId, submit, allowed }: SessionScreenProps) {
  const me = view.viewer.kind === 'seat' ? view.viewer.state : null;
  const facilitator = view.viewer.kind === 'facilitator';
  const others = counterpartsOf(view, me);
  const [channel, setChannel] = useState<ChannelId>(() => firstChannel(view, me, others));
  const [seen, markSeen] = useLastSeen(seatId);
  const { run, pending, error, clearError } = useAction(submit);

  // For the facilitator, channels are pairs of states; a seat's channels are its counterparts.
  const facilitatorPairs = facilitator ? Object.keys(view.state.channels).sort() : [];

  const groups = groupRows(view, me);
  const groupId = groupOfChannel(channel);
  const groupRow = groupId ? groups.find((g) => g.id === groupId) : undefined;
  const privateMessages = groupId ? [] : me && channel !== 'public' ? channelMessages(view, me, channel) : facilitator && channel !== 'public' ? (view.state.channels[channel] ?? []) : [];
  const lastSeq = channel === 'public' ? view.state.statements.at(-1)?.seq ?? 0 : groupRow ? groupRow.messages.at(-1)?.seq ?? 0 : privateMessages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (lastSeq > 0) markSeen(channel, lastSeq);
  }, [channel, lastSeq, markSeen]);

  const unread: Record<string, number> = {};
  if (me) for (const c of others) unread[c.state] = channel === c.state ? 0 : unreadCount(view, me, c.state, seen[c.state] ?? 0);

  const phase = PHASE_TITLES[view.state.phase];
  const statementGuard = me ? allowed('statement.public') : refuse('The facilitator speaks through the console.');
  const messageGuard = me ? allowed('message.private') : refuse('The facilitator reads every channel but does not write in them.');
  const counterpartName = channel !== 'public' ? (facilitator ? channel.replace('~', ' ↔ ') : nameOf(view.scenario, channel)) : '';

  return (
    <Stack gap="md" data-testid="negotiation-screen">
      <div>
        <Title order={2}>Negotiation</Title>
        <Text size="sm" c="dimmed">
          {view.state.phase === 'negotiation'
            ? `Round ${view.state.round}: private talks, public statements and Duty-to-Refrain agreements. Agreements are proposed, countered and signed only in this phase.`
            : `The ${phase} phase is under way. Private messages stay open; agreements are negotiated in the Negotiation phase.`}
        </Text>
      </div>
      <ActionError error={error} onClose={clearError} />
      <div className="mc-negotiation-wrap">
      <div className="mc-negotiation">
        <div>
          {facilitator ? (
            <FacilitatorChannels pairs={facilitatorPairs} selected={channel} onSelect={setChannel} statements={view.state.statements.length} />
          ) : (
            <ChannelList counterparts={others} selected={channel} onSelect={setChannel} unread={unread} publicCount={view.state.statements.length} />
          )}
          <GroupChannelList rows={groups} me={me} selected={channel} onSelect={setChannel} seen={seen} />
          {me && <ConveneGroup view={view} me={me} guard={allowed('group.convene')} run={run} pending={pending} />}
        </div>
        {groupRow ? (
          groupRow.invited && view.state.groups[groupRow.id] ? (
            <Invitation view={view} group={view.state.groups[groupRow.id]!} joinGuard={allowed('group.join')} declineGuard={allowed('group.decline')} run={run} pending={pending} />
          ) : (
            <MessagePane
              key={channel}
              title={groupRow.kind === 'contact' ? `Contact group: ${groupRow.title}` : `Group channel: ${groupRow.title}`}
              confidential={groupRow.title}
              lines={linesOfMessages(groupRow.messages.map((m) => ({ ...m, to: '' })), me, (code) => nameOf(view.scenario, code))}
              emptyText={groupRow.declined ? 'You declined this contact group; the decline is on the record and you read nothing in it.' : `No messages yet. Only the members of ${groupRow.title} (and the facilitator) read this channel.`}
              composeLabel={`Message to ${groupRow.title}`}
              guard={groupRow.member && !facilitator ? allowed('group.message') : refuse(facilitator ? 'The facilitator reads every channel but does not write in them.' : 'Join the group to write in it.')}
              sending={pending === 'group.message'}
              onSend={(text) => run({ type: 'group.message', groupId: groupRow.id, text })}
              readOnly={facilitator || !groupRow.member}
            />
          )
        ) : channel === 'public' ? (
          <MessagePane
            key="public"
            title="Public statements"
            confidential={null}
            lines={linesOfStatements(view.state.statements, me, (code) => nameOf(view.scenario, code))}
            emptyText="No public statement yet. What you say here goes on the public record and every delegation reads it."
            composeLabel="Public statement (on the record)"
            guard={statementGuard}
            sending={pending === 'statement.public'}
            onSend={(text) => run({ type: 'statement.public', text })}
            readOnly={facilitator}
          />
        ) : (
          <MessagePane
            key={channel}
            title={facilitator ? `Channel ${counterpartName}` : `Private channel with ${counterpartName}`}
            confidential={facilitator ? channel.replace('~', ' ↔ ') : `${me} ↔ ${channel}`}
            lines={linesOfMessages(privateMessages, me, (code) => nameOf(view.scenario, code))}
            emptyText={`No messages yet. Only you and ${counterpartName} can read this channel.`}
            composeLabel={`Private message to ${counterpartName}`}
            guard={messageGuard}
            sending={pending === 'message.private'}
            onSend={(text) => (me ? run({ type: 'message.private', to: channel, text }) : Promise.resolve(false))}
            readOnly={facilitator}
          />
        )}
        <AgreementPane
          key={me ?? 'facilitator'}
          view={view}
          me={me}
          agreements={myAgreements(view, me)}
          counterparts={others}
          suggestedCounterparty={channel !== 'public' && !groupRow && !facilitator ? channel : null}
          allowed={allowed}
          run={(event) => run(event)}
          pending={pending}
        />
      </div>
      </div>
      {me && channel !== 'public' && !groupRow && <OfferPanel key={`offers-${channel}`} view={view} me={me} counterpart={channel} allowed={allowed} run={run} pending={pending} />}
      <MeetingCards view={view} me={me} allowed={allowed} run={run} pending={pending} />
      <CirculatingDrafts view={view} allowed={allowed} run={run} pending={pending} error={error} clearError={clearError} />
      <Divider />
      <AgreementRegistry view={view} />
      <CommitmentRegistry view={view} />
    </Stack>
  );
}

function FacilitatorChannels({ pairs, selected, onSelect, statements }: { pairs: string[]; selected: string; onSelect: (id: string) => void; statements: number }) {
  return (
    <nav aria-labelledby="channels-heading">
      <Title order={3} size="h6" id="channels-heading" mb={6}>
        All channels
      </Title>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <li>
          <button type="button" className="mc-row-button" aria-current={selected === 'public' ? 'true' : undefined} onClick={() => onSelect('public')} style={{ border: 0, background: 'none', font: 'inherit' }}>
            <Text size="sm" fw={600}>
              Public statements
            </Text>
            <Text size="xs" c="dimmed">
              {statements} on the record
            </Text>
          </button>
        </li>
        {pairs.map((key) => (
          <li key={key}>
            <button type="button" className="mc-row-button" aria-current={selected === key ? 'true' : undefined} onClick={() => onSelect(key)} style={{ border: 0, background: 'none', font: 'inherit' }}>
              <Group gap={4}>
                <Text size="sm" fw={600}>
                  {key.replace('~', ' ↔ ')}
                </Text>
              </Group>
            </button>
          </li>
        ))}
      </Stack>
      {pairs.length === 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          No private channel has been used yet.
        </Text>
      )}
    </nav>
  );
}


/** The channel the screen opens on: the latest conversation, else the first human counterpart. */
function firstChannel(view: SessionProps['view'], me: string | null, others: Counterpart[]): ChannelId {
  if (me === null) return 'public';
  let best: { state: string; seq: number } | null = null;
  for (const c of others) {
    const last = channelMessages(view, me, c.state).at(-1)?.seq ?? 0;
    if (last > 0 && (!best || last > best.seq)) best = { state: c.state, seq: last };
  }
  return best?.state ?? others.find((c) => c.kind === 'human')?.state ?? others[0]?.state ?? 'public';
}

type SessionProps = SessionScreenProps;
