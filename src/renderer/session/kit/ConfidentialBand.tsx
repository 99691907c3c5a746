import { Box, Text } from '@mantine/core';

/** UX: confidential material carries a distinct "Confidential: <state>" band. */
export function ConfidentialBand({ label }: { label: string }) {
  return (
    <Box className="confidential-band" role="note" px="sm" py={4}>
      <Text size="xs" fw={700} tt="uppercase" style={{ letterSpacing: '0.06em' }}>
        Confidential: {label}
      </Text>
    </Box>
  );
}
