// Fault (wiring): validate answers the opposite of what it should, as when the wrong function is exported.
import { validate as real } from './_base.mjs';
export const validate = (u) => !real(u);
