// `npm run mock -- [--port N] [--dynamic]`: the Prism mock of openapi/v4.yaml for app developers, until Ctrl-C.
import { parseArgs } from "node:util";
import { startMockServer } from "../src/testing.js";

const { values } = parseArgs({ options: { port: { type: "string", default: "4010" }, dynamic: { type: "boolean" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0..65535 (got ${values.port})`);
  process.exit(2);
}
const mock = await startMockServer({ port, dynamic: values.dynamic });
console.log(`Prism mock of openapi/v4.yaml listening on ${mock.url} (Ctrl-C stops it)`);
console.log(`Try: BLOOIO_BASE_URL=${mock.url} BLOOIO_API_KEY=bl_test_anything npx blooio chats list`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void mock.close().then(() => process.exit(0)));
}
