import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useContext, useState } from 'react';
import type { ClassroomSeat, ClassroomStatus } from '../../core/protocol';
import { useHostClient } from '../client/context';
import { SessionShellContext } from '../session/shell-context';
import { QrCode } from './QrCode';
import { joinLink, projectorLink, useClassroom, type ClassroomHandle } from './useClassroom';

const MISSED: Record<ClassroomStatus['onMissedDeadline'], string> = {
  abstain: 'a seat that has not voted when time runs out abstains',
  'no-action': 'a seat that has not acted when time runs out does nothing (absent from open votes)',
  ai: 'the AI delegate plays a seat that has not acted when time runs out (recorded as such)',
};

/**
 * Classroom mode in the facilitator console: open the session to the local network, the join
 * address and its QR code for the projector, a join code per seat (hidden until asked: the
 * console may be on the projector), who is connected and who has acted this phase, and the
 * seat changes (new code, revoke, hand to the AI or back to a student).
 */
export function ClassroomPanel({
  sessionId: given,
  room: shared,
}: {
  sessionId?: string;
  /** The room's state when the caller already watches it (the console's seat grid does). */
  room?: ClassroomHandle;
}) {
  const shell = useContext(SessionShellContext);
  const sessionId = given ?? shell?.meta.sessionId ?? null;
  const own = useClassroom(shared ? null : sessionId);
  if (!sessionId) return null;
  return <Panel sessionId={sessionId} room={shared ?? own} />;
}

function Panel({ sessionId, room }: { sessionId: string; room: ClassroomHandle }) {
  const client = useHostClient();
  const { status, error, busy, act, clearError } = room;
  const [base, setBase] = useState<string | null>(null);
  const [cards, setCards] = useState(false);
  const [projectorShown, setProjectorShown] = useState(false);
  const listening = status?.listening ?? null;
  // Opened for this session: codes issued (the host may already listen, e.g. with --lan).
  const opened = status?.projector.code != null;
  const bases = listening ? [...listening.addresses.map((a) => a.url), listening.localUrl] : [];
  const chosen = base && bases.includes(base) ? base : (bases[0] ?? null);

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      component="section"
      aria-labelledby="classroom-heading"
      data-testid="classroom-panel"
    >
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h6" id="classroom-heading">
          Classroom
        </Title>
        {listening && opened && (
          <Badge color="green" variant="light" data-testid="classroom-open">
            Open on the network · port {listening.port}
          </Badge>
        )}
      </Group>
      {error && (
        <Alert
          color="red"
          variant="light"
          mb="xs"
          withCloseButton
          onClose={clearError}
          role="alert"
        >
          {error}
        </Alert>
      )}
      {!listening || !opened ? (
        <OpenForm sessionId={sessionId} room={room} />
      ) : (
        <Stack gap="sm">
          <Group align="flex-start" wrap="nowrap" gap="lg">
            <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm">Students open this address and enter their code:</Text>
              {listening.addresses.length === 0 && (
                <Alert color="yellow" variant="light" p="xs">
                  This computer is on no network. Connect it to the classroom Wi-Fi; until then only
                  this computer can reach the join page.
                </Alert>
              )}
              {bases.length > 1 && (
                <Select
                  size="xs"
                  label="Network"
                  data={bases.map((b) => ({
                    value: b,
                    label:
                      b === listening.localUrl
                        ? `${b} (this computer only)`
                        : `${b} (${listening.addresses.find((a) => a.url === b)?.interface ?? ''})`,
                  }))}
                  value={chosen}
                  onChange={setBase}
                  allowDeselect={false}
                  w={340}
                />
              )}
              {chosen && (
                <Text
                  ff="monospace"
                  fw={700}
                  size="lg"
                  data-testid="classroom-join-url"
                  style={{ wordBreak: 'break-all' }}
                >
                  {joinLink(chosen)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                When time runs out: {MISSED[status!.onMissedDeadline]}.
              </Text>
              <Group gap="xs" mt={4}>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setCards(true)}
                  disabled={!chosen}
                >
                  Join cards (codes and QR per seat)
                </Button>
                {status?.projector.code && chosen && (
                  <CopyButton value={projectorLink(chosen, status.projector.code)}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="default" onClick={copy}>
                        {copied ? 'Projector link copied' : 'Copy the projector link'}
                      </Button>
                    )}
                  </CopyButton>
                )}
                <Text size="xs" c="dimmed">
                  Projector: {status?.projector.connected ?? 0} connected
                </Text>
                {status?.projector.code && chosen && (
                  <Anchor
                    component="button"
                    size="xs"
                    onClick={() => setProjectorShown((v) => !v)}
                    data-testid="classroom-show-projector"
                  >
                    {projectorShown ? 'hide the projector link' : 'show the projector link'}
                  </Anchor>
                )}
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void act('close', () => client.request('classroom.close', {}))}
                  loading={busy === 'close'}
                >
                  Close the classroom
                </Button>
              </Group>
              {projectorShown && status?.projector.code && chosen && (
                <Code data-testid="classroom-projector-link" style={{ wordBreak: 'break-all' }}>
                  {projectorLink(chosen, status.projector.code)}
                </Code>
              )}
            </Stack>
            {chosen && (
              <QrCode text={joinLink(chosen)} size={150} label={`QR code of ${joinLink(chosen)}`} />
            )}
          </Group>
          <SeatTable sessionId={sessionId} room={room} />
        </Stack>
      )}
      {status && chosen && (
        <JoinCards opened={cards} onClose={() => setCards(false)} status={status} base={chosen} />
      )}
    </Paper>
  );
}

function SeatTable({ sessionId, room }: { sessionId: string; room: ClassroomHandle }) {
  const client = useHostClient();
  const { status, busy, act } = room;
  const [shown, setShown] = useState<string | null>(null);
  const [handOver, setHandOver] = useState<string | null>(null);
  if (!status) return null;
  const seats = status.seats
    .filter((s) => s.kind === 'human')
    .sort((a, b) => a.name.localeCompare(b.name));
  const aiSeats = status.seats.filter((s) => s.kind === 'ai');
  const issue = (seat: ClassroomSeat) =>
    act(`issue-${seat.seatId}`, () =>
      client.request('classroom.issue', { sessionId, seatId: seat.seatId }),
    );
  const revoke = (seat: ClassroomSeat, toAi: boolean) =>
    act(`revoke-${seat.seatId}`, () =>
      client.request('classroom.revoke', { sessionId, seatId: seat.seatId, toAi }),
    );
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={4} data-testid="classroom-seats">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Seat</Table.Th>
              <Table.Th>Connected</Table.Th>
              <Table.Th>Acted this phase</Table.Th>
              <Table.Th>Join code</Table.Th>
              <Table.Th>Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {seats.map((seat) => (
              <Table.Tr key={seat.seatId} data-testid={`classroom-seat-${seat.seatId}`}>
                <Table.Td>
                  <Text size="sm">
                    {seat.name} {seat.state && <Code>{seat.state}</Code>}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {seat.kind === 'human' && (
                    <Tooltip
                      label={
                        seat.lastSeenAt
                          ? `last seen ${new Date(seat.lastSeenAt).toLocaleTimeString()}`
                          : 'never joined'
                      }
                    >
                      <Text size="sm" data-testid={`classroom-connected-${seat.seatId}`}>
                        {seat.connected ? '● connected' : '○ not connected'}
                      </Text>
                    </Tooltip>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{seat.acted ? '✓ acted' : '… not yet'}</Text>
                </Table.Td>
                <Table.Td>
                  {seat.code ? (
                    shown === seat.seatId ? (
                      <Group gap={4} wrap="nowrap">
                        <Code data-testid={`classroom-code-${seat.seatId}`}>{seat.code}</Code>
                        <Anchor component="button" size="xs" onClick={() => setShown(null)}>
                          hide
                        </Anchor>
                      </Group>
                    ) : (
                      <Anchor
                        component="button"
                        size="xs"
                        onClick={() => setShown(seat.seatId)}
                        data-testid={`classroom-show-${seat.seatId}`}
                      >
                        show code
                      </Anchor>
                    )
                  ) : (
                    <Text size="xs" c="dimmed">
                      none
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="The old code stops working and its browser is disconnected">
                      <Button
                        size="compact-xs"
                        variant="default"
                        loading={busy === `issue-${seat.seatId}`}
                        onClick={() => void issue(seat)}
                      >
                        {seat.code ? 'New code' : 'Issue code'}
                      </Button>
                    </Tooltip>
                    {seat.code && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        loading={busy === `revoke-${seat.seatId}`}
                        onClick={() => void revoke(seat, false)}
                      >
                        Revoke
                      </Button>
                    )}
                    <Button
                      size="compact-xs"
                      variant="default"
                      loading={busy === `revoke-${seat.seatId}`}
                      onClick={() => void revoke(seat, true)}
                      data-testid={`classroom-to-ai-${seat.seatId}`}
                    >
                      Give to AI
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {aiSeats.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label="Give a delegation played by an AI delegate to a student"
            placeholder="Choose a delegation"
            data={aiSeats.map((s) => ({
              value: s.seatId,
              label: s.name,
            }))}
            value={handOver}
            onChange={setHandOver}
            searchable
            w={360}
            data-testid="classroom-hand-over"
          />
          <Button
            size="xs"
            variant="default"
            disabled={!handOver}
            loading={busy === `issue-${handOver}`}
            onClick={() => {
              const seat = aiSeats.find((s) => s.seatId === handOver);
              if (seat) void issue(seat).then(() => setHandOver(null));
            }}
          >
            Give to a student (new code)
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** One card per seat to print or show one student at a time: name, code, QR of the seat's link. */
function JoinCards({
  opened,
  onClose,
  status,
  base,
}: {
  opened: boolean;
  onClose: () => void;
  status: ClassroomStatus;
  base: string;
}) {
  const seats = status.seats.filter((s) => s.kind === 'human' && s.code);
  return (
    <Modal opened={opened} onClose={onClose} title="Join cards" size="xl">
      <Text size="sm" c="dimmed" mb="sm">
        Each card opens one seat. Hand them out (print this page) or show them one at a time: anyone
        holding a card can act as that delegation. Revoked codes stop working at once.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} className="join-cards">
        {seats.map((seat) => (
          <Paper key={seat.seatId} withBorder p="sm" radius="md">
            <Stack gap={4} align="center">
              <Text fw={700}>{seat.name}</Text>
              <QrCode
                text={joinLink(base, seat.code)}
                size={140}
                label={`QR code to join as ${seat.name}`}
              />
              <Text size="xs">{joinLink(base)}</Text>
              <Code fz="sm">{seat.code}</Code>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Modal>
  );
}

/** Before the classroom opens: which delegations students play (the others stay with the AI). */
function OpenForm({ sessionId, room }: { sessionId: string; room: ClassroomHandle }) {
  const client = useHostClient();
  const { status, busy, act } = room;
  const [picked, setPicked] = useState<string[] | null>(null);
  const seats = status?.seats ?? [];
  const chosen = picked ?? seats.filter((s) => s.kind === 'human').map((s) => s.seatId);
  return (
    <Stack gap="xs">
      <Text size="sm">
        Students on the same Wi-Fi join from any browser with a code for their seat. Nothing is
        installed on their computers and nothing leaves the room.
      </Text>
      {seats.length > 0 && (
        <Checkbox.Group
          label="Delegations played by students"
          description="One student (or team) per delegation; AI delegates play the others. You can change this later."
          value={chosen}
          onChange={setPicked}
        >
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing={4} mt={6}>
            {seats.map((s) => (
              <Checkbox
                key={s.seatId}
                value={s.seatId}
                label={s.name}
                size="xs"
                data-testid={`classroom-pick-${s.seatId}`}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
      <Text size="sm" c="dimmed">
        The first time, your computer may ask whether Moot Council may accept incoming connections:
        allow it on private networks.
      </Text>
      <Group>
        <Button
          onClick={() =>
            void act('open', () => client.request('classroom.open', { sessionId, seats: chosen }))
          }
          loading={busy === 'open'}
          data-testid="classroom-open-button"
        >
          Open to classroom
        </Button>
        <Text size="xs" c="dimmed">
          {chosen.length} delegation{chosen.length === 1 ? '' : 's'} for students
        </Text>
      </Group>
    </Stack>
  );
}
