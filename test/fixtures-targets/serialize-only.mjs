// serialize without parse: still no operation.
export const serialize = (u) => u;
