// Standard competition ranking (1, 2, 2, 4) for the model: the one definition lives in src/data/ranks.ts, where the
// import checks (printed ranks against the totals) use it too.

export { competitionRanks, roundScore, SCORE_EPSILON, type Ranked } from '../data/ranks';
