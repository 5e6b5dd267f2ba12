// Generated from openapi/v4.yaml by `npm run generate`. Do not edit by hand: edit the spec and regenerate.

/** The contract this build was made from: openapi/v4.yaml's info.version and the start of its sha256. */
export const SPEC_VERSION = "4.0.0-beta+9e6b517d8605";
export const PACKAGE_VERSION = "0.2.0";
