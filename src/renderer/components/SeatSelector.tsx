import { Select, Tooltip } from '@mantine/core';

/** Placeholder until sessions exist: shows that no seat is taken, and why it is disabled. */
export function SeatSelector() {
  return (
    <Tooltip label="Seats are taken when a session starts">
      <div>
        <Select aria-label="Seat" placeholder="seat: —" data={[]} disabled size="xs" w={120} />
      </div>
    </Tooltip>
  );
}
