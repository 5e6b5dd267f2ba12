// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

export const requestValidators = {
  listChats: () => import("./listChats.request.js"),
};

export const responseValidators = {
  listChats: () => import("./listChats.responses.js"),
};
