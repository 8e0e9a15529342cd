import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { DeletedTask } from '@/lib/db/checklist-store';

interface PopupUiState {
  /** Shows the move, edit and delete buttons of each task. */
  organising: boolean;
  hideDone: boolean;
  editingTaskId: string | null;
  /** The last deleted task, while its Undo is offered. */
  lastDeleted: DeletedTask | null;
  toggleOrganising(): void;
  toggleHideDone(): void;
  startEditing(taskId: string | null): void;
  offerUndo(deleted: DeletedTask | null): void;
}

/** UI state of the popup; only the CM's view preferences outlive the popup. */
export const usePopupUi = create<PopupUiState>()(
  persist(
    (set) => ({
      organising: false,
      hideDone: false,
      editingTaskId: null,
      lastDeleted: null,
      toggleOrganising: () => set((s) => ({ organising: !s.organising, editingTaskId: null })),
      toggleHideDone: () => set((s) => ({ hideDone: !s.hideDone })),
      startEditing: (taskId) => set({ editingTaskId: taskId }),
      offerUndo: (deleted) => set({ lastDeleted: deleted }),
    }),
    {
      name: 'tact:popup-ui',
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ hideDone: s.hideDone }),
    },
  ),
);
