import type { ReactNode } from 'react';

export type StatusMessage = { kind: 'info' | 'error'; text: string; action?: ReactNode } | null;

/** One line of feedback: polite for confirmations, an alert for refusals and failures. */
export function Status({ message }: { message: StatusMessage }) {
  if (!message) return <p className="status" role="status" aria-live="polite" />;
  if (message.kind === 'error') {
    return (
      <p className="status status-error" role="alert">
        {message.text}
        {message.action}
      </p>
    );
  }
  return (
    <p className="status" role="status" aria-live="polite">
      {message.text} {message.action}
    </p>
  );
}
