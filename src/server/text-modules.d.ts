// Text files bundled by esbuild's text loader (the seed export, for inserting the examples).
declare module '*.txt' {
  const text: string;
  export default text;
}
