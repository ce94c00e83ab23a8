declare module 'addons-linter' {
  interface Instance {
    run(): Promise<unknown>;
  }
  const linter: { createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): Instance };
  export default linter;
}
