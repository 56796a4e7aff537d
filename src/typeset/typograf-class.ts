import typograf from 'typograf';

/** typograf's class: its types describe CommonJS, while its ES module exports the class itself as default. */
export const Typograf = typograf as unknown as typeof typograf.default;
export type Typograf = InstanceType<typeof Typograf>;
