/**
 * The room keeper, loaded the first time an element leaves the flow: pages whose elements stay in it (a banner in the
 * text, the banner's own exit button) never fetch it. `hart.js` is built with room-keeper.load.eager.ts in this
 * module's place (rollup.config.mjs), so that one file needs no chunk for it.
 */
export const loadRoomKeeper = () => import('./room-keeper.js');
