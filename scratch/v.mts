const { validateRequest } = await import("../src/generated/validators/sendMessage.request.ts");
const cases = [
  { path: {}, query: {}, header: {}, body: { to: "+15551234567", content: { type: "text", text: "hi" } } },
  { path: {}, query: {}, header: {}, body: { to: "+15551234567", content: { type: "media" } } },
  { path: {}, query: {}, header: {}, body: { to: "+15551234567", content: { type: "video" } } },
  { path: {}, query: {}, header: {}, body: { to: { identifier: "+1", bogus: 1 }, content: { type: "text", text: "hi" } } },
  { path: {}, query: {}, header: {}, body: { to: "+1", content: { type: "poll", title: "", options: ["a","b"] } } },
  { path: {}, query: {}, header: {}, body: { to: "+1", content: { type: "rich_link", url: "nope" } } },
];
for (const c of cases) { console.log(validateRequest(c), JSON.stringify(validateRequest.errors)); }
