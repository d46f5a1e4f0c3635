// A problem with one control, shown beside it and announced (role="alert"); the control names it with
// aria-describedby and aria-invalid, so that a screen reader that lands on the control hears it again.

export function FieldProblem({ id, text }: { id: string; text: string | undefined }) {
  if (text === undefined || text === '') return null;
  return (
    <p id={id} role="alert" className="form-problem">
      {text}
    </p>
  );
}

/** The attributes that tie a control to its FieldProblem. */
export function problemProps(id: string, text: string | undefined) {
  return text === undefined || text === '' ? {} : { 'aria-invalid': true as const, 'aria-describedby': id };
}
