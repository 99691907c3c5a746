import { Badge, type BadgeProps } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/**
 * A light badge whose text keeps WCAG AA contrast in both themes: Mantine's light variant writes
 * shade 6 on a pale ground (about 3:1); this writes shade 9 (light theme) or 2 (dark theme).
 */
export function ToneBadge({ color = 'gray', children, style, className, ...rest }: Omit<BadgeProps, 'variant'> & { color?: string; children: ReactNode; 'data-testid'?: string; component?: 'span' | 'div' }) {
  // Mantine's yellow and orange stay light even at shade 9: on them, dark text on a stronger tint.
  const warm = color === 'yellow' || color === 'orange';
  const vars = {
    '--mc-light-text': warm ? 'var(--mantine-color-dark-8)' : `var(--mantine-color-${color}-9)`,
    '--mc-dark-text': `var(--mantine-color-${color}-2)`,
    '--mc-light-bg': warm ? `var(--mantine-color-${color}-2)` : `var(--mantine-color-${color}-0)`,
    '--mc-dark-bg': `var(--mantine-color-${color}-light)`,
    ...(style as CSSProperties | undefined),
  } as CSSProperties;
  return (
    <Badge {...rest} color={color} variant="light" className={className ? `mc-badge ${className}` : 'mc-badge'} style={vars}>
      {children}
    </Badge>
  );
}
