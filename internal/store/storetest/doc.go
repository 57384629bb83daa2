// Package storetest is the conformance suite for store.Store: every
// backend's tests call Run, so that all backends behave alike in what they
// keep, how they order and filter, how they search and how they cope with
// concurrent writers and hostile input.
package storetest
