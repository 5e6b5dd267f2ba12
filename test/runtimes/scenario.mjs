// The same checks in every runtime, against the packed package as an app installs it. Plain ESM JavaScript, so
// Node runs it as it is, Bun and Deno too, and esbuild bundles it for workerd and the browser.
// Each check yields { name, ok, detail }; the entry file of each runtime prints them as `ok - name` lines.
import * as blooio from "blooio-v4";
import { createSignedDelivery, verifyWebhook, verifyWebhookRequest, WebhookVerificationError } from "blooio-v4/webhooks";

const { createBlooioClient, ApiError, AuthenticationError, BlooioError, ConfigurationError, ConnectionError } = blooio;

/**
 * @param {object} setup
 * @param {string} setup.baseUrl     the fake Blooio server, http://127.0.0.1:PORT/v4
 * @param {string} setup.apiKey      the key it accepts
 * @param {string} setup.runtime     what the User-Agent must name: "node/20.", "bun/", "deno/", "workerd", "browser"
 * @param {"read" | "absent"} setup.envKey  "read": BLOOIO_API_KEY is set and readable; "absent": unset or unreadable
 * @param {boolean} [setup.browser] a page: every client needs dangerouslyAllowBrowser, and the browser checks run
 */
export async function runScenario({ baseUrl, apiKey, runtime, envKey, browser = false }) {
  const results = [];
  const allow = browser ? { dangerouslyAllowBrowser: true } : {};
  const client = (options = {}) => createBlooioClient({ baseUrl, apiKey, maxRetries: 0, ...allow, ...options });
  async function check(name, body) {
    try {
      const detail = await body();
      results.push({ name, ok: true, detail: detail ?? "" });
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      results.push({ name, ok: false, detail });
    }
  }
  function expect(condition, message) {
    if (!condition) throw new Error(message);
  }

  if (browser) {
    await check("browser: refused without dangerouslyAllowBrowser", () => {
      let error;
      try {
        createBlooioClient({ baseUrl, apiKey });
      } catch (caught) {
        error = caught;
      }
      expect(error instanceof ConfigurationError, `expected ConfigurationError, got ${error?.name ?? "no error"}`);
      expect(/dangerouslyAllowBrowser/.test(error.message), `message does not name the option: ${error.message}`);
      return error.message.slice(0, 60) + "...";
    });
  }

  await check(browser ? "list: first page (with dangerouslyAllowBrowser)" : "list: first page", async () => {
    const page = await client().chats.list();
    expect(page.data.length === 3, `3 chats expected, got ${page.data.length}`);
    expect(page.has_more === true && typeof page.next_cursor === "string", "expected has_more and a cursor");
    return page.data.map((chat) => chat.id).join(",");
  });

  // The last page carries a Deprecation header: with the default onWarning it must not break the listing.
  const warned = [];
  await check("listAll: every chat across pages (default onWarning)", async () => {
    const original = console.warn;
    console.warn = (...args) => warned.push(args.join(" "));
    const ids = [];
    try {
      for await (const chat of client().chats.listAll()) ids.push(chat.id);
    } finally {
      console.warn = original;
    }
    const expected = ["chat_1", "chat_2", "chat_3", "chat_4", "chat_5", "chat_6", "chat_7"];
    expect(ids.join() === expected.join(), `got ${ids.join()}`);
    return `${ids.length} chats`;
  });

  await check("deprecation: the default sink warns on the console", () => {
    expect(warned.length === 1 && warned[0].startsWith("blooio-v4: GET /chats is deprecated"), `console.warn got ${JSON.stringify(warned)}`);
    return warned[0];
  });

  await check("deprecation: onWarning gets it, the call succeeds", async () => {
    const warnings = [];
    const ids = [];
    for await (const chat of client({ onWarning: (warning) => warnings.push(warning) }).chats.listAll()) ids.push(chat.id);
    expect(ids.length === 7, `7 chats expected, got ${ids.length}`);
    expect(warnings.length === 1 && warnings[0].kind === "deprecation", `warnings: ${JSON.stringify(warnings)}`);
    return warnings[0].message;
  });

  await check("typed error: AuthenticationError for a bad key", async () => {
    const error = await client({ apiKey: "bl_wrong_key" })
      .chats.list()
      .then(() => undefined, (caught) => caught);
    expect(error instanceof AuthenticationError, `expected AuthenticationError, got ${error?.name ?? "success"}`);
    expect(error instanceof ApiError && error instanceof BlooioError, "not an ApiError and BlooioError");
    expect(error.status === 401, `status ${error.status}`);
    return `${error.name} ${error.status}`;
  });

  await check("User-Agent", async () => {
    const { response } = await client().api.GET("/chats");
    const seen = response.headers.get("x-seen-user-agent") ?? "";
    if (browser) {
      expect(!seen.startsWith("blooio-v4/"), `the browser sent the client's User-Agent: ${seen}`);
      return `left to the browser: ${seen.slice(0, 40)}...`;
    }
    expect(seen === blooio.USER_AGENT, `server saw ${JSON.stringify(seen)}, USER_AGENT is ${blooio.USER_AGENT}`);
    expect(seen.includes(`; ${runtime}`), `does not name ${runtime}: ${seen}`);
    return seen;
  });

  await check("construction without baseUrl: the default URL", async () => {
    const urls = [];
    // A stand-in fetch: the default URL is proved without a request leaving the machine.
    const fetch = async (request) => {
      urls.push(request.url);
      return new Response(JSON.stringify({ data: [], has_more: false, next_cursor: null }), {
        headers: { "content-type": "application/json" },
      });
    };
    await createBlooioClient({ apiKey, fetch, ...allow }).chats.list();
    expect(urls[0] === "https://api.blooio.com/v4/chats", `requested ${urls[0]}`);
    return urls[0];
  });

  if (envKey === "read") {
    await check("API key from the environment", async () => {
      const page = await createBlooioClient({ baseUrl, maxRetries: 0, ...allow }).chats.list();
      return `${page.data.length} chats`;
    });
  } else {
    await check("missing key: ConfigurationError", () => {
      let error;
      try {
        createBlooioClient({ baseUrl, ...allow });
      } catch (caught) {
        error = caught;
      }
      expect(error instanceof ConfigurationError, `expected ConfigurationError, got ${error ? `${error.name}: ${error.message}` : "no error"}`);
      return error.message;
    });
  }

  await check("baseUrl with user:password@ refused, password not echoed", () => {
    let error;
    try {
      createBlooioClient({ baseUrl: baseUrl.replace("://", "://alice:pw-s3cr3t@"), apiKey, ...allow });
    } catch (caught) {
      error = caught;
    }
    expect(error instanceof ConfigurationError, `expected ConfigurationError, got ${error?.name ?? "no error"}`);
    expect(!error.message.includes("pw-s3cr3t"), "the message contains the password");
    return error.message.slice(0, 60) + "...";
  });

  // Webhooks need no key and no network: Web Crypto only, through the package's webhooks entry.
  const webhookSecret = "whsec_runtime_suite";
  await check("webhooks: a signed delivery verifies (verifyWebhook and verifyWebhookRequest)", async () => {
    const delivery = await createSignedDelivery("message.received", { secret: webhookSecret });
    const event = await verifyWebhook(new TextEncoder().encode(delivery.body), delivery.headers, { secret: webhookSecret });
    expect(event.type === "message.received" && event.id === delivery.event.id, `got ${JSON.stringify(event).slice(0, 80)}`);
    const request = new Request("http://127.0.0.1/webhooks", { method: "POST", body: delivery.body, headers: delivery.headers });
    const fromRequest = await verifyWebhookRequest(request, { secret: webhookSecret });
    expect(fromRequest.id === event.id, "verifyWebhookRequest returned another event");
    return `${event.type} ${event.id}`;
  });

  await check("webhooks: a tampered delivery is rejected (signature_mismatch)", async () => {
    const delivery = await createSignedDelivery("message.received", { secret: webhookSecret });
    const tampered = delivery.body.replace(delivery.event.id, `${delivery.event.id}x`);
    const error = await verifyWebhook(tampered, delivery.headers, { secret: webhookSecret }).then(() => undefined, (caught) => caught);
    expect(error instanceof WebhookVerificationError && error instanceof BlooioError, `expected WebhookVerificationError, got ${error?.name ?? "success"}`);
    expect(error.code === "signature_mismatch", `code ${error.code}`);
    expect(!error.message.includes(webhookSecret), "the message contains the secret");
    return error.code;
  });

  if (browser) {
    await check("browser: a fetch CORS blocks says CORS is a likely cause", async () => {
      const blocked = baseUrl.replace(/\/v4$/, "/no-cors");
      const error = await client({ baseUrl: blocked })
        .chats.list()
        .then(() => undefined, (caught) => caught);
      expect(error instanceof ConnectionError, `expected ConnectionError, got ${error?.name ?? "success"}`);
      expect(error.message.includes("CORS"), `message: ${error.message}`);
      return error.message;
    });
  }

  return { runtime: blooio.USER_AGENT.match(/; ([^)]*)\)$/)?.[1] ?? "?", results };
}

/** The lines every runtime prints: one per check, then a count the runner compares. */
export function formatResults({ runtime, results }) {
  const lines = [`runtime: ${runtime}`];
  for (const { name, ok, detail } of results) lines.push(`${ok ? "ok" : "not ok"} - ${name}${detail ? `: ${detail}` : ""}`);
  lines.push(`checks: ${results.filter((result) => result.ok).length}/${results.length}`);
  return lines.join("\n");
}
