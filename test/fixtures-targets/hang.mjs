// Wrong on purpose: async validate that never settles.
export const validate = () => new Promise(() => {});
