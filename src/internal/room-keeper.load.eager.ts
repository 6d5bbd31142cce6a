/** room-keeper.load.ts for `hart.js` (rollup.config.mjs swaps it in): the room keeper is in the file itself. */
import * as roomKeeper from './room-keeper.js';

export const loadRoomKeeper = () => Promise.resolve(roomKeeper);
