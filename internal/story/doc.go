// Package story gathers merged events into stories: the events (and the
// articles that report them) of one developing story, such as a round of
// talks, a border war and its ceasefire, or a negotiation over a deal,
// each with a name derived from its content.
//
// Sides are identities as package merge reads them: a person or body of a
// state stands for the state, an organisation for itself. Cluster links
// two dated events of exactly two sides when they lie within Options.Gap
// days of each other and
//
//   - they share their dyad ("Russia–Ukraine") and their family of types
//     (conflict: strikes, threats, sanctions, accusations, ceasefires; or
//     the rest: talks, deals, demands), or
//   - one article reports both and they share a side that is specific:
//     not a hub. A hub is a side in more than one event in twenty (once
//     there are enough events to tell) whose events are spread over many
//     partners, as the United States is in most news; a side busy with one
//     partner (Thailand and Cambodia in their border war) is not one.
//
// Stories are the connected components of those links. What would glue
// unrelated stories together is kept from linking: hubs; events with one
// side, or with three and more (a G7 statement names ten states, and
// "Russia and Ukraine met in Istanbul with Turkey" belongs to one dyad's
// story, not to three); undated events. Those attach afterwards to the one
// story they have most links with (a shared article and side, the nearest
// event of one of their dyads) and never join two stories. Events of three
// or four sides that find no story form stories among themselves by the
// same rules. The result depends only on the set of events, never on
// their order.
//
// A dyad active without a three-week pause stays one story however long
// it lasts; the type families keep a war and the talks about it apart
// unless articles tell them together.
package story
