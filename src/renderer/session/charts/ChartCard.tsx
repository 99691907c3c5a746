import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/**
 * A debrief chart with the table behind it: the chart by default, its table on demand ("Show as
 * table", a button a keyboard reaches), so every chart can be read without seeing colours or shapes.
 */
export function ChartCard({ title, description, chart, table, controls, testId }: { title: string; description: string; chart: ReactNode; table: ReactNode; controls?: ReactNode; testId: string }) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <div>
          <Title order={3} size="h6" id={`${id}-heading`}>
            {title}
          </Title>
          <Text size="xs" c="dimmed" maw={720}>
            {description}
          </Text>
        </div>
        <Group gap="xs">
          {controls}
          <Button variant="default" size="compact-sm" aria-expanded={asTable} aria-controls={`${id}-body`} onClick={() => setAsTable((v) => !v)} data-testid="chart-as-table">
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
        </Group>
      </Group>
      <div id={`${id}-body`}>{asTable ? table : chart}</div>
    </Paper>
  );
}

/** A region that scrolls (a wide table, a long list): a keyboard can reach it and scroll it. */
export function ScrollRegion({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <div className={tall ? 'mc-table-scroll' : 'mc-chart-scroll'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
