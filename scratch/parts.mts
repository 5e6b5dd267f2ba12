import { build } from "esbuild";
import { gzipSync } from "node:zlib";
for (const f of ["src/generated/operations.ts", "src/generated/validators/index.ts"]) {
  const r = await build({ entryPoints: [f], bundle: true, minify: true, format: "esm", write: false, external: ["*.js"], logLevel: "silent" , plugins: [{name:"x", setup(b){ b.onResolve({filter: /\.(request|responses)\.js$/}, a=>({path:a.path, external:true}))}}]});
  const c = r.outputFiles[0]!.contents; console.log(f, c.byteLength, gzipSync(c,{level:9}).byteLength);
}
