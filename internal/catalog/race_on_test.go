//go:build race

package catalog

// raceDetector is true when the tests run with -race, which makes
// regular expressions some ten times slower: the tests that run every
// expression on every message then take a sample.
const raceDetector = true
