// Where to draw labels that stand beside points on one axis (a line chart's end labels) so that none overlaps
// another: labels closer than their height are spread apart as a group, centred on their points, inside bounds.

export interface LabelSpot<K> {
  key: K;
  /** The point's position on the axis (pixels). */
  at: number;
}

interface Cluster<K> {
  members: LabelSpot<K>[];
  /** Position of the first member's label. */
  start: number;
}

/**
 * Each label's position: its point's where it has room, else spread at `gap` from its neighbours, the group
 * centred on the mean of its points and kept within [min, max] when the room allows. Order is kept (a label
 * never passes its neighbour). Total: non-finite positions are placed at min; an empty list gives an empty map.
 */
export function spreadLabels<K>(spots: readonly LabelSpot<K>[], gap: number, min: number, max: number): Map<K, number> {
  const sorted = spots.map((s) => ({ key: s.key, at: Number.isFinite(s.at) ? s.at : min })).sort((a, b) => a.at - b.at);
  const clusters: Cluster<K>[] = [];
  const place = (cluster: Cluster<K>) => {
    let mean = 0;
    for (const member of cluster.members) mean += member.at;
    mean /= cluster.members.length;
    const extent = (cluster.members.length - 1) * gap;
    // Centred on its points; then inside the bounds, the upper one winning when the group is taller than the room.
    cluster.start = Math.max(min, Math.min(mean - extent / 2, max - extent));
  };
  for (const spot of sorted) {
    const cluster: Cluster<K> = { members: [spot], start: spot.at };
    place(cluster);
    clusters.push(cluster);
    // Merge back while the new group overlaps the one before it: each merge can make it reach further back.
    for (;;) {
      const last = clusters[clusters.length - 1];
      const before = clusters[clusters.length - 2];
      if (!last || !before || before.start + before.members.length * gap <= last.start + 1e-9) break;
      clusters.pop();
      before.members.push(...last.members);
      place(before);
    }
  }
  const placed = new Map<K, number>();
  for (const cluster of clusters) cluster.members.forEach((member, i) => placed.set(member.key, cluster.start + i * gap));
  return placed;
}

/** A label's box, centred on (x, y). */
export interface LabelBox<K> {
  key: K;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each label's y where no two boxes overlap (a map's district labels, whose seats can stand closer than a label is
 * tall): labels whose boxes share some width are spread up and down as one group (spreadLabels, a label's height
 * apart, within [top, bottom]); labels sharing no width with any other stay where they are.
 */
export function placeLabelBoxes<K>(boxes: readonly LabelBox<K>[], top: number, bottom: number): Map<K, number> {
  // Groups by shared width, joined through any member (union–find over the pairs).
  const parent = boxes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] ?? i)));
  boxes.forEach((a, i) => {
    boxes.forEach((b, j) => {
      if (j > i && Math.abs(a.x - b.x) < (a.width + b.width) / 2) parent[root(j)] = root(i);
    });
  });
  const groups = new Map<number, LabelBox<K>[]>();
  boxes.forEach((box, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), box]));
  const placed = new Map<K, number>();
  for (const group of groups.values()) {
    const height = Math.max(...group.map((b) => b.height));
    const spread = spreadLabels(
      group.map((b) => ({ key: b.key, at: b.y })),
      height,
      top + height / 2,
      bottom - height / 2,
    );
    for (const box of group) placed.set(box.key, spread.get(box.key) ?? box.y);
  }
  return placed;
}
