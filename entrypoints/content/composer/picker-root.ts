/** The React side of the picker, loaded with the first dialog opened on a page (see picker-overlay.ts). */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PickerDialog, type PickerDialogProps } from './PickerDialog';

export interface PickerRoot {
  show(props: PickerDialogProps): void;
  hide(): void;
  unmount(): void;
}

export function createPickerRoot(layer: HTMLElement): PickerRoot {
  const root = createRoot(layer);
  return {
    // A fresh key per opening starts with an empty search and the first template selected.
    show: (props) => root.render(createElement(PickerDialog, { ...props, key: Date.now() })),
    hide: () => root.render(null),
    unmount: () => root.unmount(),
  };
}
