// One problem at a time in a form, shown beside the control it concerns (FieldProblem): set with its place, read
// back by place.

import { useState } from 'react';

export type ProblemPlace = 'source' | 'period' | 'doubts' | 'confirm';

export function useFieldProblem() {
  const [problem, setProblemAt] = useState<{ at: ProblemPlace; text: string }>({ at: 'source', text: '' });
  const setProblem = (text: string, at: ProblemPlace = 'source') => {
    setProblemAt({ at, text });
  };
  const problemAt = (at: ProblemPlace) => (problem.at === at && problem.text !== '' ? problem.text : undefined);
  return { setProblem, problemAt };
}
