// opencc-js exports its dictionaries as modules ('opencc-js/dict/TSCharacters' …, each a string
// "源 目|源 目1 目2|…") but ships no types for them.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
