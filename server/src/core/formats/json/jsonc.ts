/**
 * jsonc-parser through its ES module build. Its package "main" is a UMD build whose internal `require('../../parse/json/impl/…')`
 * calls esbuild cannot follow, so a bundle importing 'jsonc-parser' fails at run time ("Cannot find module
 * './impl/format'"). Importing the ESM entry lets esbuild inline it. Every JSON module imports the parser from here.
 */
export {
  findNodeAtLocation,
  findNodeAtOffset,
  getNodePath,
  getNodeValue,
  modify,
  parseTree,
  printParseErrorCode,
  ParseErrorCode,
  type JSONPath,
  type Node,
  type NodeType,
  type ParseError,
  type ParseOptions,
} from 'jsonc-parser/lib/esm/main';
