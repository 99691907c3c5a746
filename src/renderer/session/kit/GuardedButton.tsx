import { Button, Tooltip, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { Guard } from './guard';

export interface GuardedButtonProps extends Omit<ButtonProps, 'disabled'> {
  /** Whether the action is in order now, and if not the guard's reason (from the core). */
  guard: Guard;
  onClick: () => void;
  children: ReactNode;
  type?: 'button' | 'submit';
  'data-testid'?: string;
  'aria-label'?: string;
}

/**
 * A button that is never silently disabled (UX: "nothing blocks without saying why"). When the
 * guard refuses, the button looks disabled but stays focusable, its tooltip (on hover and focus)
 * gives the reason, and screen readers get the reason as its description.
 */
export function GuardedButton({ guard, onClick, children, type = 'button', ...rest }: GuardedButtonProps) {
  const reasonId = useId();
  const blocked = !guard.allowed || rest.loading === true;
  const button = (
    <Button
      {...rest}
      type={type}
      data-disabled={!guard.allowed || undefined}
      aria-disabled={blocked || undefined}
      aria-describedby={!guard.allowed && guard.reason ? reasonId : undefined}
      onClick={(e) => {
        if (blocked) {
          e.preventDefault();
          return;
        }
        onClick();
      }}
    >
      {children}
    </Button>
  );
  if (guard.allowed || !guard.reason) return button;
  return (
    <>
      <Tooltip label={guard.reason} multiline maw={320} withArrow events={{ hover: true, focus: true, touch: true }}>
        {button}
      </Tooltip>
      <VisuallyHidden id={reasonId}>{guard.reason}</VisuallyHidden>
    </>
  );
}
