/**
 * The dataset built from the bundled snapshot: what every element renders at once, before (or without) a feed.
 *
 * @module
 */
import { createDataset } from './dataset.js';
import { snapshot, snapshotGenerated } from './generated/snapshot.js';

/** Query API over the bundled data. */
export const bundled = createDataset(snapshot);

export { snapshot, snapshotGenerated };
