// Package merge turns event mentions from many articles into real-world
// events: one Event per happening, citing every mention that reports it.
//
// Two mentions belong to one event when Compatible says so: the same PLOVER
// type, overlapping participants by actor identity (a person meets the state
// they serve, so "Russia" and "Sergey Lavrov" can be one side), dates that
// agree at their precision ("last week" holds "18 February") and places that
// do not contradict each other. Events are the connected components of that
// pairwise relation, so the result depends only on the set of mentions, never
// on the order in which articles arrive; Build derives every field of an Event
// from its mentions alone for the same reason.
//
// Because components are transitive, one loose mention can chain two events
// into one, and events never split once joined. Compatible is therefore
// strict where evidence is thin: a mention that shares only one side with
// another needs both dated to the day or week; a month or a year joins only
// the same month or year; an undated mention stands for a short window
// around its article's publication; days one apart join only when all else
// is the same; two reports that each name a side the other lacks are two
// meetings. What reports disagree on is kept as Conflicts, never dropped.
//
// The package is pure: stores call Plan inside their own transaction with an
// Index over what they hold, and write back what Plan returns. Memory is such
// an Index held in memory.
package merge
