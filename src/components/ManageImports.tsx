// The periods imported in this browser, each with a button that deletes it (the status line offers undo).

export interface ManagedImport {
  id: string;
  /** The period's name as shown (its label, or the month in the page's language). */
  label: string;
  /** YYYY-MM. */
  period: string;
  deleteLabel: string;
}

export interface ManageImportsProps {
  headingId: string;
  title: string;
  emptyText: string;
  imports: readonly ManagedImport[];
  onDelete: (id: string) => void;
}

export function ManageImports({ headingId, title, emptyText, imports, onDelete }: ManageImportsProps) {
  return (
    <section aria-labelledby={headingId} className="manage-imports">
      <h3 id={headingId}>{title}</h3>
      {imports.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul>
          {imports.map((item) => (
            <li key={item.id}>
              {item.label} ({item.period}){' '}
              <button
                type="button"
                onClick={() => {
                  onDelete(item.id);
                }}
              >
                {item.deleteLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
