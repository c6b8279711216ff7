import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  /** alertdialog for a choice that must be made (unsaved changes, a conflict). */
  role?: 'dialog' | 'alertdialog';
  onCancel(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog on the native <dialog>: focus is held inside, Escape cancels, the page behind is inert. */
export function Modal({ title, role = 'dialog', onCancel, children, wide }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`modal-${Math.random().toString(36).slice(2)}`).current;
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    const opener = document.activeElement as HTMLElement | null;
    return () => {
      element?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`pd-modal ${wide ? 'pd-modal-wide' : ''}`}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
