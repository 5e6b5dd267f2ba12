// The naming rule: resource from x-blooio-resource or the first tag; method from x-blooio-method or the operationId
// without the tag's noun. A name that is empty, reserved or used twice fails generation, saying how to fix it.
import { describe, expect, it } from "vitest";
import { lowerCamel, methodFromOperationId, namingProblems } from "../../scripts/generate/naming.js";

describe("the naming rule", () => {
  it.each([
    ["listChats", "Chats", "list"],
    ["createChat", "Chats", "create"],
    ["getChat", "Chats", "get"],
    ["sendMessageToChat", "Messages", "sendToChat"],
    ["sendMessage", "Messages", "send"],
    ["listContacts", "Contacts", "list"],
    ["listChatMessages", "Messages", "listChat"],
    ["getPhoneNumber", "Phone Numbers", "get"],
    ["list_addresses", "Addresses", "list"],
    ["deleteBox", "Boxes", "delete"],
    ["getStatus", "Status", "get"],
    ["ping", "Health", "ping"],
  ])("%s tagged %s is the method %s", (operationId, tag, method) => {
    expect(methodFromOperationId(operationId, tag)).toBe(method);
  });

  it.each([
    ["Chats", "chats"],
    ["Phone Numbers", "phoneNumbers"],
    ["phone_numbers", "phoneNumbers"],
    ["API keys", "apiKeys"],
  ])("the tag %s is the resource %s", (tag, resource) => {
    expect(lowerCamel(tag)).toBe(resource);
  });

  const entry = (operationId: string, resource: string, method: string) => ({
    operationId,
    where: `GET /${operationId}`,
    resource,
    method,
  });

  it("accepts distinct names", () => {
    expect(namingProblems([entry("listChats", "chats", "list"), entry("getChat", "chats", "get")], new Set(["chats"]))).toEqual([]);
  });

  it("names both operations of a duplicate and says how to fix it", () => {
    const [problem] = namingProblems([entry("listChats", "chats", "list"), entry("listChatsV2", "chats", "list")], new Set());
    expect(problem).toContain("GET /listChats (listChats) and GET /listChatsV2 (listChatsV2) are all named chats.list");
    expect(problem).toContain("x-blooio-method");
  });

  it.each([
    [entry("chats", "chats", ""), "empty method name"],
    [entry("x", "", "get"), "empty resource name"],
    [entry("x", "api", "get"), 'reserved resource name "api"'],
    [entry("x", "chats", "2fa"), "not a JavaScript identifier"],
    [entry("x", "chats", "listAll"), "which the client gives the resource's list"],
  ])("refuses %j: %s", (named, message) => {
    const problems = namingProblems([named], new Set(["chats"]));
    expect(problems.join("\n")).toContain(message);
  });
});
