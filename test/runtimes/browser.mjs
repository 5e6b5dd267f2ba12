// Headless Chromium: the page runs the scenario and posts the lines back to the origin that served it.
import { formatResults, runScenario } from "./scenario.mjs";

const setup = new URLSearchParams(location.search);
let text;
try {
  const outcome = await runScenario({ baseUrl: setup.get("baseUrl"), apiKey: setup.get("apiKey"), runtime: "browser", envKey: "absent", browser: true });
  text = formatResults(outcome);
} catch (error) {
  text = `not ok - the page: ${error}`;
}
document.body.textContent = text;
await fetch("/results", { method: "POST", body: text });
