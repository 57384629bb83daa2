// Package feed watches RSS, Atom and JSON Feed feeds for `chronicle watch`
// and hands each new item's page to a callback.
//
// The watcher is polite to the sites it reads, because a news watcher runs
// for weeks against servers it does not own:
//
//   - conditional GET: the ETag and Last-Modified of each feed are sent
//     back, and a 304 costs the server nothing;
//   - a minimum interval between two requests to one host, raised to the
//     host's robots.txt Crawl-delay;
//   - robots.txt is honoured for the feed and for every item page (fetched
//     once a day per host; a 4xx means no rules, a 5xx or an unreachable
//     server means nothing may be fetched until the next try);
//   - exponential backoff with jitter for a failing feed, at least as long
//     as a 429 or 503's Retry-After, which also holds the whole host;
//   - only new items are fetched: a SeenStore remembers items by GUID and
//     by link, across restarts with FileSeen.
//
// Watcher.Poll makes one round over the feeds that are not backing off;
// Watcher.Run polls each feed at its interval until the context is
// cancelled. Time and sleeping go through Config.Now and Config.Sleep so
// that tests can run a watcher on a fake clock.
package feed
