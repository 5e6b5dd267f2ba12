// `npm start`: the first page of chats as a table, from the testing kit's mock of the spec unless BLOOIO_API_KEY is set.
import { main } from "../src/cli.js";

const live = Boolean(process.env.BLOOIO_API_KEY?.trim());
process.stderr.write(
  live
    ? `BLOOIO_API_KEY is set: listing chats from ${process.env.BLOOIO_BASE_URL?.trim() || "the live API"}.\n`
    : "Listing chats from the testing kit's mock of openapi/v4.yaml (250 generated chats; add --all for every page). Set BLOOIO_API_KEY to list from the live API.\n",
);
process.exitCode = await main(["chats", "list", ...(live ? [] : ["--mock"]), ...process.argv.slice(2)]);
