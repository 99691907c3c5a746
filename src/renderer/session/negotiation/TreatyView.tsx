import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import type { TreatyText } from '../../../core/session/treaty';

/** A D2R agreement's text, set out as a short treaty. */
export function TreatyView({ text, maxHeight = 320, label }: { text: TreatyText; maxHeight?: number; label: string }) {
  return (
    <Paper withBorder radius="md" p={0}>
      <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
        <article className="mc-treaty" aria-label={label} style={{ padding: 12 }} tabIndex={0} data-testid="treaty-text">
          <Stack gap={6}>
            <Title order={4} size="sm" ta="center" style={{ fontFamily: 'inherit' }}>
              {text.title}
            </Title>
            {text.preamble.map((line, i) => (
              <Text key={i} size="sm" style={{ fontFamily: 'inherit', fontStyle: i === 0 || i === text.preamble.length - 1 ? 'normal' : 'italic' }}>
                {line}
              </Text>
            ))}
            {text.articles.map((a) => (
              <div key={a.number}>
                <Text size="sm" fw={700} ta="center" style={{ fontFamily: 'inherit' }}>
                  Article {a.number}
                </Text>
                <Text size="xs" ta="center" c="dimmed" style={{ fontFamily: 'inherit' }}>
                  {a.heading}
                </Text>
                <Text size="sm" style={{ fontFamily: 'inherit' }}>
                  {a.text}
                </Text>
              </div>
            ))}
            <Text size="sm" style={{ fontFamily: 'inherit' }}>
              {text.closing}
            </Text>
          </Stack>
        </article>
      </ScrollArea.Autosize>
    </Paper>
  );
}
