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

/**
 * "Deleted. Undo": the confirmation of a deletion, with the button that puts the record back and then
 * confirms that too.
 */
export function deletedWithUndo(
  deletedText: string,
  undoLabel: string,
  restoredText: string,
  restore: () => Promise<unknown>,
  setStatus: (message: StatusMessage) => void,
): StatusMessage {
  const undo = async () => {
    await restore();
    setStatus({ kind: 'info', text: restoredText });
  };
  return {
    kind: 'info',
    text: deletedText,
    action: (
      <button type="button" className="link" onClick={() => void undo()}>
        {undoLabel}
      </button>
    ),
  };
}
