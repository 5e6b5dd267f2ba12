import { bundleSizes } from "../bench/footprint.ts";
const s = await bundleSizes();
console.log(JSON.stringify(s));
