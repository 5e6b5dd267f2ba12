import AjvModule from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import { _, str } from "ajv/dist/compile/codegen/index.js";
import { usePattern } from "ajv/dist/vocabularies/code.js";
const Ajv = (AjvModule as any).default; const standalone = (standaloneModule as any).default;
const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: false, allErrors: true, messages: false, logger: false });
ajv.removeKeyword("minLength"); ajv.removeKeyword("maxLength"); ajv.removeKeyword("format");
for (const [keyword, op] of [["minLength", "<"], ["maxLength", ">"]] as const) {
  ajv.addKeyword({ keyword, type: "string", schemaType: "number", error: { params: ({ schemaCode }: any) => _`{limit: ${schemaCode}}` },
    code(cxt: any) { const { data, schemaCode } = cxt; cxt.fail(op === "<" ? _`[...${data}].length < ${schemaCode}` : _`[...${data}].length > ${schemaCode}`); } });
}
const FORMATS: Record<string, string> = { uri: "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$", uuid: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" };
ajv.addKeyword({ keyword: "format", type: "string", schemaType: "string", error: { params: ({ schema }: any) => _`{format: ${schema}}` },
  code(cxt: any) { const pattern = FORMATS[cxt.schema]; if (!pattern) return; const re = usePattern(cxt, pattern); cxt.fail(_`!${re}.test(${cxt.data})`); } });
ajv.addSchema({ $id: "v", type: "object", properties: { a: { type: "string", minLength: 2, maxLength: 3 }, u: { type: "string", format: "uri" }, w: { type: "string", format: "weird" } } }, "v");
const code = standalone(ajv, { v: "v" });
console.log(code.length, /require\(/.test(code), code.slice(0, 2500));
const mod = await import("data:text/javascript," + encodeURIComponent(code));
const v = mod.v;
for (const d of [{ a: "😀😀" }, { a: "a" }, { a: "😀😀😀😀" }, { u: "not a uri" }, { u: "https://x.y" }, { w: "zz" }]) { console.log(JSON.stringify(d), v(d), JSON.stringify(v.errors)); }
